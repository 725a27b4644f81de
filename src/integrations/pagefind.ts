/**
 * Builds the Pagefind index through its Node API from the records the site
 * wrote to dist/search-records.json (one per item and script; see
 * src/lib/search-records.ts), one index per language, then removes that
 * file. Any Pagefind error, or an empty index, fails the build.
 */
import { copyFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search-records.ts';

/** Indexes the records into `dist/pagefind`; returns the number of records. */
export async function buildSearchIndex(dist: string): Promise<number> {
  const recordsFile = path.join(dist, 'search-records.json');
  const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
  if (records.length === 0) throw new Error('No search records were built: is src/pages/search-records.json.ts in place?');
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length) throw new Error(`Pagefind rejected the record of ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The benchmark keeps the records to measure each script's index on its own.
  const keep = process.env['KEEP_SEARCH_RECORDS'];
  if (keep) await copyFile(recordsFile, keep);
  await rm(recordsFile);
  return records.length;
}
