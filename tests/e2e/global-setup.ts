/**
 * Builds the site once with the real build command and serves dist/ on a
 * free localhost port for every browser test.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!process.env['SKIP_BUILD']) execFileSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  const server = await serve('dist', 0);
  project.provide('baseUrl', server.url);
  return server.close;
}
