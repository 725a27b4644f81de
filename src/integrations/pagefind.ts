/**
 * Runs Pagefind over the built site through its Node API, one index per
 * `<html lang>`, and fails the build on any error or on an empty index.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes `dist` into `dist/pagefind`; returns the number of pages indexed. */
export async function buildSearchIndex(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${dist}: is data-pagefind-body on the item pages?`);
  const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
