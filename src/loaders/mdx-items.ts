/**
 * The items collection: one MDX file per item (frontmatter + escaped
 * paragraphs, written by ingestion), loaded during content sync. The body is
 * parsed with the same remark plugins the MDX writer is tested against
 * (src/lib/mdx-text.ts) and stored rendered, keyed by a digest of the file,
 * so an unchanged item is not parsed again and Vite never bundles one module
 * per item (the cost that grew the build with the corpus).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { mdxToParagraphs } from '../lib/mdx-text.ts';

/** Text as HTML text: the five characters that could start markup, escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits `---\n<yaml>\n---\n<body>`; throws naming the file when there is no frontmatter. */
function splitFrontmatter(text: string, file: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: An item file must start with frontmatter between "---" lines. Run \`npm run ingest\` to regenerate it.`);
  return { frontmatter: parseYaml(match[1]!), body: match[2]! };
}

/** Loads `<base>/<document>/<item>.mdx`; the id is `<document>/<item>`. */
export function mdxItems(base: string): Loader {
  return {
    name: 'mdx-items',
    async load(context) {
      const { store, config } = context;
      const dir = path.join(fileURLToPath(config.root), base);
      const files = (await readdir(dir, { recursive: true })).filter((f) => /^[^/\\]+[/\\][^/\\]+\.mdx$/.test(f)).sort();
      const seen = new Set<string>();
      for (const name of files) {
        const id = name.replace(/\\/g, '/').replace(/\.mdx$/, '');
        const filePath = path.posix.join(base.replace(/^\.\//, ''), id + '.mdx');
        const text = await readFile(path.join(dir, name), 'utf8');
        const digest = context.generateDigest(text);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        const { frontmatter, body } = splitFrontmatter(text, filePath);
        const data = await context.parseData({ id, data: frontmatter as Record<string, unknown>, filePath });
        let paragraphs: string[];
        try {
          paragraphs = mdxToParagraphs(body);
        } catch (error) {
          throw new Error(`${filePath}: ${(error as Error).message} Run \`npm run ingest\` to regenerate it.`, { cause: error });
        }
        const html = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
        store.set({ id, data, body, filePath, digest, rendered: { html } });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
