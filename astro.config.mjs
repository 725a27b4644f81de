// @ts-check
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import { postbuild } from './src/integrations/postbuild.ts';

// The public address of the site, for canonical links, the sitemap and Open
// Graph. Set SITE_URL when deploying; the default is what `npm start` serves.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** @type {{ from: string, to: string }[]} */
const moved = parseYaml(readFileSync('content/registry/redirects.yml', 'utf8')) ?? [];

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // No inline <style>: a strict Content Security Policy allows none.
    inlineStylesheets: 'never',
  },
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
  vite: {
    // Never inline a script or an asset: a strict CSP allows no inline script.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [mdx(), postbuild({ lockFile: 'urls.lock' })],
  devToolbar: { enabled: false },
});
