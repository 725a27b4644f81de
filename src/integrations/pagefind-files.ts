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

/** The header Pagefind puts before every compressed file's data. */
const SIGNATURE = 'pagefind_dcd';

/** Pagefind's bundled search UIs, which the site's own search page replaces. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Whether the site publishes this Pagefind file. */
export function isPublished(file: PagefindFile): boolean {
  return !UNUSED.test(file.path);
}

const FRAGMENT = /^fragment\/([^/]+)\.pf_fragment$/;

/** A fragment's data as Pagefind's runtime reads it: gunzip, the signature, JSON. */
function readFragment(file: PagefindFile): { content?: unknown; url?: unknown } {
  let raw: Buffer;
  try {
    raw = gunzipSync(file.content);
  } catch (error) {
    throw new Error(`${file.path}: cannot decompress this Pagefind fragment (${String(error)}); has Pagefind changed its format?`, { cause: error });
  }
  const signature = raw.subarray(0, SIGNATURE.length).toString();
  if (signature !== SIGNATURE) throw new Error(`${file.path}: not a Pagefind fragment (no "${SIGNATURE}" header); has Pagefind changed its format?`);
  return JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as { content?: unknown; url?: unknown };
}

/** A fragment (`fragment/<hash>.pf_fragment`) without its `content`; anything else unchanged. */
export function withoutContent(file: PagefindFile): PagefindFile {
  if (!FRAGMENT.test(file.path)) return file;
  const fragment = readFragment(file);
  if (typeof fragment.content !== 'string') throw new Error(`${file.path}: a Pagefind fragment without "content"; has Pagefind changed its format?`);
  // Pagefind's runtime reads `content` as a string: it stays, empty.
  fragment.content = '';
  return { path: file.path, content: gzipSync(Buffer.from(SIGNATURE + JSON.stringify(fragment)), { level: 9 }) };
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
    const id = FRAGMENT.exec(file.path)?.[1];
    if (!id) continue;
    const language = id.slice(0, id.lastIndexOf('_'));
    const url = readFragment(file).url;
    const filters = filtersOf.get(`${language} ${String(url)}`);
    if (!filters) throw new Error(`${file.path}: Pagefind wrote a result for ${String(url)} (${language}), which no search record has.`);
    const list = byLanguage.get(language) ?? [];
    list.push({ id, filters });
    byLanguage.set(language, list);
  }
  return new Map([...byLanguage].map(([language, results]) => [language, encodeResultFilters(results)]));
}

/** The files to write to dist/pagefind: published ones, fragments without content. */
export function publishedFiles(files: readonly PagefindFile[]): PagefindFile[] {
  return files.filter(isPublished).map(withoutContent);
}
