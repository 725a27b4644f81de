/**
 * Builds the site once with the real build command (no SITE_URL, as a fresh
 * clone builds it) and serves dist/ on a free localhost port for every
 * browser test. The build's output is kept for the test that it has no warnings.
 */
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../scripts/lib/browser/chromium.ts';
import { serve } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** What `npm run build` printed, or null when SKIP_BUILD reused an earlier dist/. */
    buildLog: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Find (or, on Debian as root, install) the browser before anything else, so a missing one fails fast.
  console.log(`Browser: ${chromiumPath()}`);
  let buildLog: string | null = null;
  if (!process.env['SKIP_BUILD']) {
    const env = { ...process.env, SITE_URL: '', FORCE_COLOR: '0' };
    const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    buildLog = build.stdout + build.stderr;
    if (build.status !== 0) throw new Error(`npm run build failed:\n${buildLog.slice(-4000)}`);
    console.log(buildLog.split('\n').slice(-3).join('\n'));
  }
  const server = await serve('dist', 0);
  project.provide('baseUrl', server.url);
  project.provide('buildLog', buildLog);
  return server.close;
}
