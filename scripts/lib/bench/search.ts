/** Search speed in Chromium (typing to results shown), bytes fetched, and index size per script. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { createSiteIndex, forPagefind, publishIndex } from '../../../src/integrations/pagefind-files.ts';
import type { SearchRecord } from '../../../src/lib/search-records.ts';
import { waitForSearch } from '../browser/search-page.ts';

/** Queries timed: own script, other script, one character, long names, Latin. */
export const BENCH_QUERIES = ['中医药', '旅游', '部', '国家发展和改革委员会', '中葡合作发展基金', '巴西', '友好城市', '中醫藥', '葡語國家', 'UN Tourism'];

/**
 * Queries that are as common in the synthetic replicas as in the real corpus:
 * words inside the responsible-body parentheses, which the replicas keep (at
 * ×50 each matches fifty times as many items).
 */
export const SCALE_QUERIES = ['商务部', '经济财政司', '社会文化司', '国家发展改革委', '财政部', '澳门'];

/** The search figures. */
export interface SearchFigures {
  /** Typing to every result of the first page shown, including the pause after typing. */
  medianMs: number;
  worstMs: number;
  perQueryMs: Record<string, number>;
  /** The last keystroke to the first result shown (the index already loaded), per query. */
  firstResultMedianMs: number;
  firstResultWorstMs: number;
  firstResultMs: Record<string, number>;
  /** Result fragments fetched before a query's results were shown, and in all, per query. */
  fragmentsBeforeShown: Record<string, number>;
  fragmentsMax: number;
  /** As served by `npm start` (no compression). */
  firstQueryKb: number;
  secondQueryKb: number;
  /** The same, gzipped, as a static host would send them. */
  firstQueryGzKb: number;
  secondQueryGzKb: number;
  /** The first query's gzipped KB by kind of file (Pagefind runtime, WebAssembly, metadata, index, fragments, the page's tables, the page's own scripts and CSS). */
  firstQueryGzKbByKind: Record<string, number>;
  indexKb: Record<string, number>;
}


/**
 * Types a query key by key into a page whose index is loaded and measures, in
 * the page, the time from the last keystroke (its input event) to the first
 * result in the list, and to every result of the first page shown; counts the
 * result fragments fetched until the first result shows.
 */
async function timeQuery(page: Page, query: string): Promise<{ allMs: number; firstMs: number; fragments: number }> {
  await page.fill('#search-page-input', '');
  await waitForSearch(page).catch(() => undefined);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const w = window as unknown as { benchSearch: { lastInput: number; firstResult: number } };
    const state = { lastInput: 0, firstResult: 0 };
    w.benchSearch = state;
    const input = document.querySelector('#search-page-input')!;
    input.addEventListener('input', () => {
      state.lastInput = performance.now();
      state.firstResult = 0;
    });
    const results = document.querySelector('[data-results]')!;
    new MutationObserver(() => {
      if (!state.firstResult && results.children.length > 0 && state.lastInput) {
        state.firstResult = performance.now();
      }
    }).observe(results, { childList: true });
  });
  // Fragment requests (Pagefind may fetch from a worker, which the page's resource timing does not see).
  const fragmentTimes: number[] = [];
  const onRequest = (r: { url: () => string }) => {
    if (/\/pagefind\/[^/]+\/fragment\//.test(r.url())) fragmentTimes.push(Date.now());
  };
  page.context().on('request', onRequest);
  await page.locator('#search-page-input').pressSequentially(query);
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
  await waitForSearch(page);
  await page.waitForFunction(() => (window as unknown as { benchSearch: { firstResult: number } }).benchSearch.firstResult > 0);
  const t = await page.evaluate(() => {
    const b = (window as unknown as { benchSearch: { lastInput: number; firstResult: number } }).benchSearch;
    return { firstMs: b.firstResult - b.lastInput, allMs: performance.now() - b.lastInput, firstAt: performance.timeOrigin + b.firstResult };
  });
  page.context().off('request', onRequest);
  return { firstMs: Math.round(t.firstMs), allMs: Math.round(t.allMs), fragments: fragmentTimes.filter((at) => at <= t.firstAt + 5).length };
}

/**
 * Bytes fetched to show a first query from a fresh page load (search
 * runtime, WebAssembly, index, filters, results), then for a second query.
 */
