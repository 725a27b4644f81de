/**
 * The items collection: one MDX file per item (frontmatter + escaped
 * paragraphs, written by ingestion), loaded during content sync. The body is
 * parsed with the same remark plugins the MDX writer is tested against
 * (src/lib/mdx-text.ts) and stored rendered, with its paragraphs, keyed by a
 * digest of the file, so an unchanged item is not parsed again, the pages
 * never parse it at all, and Vite never bundles one module per item (the cost
 * that grew the build with the corpus).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { mdxToParagraphs } from '../lib/mdx-text.ts';
import { readItemFrontmatter } from './item-frontmatter.ts';

/**
 * Part of every entry's digest: change it when what the loader stores
 * changes, so that entries kept in Astro's content store from an older
 * build are loaded again instead of reused.
 */
const STORE_FORMAT = 'paragraphs-1';

/** Text as HTML text: the five characters that could start markup, escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Loads `<base>/<document>/<item>.mdx`; the id is `<document>/<item>`. */
export function mdxItems(base: string): Loader {
  return {
    name: 'mdx-items',
    async load(context) {
      const { store, config } = context;
      const dir = path.join(fileURLToPath(config.root), base);
      const files = (await readdir(dir, { recursive: true })).filter((f) => /^[^/\\]+[/\\][^/\\]+\.mdx$/.test(f)).sort();
      // Read all at once (the reads overlap), then handled one by one in file order.
      const texts = await Promise.all(files.map((name) => readFile(path.join(dir, name), 'utf8')));
      const seen = new Set<string>();
      for (const [n, name] of files.entries()) {
        const id = name.replace(/\\/g, '/').replace(/\.mdx$/, '');
        const filePath = path.posix.join(base.replace(/^\.\//, ''), id + '.mdx');
        const text = texts[n]!;
        const digest = context.generateDigest(`${STORE_FORMAT}\n${text}`);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        const { frontmatter, body } = readItemFrontmatter(text, filePath);
        const data = await context.parseData({ id, data: frontmatter as Record<string, unknown>, filePath });
        let paragraphs: string[];
        try {
          paragraphs = mdxToParagraphs(body);
        } catch (error) {
          throw new Error(`${filePath}: ${(error as Error).message} Run \`npm run ingest\` to regenerate it.`, { cause: error });
        }
        const html = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
        // No `body`: nothing reads it once the paragraphs are stored, and it would be a third copy of the text.
        store.set({ id, data, filePath, digest, rendered: { html, metadata: { paragraphs } } });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
