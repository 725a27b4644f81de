/**
 * Which of Pagefind's output files the site publishes, and what they hold.
 *
 * Pagefind writes every custom record's `content` into its result fragment,
 * for excerpts; ours is the record's search tokens (src/lib/search-tokens.ts),
 * about nine tenths of a fragment, and the search page never reads it (it
 * builds excerpts from `meta.text`, with `excerptLength: 0`). So fragments
 * are published with an empty `content`: measured on the real corpus, 186 KB
 * of fragments per script become 61 KB, and a first page of 20 results
 * fetches about 23 KB less. Pagefind's own search UIs (pagefind-ui, the
 * component and modular UIs, highlight) are not used by the site and are
 * left out.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
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

/** The header Pagefind puts before every compressed file's data. */
const SIGNATURE = 'pagefind_dcd';

/** Pagefind's bundled search UIs, which the site's own search page replaces. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Whether the site publishes this Pagefind file. */
export function isPublished(file: PagefindFile): boolean {
  return !UNUSED.test(file.path);
}

const FRAGMENT = /^fragment\/([^/]+)\.pf_fragment$/;

/** A fragment's data, as far as this module reads it. */
interface Fragment {
  url: string;
  content: string;
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
  const isFragment = (f: unknown): f is Fragment => typeof (f as Fragment).url === 'string' && typeof (f as Fragment).content === 'string';
  const entries: [string, unknown][] = isFragment(data) ? [[id, data]] : Object.entries(data);
  const fragments = new Map<string, Fragment>();
  for (const [key, f] of entries) {
    if (!isFragment(f)) throw new Error(`${file.path}: a Pagefind fragment without "url" or "content"; has Pagefind changed its format?`);
    fragments.set(key, f);
  }
  return fragments;
}

/** A fragment file (one fragment or a group) without the fragments' `content`; anything else unchanged. */
export function withoutContent(file: PagefindFile): PagefindFile {
  const id = FRAGMENT.exec(file.path)?.[1];
  if (!id) return file;
  const fragments = readFragments(file, id);
  // Pagefind's runtime reads `content` as a string: it stays, empty.
  for (const f of fragments.values()) f.content = '';
  const data = fragments.size === 1 && fragments.has(id) ? fragments.get(id) : Object.fromEntries(fragments);
  return { path: file.path, content: gzipSync(Buffer.from(SIGNATURE + JSON.stringify(data)), { level: 9 }) };
}

/**
 * A record as Pagefind indexes it: without filters, which the search page
 * applies from its own table (src/lib/result-filters.ts), so Pagefind writes
 * no filter indexes and no filters into fragments (at ×50, 1 MB of them).
 */
export function forPagefind(record: SearchRecord): SearchRecord {
  return { ...record, filters: {} };
}

/**
 * Every result's filter values, per language: each fragment's record (by
 * language and URL) with its filters; a result's id is its fragment's name,
 * which starts with the language (`zh-hans_38d…`).
 */
export function resultFilters(files: readonly PagefindFile[], records: readonly SearchRecord[]): Map<string, ResultFiltersFile> {
  const filtersOf = new Map(records.map((r) => [`${r.language} ${r.url}`, r.filters]));
  const byLanguage = new Map<string, { id: string; filters: FilterValues }[]>();
  for (const file of files) {
    const fileId = FRAGMENT.exec(file.path)?.[1];
    if (!fileId) continue;
    for (const [id, { url }] of readFragments(file, fileId)) {
      const language = id.slice(0, id.lastIndexOf('_'));
      const filters = filtersOf.get(`${language} ${url}`);
      if (!filters) throw new Error(`${file.path}: Pagefind wrote a result for ${url} (${language}), which no search record has.`);
      const list = byLanguage.get(language) ?? [];
      list.push({ id, filters });
      byLanguage.set(language, list);
    }
  }
  return new Map([...byLanguage].map(([language, results]) => [language, encodeResultFilters(results)]));
}

/** The files to write to dist/pagefind: published ones, fragments without content. */
export function publishedFiles(files: readonly PagefindFile[]): PagefindFile[] {
  return files.filter(isPublished).map(withoutContent);
}
