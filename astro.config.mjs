// @ts-check
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { postbuild } from './src/integrations/postbuild.ts';
import { publicOrigin } from './src/lib/site-origin.ts';
import { readRegistry } from './src/registry/load.ts';

// The public origin of the site (e.g. https://bri.example.mo), the one setting
// for canonical links, the sitemap, Open Graph and open-data URLs. Unset, the
// build writes root-relative links and no address at all (see README, "Deploying").
const site = publicOrigin(process.env.SITE_URL);

// Read by the registry loader: same-site, normalised paths only
// (src/schemas/redirects.ts); a bad entry stops the build at its line.
const moved = readRegistry(path.dirname(fileURLToPath(import.meta.url)), 'redirects');

// A build's caches (content store, Vite): the default under node_modules/, or
// ASTRO_CACHE_DIR for builds that run beside others (tests, benchmark).
const cacheDir = process.env.ASTRO_CACHE_DIR || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // No inline <style>: a strict Content Security Policy allows none.
    inlineStylesheets: 'never',
  },
  // Routes of different kinds share URL shapes ([kind]/[key] beside
  // [document]/[item]): two routes building the same path stop the build
  // instead of dropping one page with a warning.
  prerenderConflictBehavior: 'error',
  // Pages that moved keep their old URL as a redirect page (see urls.lock).
  redirects: Object.fromEntries(moved.map((r) => [r.from, r.to])),
  markdown: {
    // remark/rehype with GFM (remark-gfm, added here rather than through the
    // `gfm` flag so it is the same plugin src/lib/mdx-text.ts reads bodies
    // with). No smart punctuation: document text is shown exactly as written.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
  },
  // Collapse whitespace the way HTML does; the 'jsx' default of Astro 7
  // would insert spaces between lines of Chinese text.
  compressHTML: true,
  ...(cacheDir ? { cacheDir } : {}),
  vite: {
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
    // Never inline a script or an asset: a strict CSP allows no inline script.
    // One stylesheet for the whole site (global sheet and every component's
    // scoped styles): one request, cached after the first page, instead of
    // two to four small files per page (see README, "Styles").
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
  },
  integrations: [mdx(), postbuild({ lockFile: 'urls.lock', redirects: moved })],
  devToolbar: { enabled: false },
});
