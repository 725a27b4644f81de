/**
 * Builds the search index (scripts/index-search.ts, after `astro build` has
 * exited) through Pagefind's Node API from the records the
 * site wrote to dist/search-records.json (one per item and script; see
 * src/lib/search-records.ts), then removes that file. Each script is its own
 * index, in its own folder with its own copy of Pagefind's runtime
 * (`dist/pagefind/<script>/`, see `pagefindUrl`), built by its own Pagefind
 * service one after the other: Pagefind holds every record it is given until
 * it writes, so one script at a time halves its peak memory. Only the files
 * the site uses are written, fragments without the indexed tokens and with
 * the records' meta (./pagefind-files.ts), and beside each search page the
 * table of every result's filter values (src/lib/result-filters.ts). Any
 * Pagefind error, or an empty index, fails the build.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search-records.ts';
import { isScriptId, type ScriptId } from '../i18n/scripts.ts';
import { pagefindUrl, resultFiltersUrl } from '../lib/urls.ts';
import { createSiteIndex, forPagefind, publishIndex } from './pagefind-files.ts';

/** Indexes one script's records into its Pagefind folder, and its filter table beside its search page. */
async function indexScript(script: ScriptId, records: SearchRecord[], dist: string): Promise<void> {
  const { index, errors } = await createSiteIndex();
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(forPagefind(record));
    if (added.errors.length) throw new Error(`Pagefind rejected the record of ${record.url}: ${added.errors.join('; ')}`);
  }
  const built = await index.getFiles();
  if (built.errors.length) throw new Error(`Pagefind could not write its files: ${built.errors.join('; ')}`);
  const folder = path.join(dist, path.dirname(pagefindUrl(script)));
  const published = publishIndex(built.files, records);
  for (const file of published.files) {
    const target = path.join(folder, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  await writeFile(path.join(dist, resultFiltersUrl(script)), JSON.stringify(published.filters));
  await pagefind.close();
}

/** Indexes the records into `dist/pagefind`; returns the number of records. */
export async function buildSearchIndex(dist: string): Promise<number> {
  const recordsFile = path.join(dist, 'search-records.json');
  if (!existsSync(recordsFile))
    throw new Error(`${recordsFile} is missing: the search index is built from what \`astro build\` writes there (\`npm run build\` runs both).`);
  const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
  if (records.length === 0) throw new Error('No search records were built: is src/pages/search-records.json.ts in place?');
  for (const language of new Set(records.map((r) => r.language))) {
    if (!isScriptId(language)) throw new Error(`A search record is in "${language}", which is not a script of the site.`);
    await indexScript(
      language,
      records.filter((r) => r.language === language),
      dist,
    );
  }
  // The benchmark keeps the records to measure each script's index on its own.
  const keep = process.env['KEEP_SEARCH_RECORDS'];
  if (keep) await copyFile(recordsFile, keep);
  await rm(recordsFile);
  return records.length;
}
