/**
 * Builds the site once with the real build command and serves dist/ on a
 * free localhost port for every browser test.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../scripts/lib/browser/chromium.ts';
import { serve } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Find (or, on Debian as root, install) the browser before anything else, so a missing one fails fast.
  console.log(`Browser: ${chromiumPath()}`);
  if (!process.env['SKIP_BUILD']) execFileSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  const server = await serve('dist', 0);
  project.provide('baseUrl', server.url);
  return server.close;
}
