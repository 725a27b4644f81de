/**
 * What the site gives Pagefind, and which of its output files it publishes.
 *
 * Pagefind writes every custom record's `content` into its result fragment,
 * for excerpts; ours is the record's search tokens (src/lib/search-tokens.ts),
 * about nine tenths of a fragment, and the search page never reads it (it
 * builds excerpts from `meta.text`, with `excerptLength: 0`). So fragments
 * are published with an empty `content`: measured on the real corpus, 186 KB
 * of fragments per script become 61 KB, and a first page of 20 results
 * fetches about 23 KB less.
 *
 * Pagefind also indexes every meta value as a searchable word (for its meta
 * ranking): our whole item texts, titles and labels, with no space to split
 * them, became one word each, a fifth of the index (at ×10, 221 of 1,027 KB
 * per script) that no query of ours can reach, since every query is tokens.
 * So records go to Pagefind without meta, and each result's meta is put
 * into its fragment afterwards, where the search page reads it.
 *
 * Each script's records are one index of their own, in their own folder,
 * under the language `zxx` ("no linguistic content": the records are codes,
 * see src/lib/search-tokens.ts). For a Chinese language Pagefind runs its
 * word segmenter over every record, which finds nothing to cut in codes but
 * took over half of the time of adding records (×50, one script: 7.0 →
 * 3.1 s, with the same index files byte for byte in size). With one index
 * per folder, the browser's Pagefind (which picks an index by the page's
 * `lang`, then falls back to the largest) always loads its folder's.
 *
 * Pagefind's own search UIs (pagefind-ui, the component and modular UIs,
 * highlight) and its worker script are not used by the site and are left out.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { encodeResultFilters, type FilterValues, type ResultFiltersFile } from '../lib/result-filters.ts';
import type { SearchRecord } from '../lib/search-records.ts';

/** A file as Pagefind's `getFiles()` returns it. */
export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

/**
 * Pagefind's index options. Above 1,000 results per language, fragments are
 * bundled into files of a few consecutive results (Pagefind's
 * `maxFragments`): small files compress poorly one by one, and results
 * shown together are mostly neighbours in document order. Measured at ×50
 * (5,350 results per script): fragments 2.98 → 1.36 MB per script. The real
 * corpus (107 per script) keeps one file per result.
 */
export const INDEX_OPTIONS = { maxFragments: 1000 } as const;

/**
 * Positions per index file. A query fetches the index files holding its
 * tokens; Pagefind cuts a file once it holds 20,000 positions (about 20 KB
 * gzipped), so a two-token query fetched about 40 KB of index on the real
 * corpus. Files of 5,000 make that about 10 KB; the index grows by 9% (more
 * files, a longer file list in the metadata the first query loads), measured
 * at ×10. Pagefind reads the size from its environment only, as an option it
 * calls unstable; a Pagefind that ignored it would still build a correct
 * index, only with larger files (tests/unit/pagefind-files.test.ts checks it
 * is honoured).
 */
export const INDEX_CHUNK_SIZE = 5000;

// The Pagefind service reads its environment once, when it starts (at the
// first index of a process, or after `close()`): set before any can start.
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);

/** The language of every index (see above). */
export const INDEX_LANGUAGE = 'zxx';

/** A Pagefind index with the site's options. */
export function createSiteIndex(options: pagefind.PagefindServiceConfig = INDEX_OPTIONS): ReturnType<typeof pagefind.createIndex> {
  return pagefind.createIndex(options);
}

/** The header Pagefind puts before every compressed file's data. */
const SIGNATURE = 'pagefind_dcd';

/**
 * Pagefind's bundled search UIs, which the site's own search page replaces,
 * and its worker script, which the page never loads (it searches on the main
 * thread: `noWorker` in src/scripts/search/index-access.ts).
 */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

/** Whether the site publishes this Pagefind file. */
export function isPublished(file: PagefindFile): boolean {
  return !UNUSED.test(file.path);
}

const FRAGMENT = /^fragment\/([^/]+)\.pf_fragment$/;

