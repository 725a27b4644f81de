/**
 * What happens after Astro has written dist/: the security headers file for
 * static hosts, the sitemap, and the URL lock check. The search index is
 * built once Astro has exited (scripts/index-search.ts).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SECURITY_HEADERS } from '../lib/csp.ts';
import { SITEMAP_URL } from '../lib/urls.ts';
import type { Redirect } from '../schemas/redirects.ts';
import { missingTargets } from './redirects.ts';
import { sitemapPages, sitemapXml } from './sitemap.ts';
import { builtUrls, checkLock, readLock } from './url-lock.ts';

/** Headers for Netlify / Cloudflare Pages (`_headers`); other hosts: see README. */
function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\n`;
}

/**
 * The post-build integration. `lockFile` null skips the URL lock (benchmarks
 * on synthetic corpora); `redirects` are checked to land on built pages.
 */
export function postbuild(options: { lockFile: string | null; redirects?: Redirect[] }): AstroIntegration {
  // The public origin (SITE_URL), known once the config is resolved.
  let origin: URL | undefined;
  return {
    name: 'postbuild',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const badRedirects = missingTargets(options.redirects ?? [], dist);
        if (badRedirects.length) throw new Error(badRedirects.join('\n'));
        await writeFile(path.join(dist, '_headers'), headersFile());
        const built = await builtUrls(dist);
        const redirected = (options.redirects ?? []).map((r) => r.from);
        await writeFile(path.join(dist, SITEMAP_URL.slice(1)), sitemapXml(sitemapPages(built, redirected), origin));
        if (options.lockFile && !process.env['SKIP_URL_LOCK']) {
          const problems = checkLock(await readLock(options.lockFile), built);
          if (problems.length) throw new Error(`urls.lock check failed.\n${problems.join('\n')}`);
          logger.info('Every URL in urls.lock resolves.');
        }
      },
    },
  };
}