async function bytesFetched(browser: Browser, baseUrl: string, gzip: boolean): Promise<[number, number, Record<string, number>]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  const byKind: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    const kind = kindOf(r.url());
    if (kind) {
      // Pagefind's index files are gzipped already; gzipping them again changes little.
      pending.push(
        r
          .body()
          .then((b) => {
            const n = gzip ? gzipSync(b).length : b.length;
            bytes += n;
            byKind[kind] = (byKind[kind] ?? 0) + n;
          })
          .catch(() => undefined),
      );
    }
  });
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  await page.goto(`${baseUrl}/zh-hans/search/?q=${encodeURIComponent('中医药')}`);
  await waitForSearch(page);
  await Promise.all(pending);
  const first = bytes;
  const firstByKind = { ...byKind };
  await page.fill('#search-page-input', '友好城市');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '友好城市');
  await waitForSearch(page);
  await Promise.all(pending);
  await context.close();
  return [kb(first), kb(bytes - first), Object.fromEntries(Object.entries(firstByKind).map(([k, n]) => [k, kb(n)]))];
}

/** What a file fetched by the search page is, for the byte counts; null for what they leave out (the page, fonts). */
function kindOf(url: string): string | null {
  const kinds: [RegExp, string][] = [
    [/\/pagefind\/.*pagefind\.js$/, 'runtime'],
    [/\.pagefind$/, 'wasm'],
    [/\.pf_meta$/, 'metadata'],
    [/\.pf_index$/, 'index files'],
    [/\.pf_fragment$/, 'fragments'],
    [/result-filters\.json$/, 'filter table'],
    [/query-dict\.json$/, 'query table'],
    [/\/_astro\//, 'page scripts, CSS'],
  ];
  return kinds.find(([re]) => re.test(new URL(url).pathname))?.[1] ?? null;
}

/** Size of one script's index (its data files as published, without the shared scripts), built alone from the records. */
async function indexSize(records: SearchRecord[]): Promise<number> {
  const { index } = await createSiteIndex();
  for (const r of records) await index!.addCustomRecord(forPagefind(r));
  const { files } = await index!.getFiles();
  return Math.round(
    publishIndex(files, records)
      .files.filter((f) => !/\.(js|css)$/.test(f.path))
      .reduce((s, f) => s + f.content.length, 0) / 1024,
  );
}

/** Measures search on the built site at `baseUrl`; `recordsFile` holds the index records of that build. */
export async function measureSearch(browser: Browser, baseUrl: string, recordsFile: string, queries: readonly string[] = [...BENCH_QUERIES, ...SCALE_QUERIES]): Promise<SearchFigures> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/zh-hans/search/`);
  await page.waitForSelector('[data-search-app][data-ready]');
  // Load the index and WebAssembly first: the figures are for a reader who has searched once.
  await page.fill('#search-page-input', '澳门');
  await waitForSearch(page);
  const perQueryMs: Record<string, number> = {};
  const firstResultMs: Record<string, number> = {};
  const fragmentsBeforeShown: Record<string, number> = {};
  for (const q of queries) {
    const t = await timeQuery(page, q);
    perQueryMs[q] = t.allMs;
    firstResultMs[q] = t.firstMs;
    fragmentsBeforeShown[q] = t.fragments;
  }
  await page.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const times = Object.values(perQueryMs);
  const firsts = Object.values(firstResultMs);
  const [firstQueryKb, secondQueryKb] = await bytesFetched(browser, baseUrl, false);
  const [firstQueryGzKb, secondQueryGzKb, firstQueryGzKbByKind] = await bytesFetched(browser, baseUrl, true);
  const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];
  const indexKb: Record<string, number> = {};
  for (const script of ['zh-hans', 'zh-hant']) indexKb[script] = await indexSize(records.filter((r) => r.language === script));
  await pagefind.close();
  return {
    medianMs: median(times),
    worstMs: Math.max(...times),
    perQueryMs,
    firstResultMedianMs: median(firsts),
    firstResultWorstMs: Math.max(...firsts),
    firstResultMs,
    fragmentsBeforeShown,
    fragmentsMax: Math.max(...Object.values(fragmentsBeforeShown)),
    firstQueryKb,
    secondQueryKb,
    firstQueryGzKb,
    secondQueryGzKb,
    firstQueryGzKbByKind,
    indexKb,
  };
}