/** A fragment's data, as far as this module reads it. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/**
 * The fragments in a fragment file as Pagefind's runtime reads it (gunzip,
 * the signature, JSON), by result id: one fragment, or a group of them
 * (Pagefind bundles fragments once a language has more than `maxFragments`).
 */
function readFragments(file: PagefindFile, id: string): Map<string, Fragment> {
  let raw: Buffer;
  try {
    raw = gunzipSync(file.content);
  } catch (error) {
    throw new Error(`${file.path}: cannot decompress this Pagefind fragment (${String(error)}); has Pagefind changed its format?`, { cause: error });
  }
  const signature = raw.subarray(0, SIGNATURE.length).toString();
  if (signature !== SIGNATURE) throw new Error(`${file.path}: not a Pagefind fragment (no "${SIGNATURE}" header); has Pagefind changed its format?`);
  const data = JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as Record<string, unknown>;
  const isFragment = (f: unknown): f is Fragment =>
    typeof (f as Fragment).url === 'string' && typeof (f as Fragment).content === 'string' && typeof (f as Fragment).meta === 'object';
  const entries: [string, unknown][] = isFragment(data) ? [[id, data]] : Object.entries(data);
  const fragments = new Map<string, Fragment>();
  for (const [key, f] of entries) {
    if (!isFragment(f)) throw new Error(`${file.path}: a Pagefind fragment without "url", "content" or "meta"; has Pagefind changed its format?`);
    fragments.set(key, f);
  }
  return fragments;
}

/**
 * A record as Pagefind indexes it: in the index language; without filters,
 * which the search page applies from its own table
 * (src/lib/result-filters.ts), so Pagefind writes no filter indexes and no
 * filters into fragments (at ×50, 1 MB of them); and without meta, which
 * `publishIndex` puts into the fragments.
 */
export function forPagefind(record: SearchRecord): SearchRecord {
  return { ...record, language: INDEX_LANGUAGE, filters: {}, meta: {} };
}

/** The records of one index (one script), by URL; throws if they are of several scripts or a URL is twice. */
function byUrl(records: readonly SearchRecord[]): Map<string, SearchRecord> {
  const languages = new Set(records.map((r) => r.language));
  if (languages.size > 1) throw new Error(`One index holds one script's records, not ${[...languages].join(' and ')}.`);
  const map = new Map<string, SearchRecord>();
  for (const r of records) {
    if (map.has(r.url)) throw new Error(`Two search records for ${r.url}.`);
    map.set(r.url, r);
  }
  return map;
}

/** One index as the site publishes it: its files, and the table of its results' filter values. */
export interface PublishedIndex {
  files: PagefindFile[];
  filters: ResultFiltersFile;
}

/**
 * One index's files as published — fragments without `content` and with
 * their records' meta, Pagefind's search UIs and worker left out — and every
 * result's filter values (its record's, by URL; a result's id is its
 * fragment's name, `zxx_38d…`), from one reading of each fragment file.
 */
export function publishIndex(files: readonly PagefindFile[], records: readonly SearchRecord[]): PublishedIndex {
  const recordOf = byUrl(records);
  const results: { id: string; filters: FilterValues }[] = [];
  const published = files.filter(isPublished).map((file) => {
    const fileId = FRAGMENT.exec(file.path)?.[1];
    if (!fileId) return file;
    const fragments = readFragments(file, fileId);
    for (const [id, f] of fragments) {
      const record = recordOf.get(f.url);
      if (!record) throw new Error(`${file.path}: Pagefind wrote a result for ${f.url}, which no search record has.`);
      results.push({ id, filters: record.filters });
      // Pagefind's runtime reads `content` as a string: it stays, empty.
      f.content = '';
      f.meta = record.meta;
    }
    const data = fragments.size === 1 && fragments.has(fileId) ? fragments.get(fileId) : Object.fromEntries(fragments);
    return { path: file.path, content: gzipSync(Buffer.from(SIGNATURE + JSON.stringify(data)), { level: 9 }) };
  });
  return { files: published, filters: encodeResultFilters(results) };
}
