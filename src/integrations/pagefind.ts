/**
 * Builds the Pagefind index through its Node API from the records the site
 * wrote to dist/search-records.json (one per item and script; see
 * src/lib/search-records.ts), one index per language, then removes that
 * file. Only the files the site uses are written, fragments without the
 * indexed tokens (./pagefind-files.ts), and beside each search page the
 * table of every result's filter values (src/lib/result-filters.ts). Any
 * Pagefind error, or an empty index, fails the build.
 *
 * Each language is indexed by its own Pagefind service, one after the other,
 * into the same folder: Pagefind holds every record it is given until it
 * writes (about 200 KB per record, 2 GB at ×50 for both scripts at once), so
 * one script at a time halves its peak. Its files for one language are the
 * same either way (measured byte for byte at ×10); only pagefind-entry.json,
 * which lists the languages, is written by each run, so the languages of all
 * runs are merged into it.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search-records.ts';
import { isScriptId } from '../i18n/scripts.ts';
import { resultFiltersUrl } from '../lib/urls.ts';
import { createSiteIndex, forPagefind, publishedFiles, resultFilters } from './pagefind-files.ts';

/** The part of pagefind-entry.json that differs between languages. */
interface PagefindEntry {
  languages: Record<string, unknown>;
}

/** Indexes one language's records into `dist/pagefind` (and its filter table beside its search page); returns its entry file. */
async function indexLanguage(records: SearchRecord[], dist: string): Promise<PagefindEntry> {
  const { index, errors } = await createSiteIndex();
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(forPagefind(record));
    if (added.errors.length) throw new Error(`Pagefind rejected the record of ${record.url}: ${added.errors.join('; ')}`);
  }
  const built = await index.getFiles();
  if (built.errors.length) throw new Error(`Pagefind could not write its files: ${built.errors.join('; ')}`);
  for (const file of publishedFiles(built.files, records)) {
    const target = path.join(dist, 'pagefind', file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  for (const [language, table] of resultFilters(built.files, records)) {
    if (!isScriptId(language)) throw new Error(`Pagefind wrote an index for "${language}", which is not a script of the site.`);
    await writeFile(path.join(dist, resultFiltersUrl(language)), JSON.stringify(table));
  }
  await pagefind.close();
  return JSON.parse(await readFile(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
}

/** Indexes the records into `dist/pagefind`; returns the number of records. */
export async function buildSearchIndex(dist: string): Promise<number> {
  const recordsFile = path.join(dist, 'search-records.json');
  const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
  if (records.length === 0) throw new Error('No search records were built: is src/pages/search-records.json.ts in place?');
  const outputPath = path.join(dist, 'pagefind');
  const languages = [...new Set(records.map((r) => r.language))];
  let entry: PagefindEntry | undefined;
  for (const language of languages) {
    const written = await indexLanguage(
      records.filter((r) => r.language === language),
      dist,
    );
    entry = entry ? { ...written, languages: { ...entry.languages, ...written.languages } } : written;
  }
  await writeFile(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
  // The benchmark keeps the records to measure each script's index on its own.
  const keep = process.env['KEEP_SEARCH_RECORDS'];
  if (keep) await copyFile(recordsFile, keep);
  await rm(recordsFile);
  return records.length;
}
