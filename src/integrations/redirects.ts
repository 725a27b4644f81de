/**
 * After the build: checks that every redirect of `content/registry/redirects.yml`
 * (read and validated by the registry loader, src/registry/load.ts) leads to a
 * page the build wrote.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REGISTRY_FILES } from '../registry/files.ts';
import type { Redirect } from '../schemas/redirects.ts';

/** Redirects whose target the build did not write, as messages; empty when all exist. */
export function missingTargets(redirects: Redirect[], dist: string): string[] {
  return redirects
    .filter((r) => !existsSync(path.join(dist, r.to, 'index.html')) || redirects.some((o) => o.from === r.to))
    .map((r) => `${REGISTRY_FILES.redirects.file}: "${r.from}" redirects to "${r.to}", which is not a page of this build. Point it at an existing page.`);
}
