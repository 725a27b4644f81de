/** Search speed in Chromium (typing to results shown), bytes fetched, and index size per script. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import type { SearchRecord } from '../../../src/lib/search-records.ts';
import { waitForSearch } from '../../../tests/e2e/browser.ts';

/** Queries timed: own script, other script, one character, long names, Latin. */
export const BENCH_QUERIES = ['中医药', '旅游', '部', '国家发展和改革委员会', '中葡合作发展基金', '巴西', '友好城市', '中醫藥', '葡語國家', 'UN Tourism'];

/** The search figures. */
export interface SearchFigures {
  medianMs: number;
  worstMs: number;
  perQueryMs: Record<string, number>;
  /** As served by `npm start` (no compression). */
  firstQueryKb: number;
  secondQueryKb: number;
  /** The same, gzipped, as a static host would send them. */
  firstQueryGzKb: number;
  secondQueryGzKb: number;
  indexKb: Record<string, number>;
}


/** Time from the last keystroke to the results being shown, measured in the page. */
async function timeQuery(page: Page, query: string): Promise<number> {
  await page.fill('#search-page-input', '');
  await waitForSearch(page).catch(() => undefined);
  const started = await page.evaluate(() => performance.now());
  await page.fill('#search-page-input', query);
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
  await waitForSearch(page);
  // The search waits 250 ms after typing before it starts (debounce); that wait is part of what readers feel.
  return Math.round((await page.evaluate(() => performance.now())) - started);
}

/**
 * Bytes fetched to show a first query from a fresh page load (search
 * runtime, WebAssembly, index, filters, results), then for a second query.
 */
async function bytesFetched(browser: Browser, baseUrl: string, gzip: boolean): Promise<[number, number]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (/\/(pagefind|_astro)\/|query-dict/.test(r.url())) {
      // Pagefind's index files are gzipped already; gzipping them again changes little.
      pending.push(r.body().then((b) => void (bytes += gzip ? gzipSync(b).length : b.length)).catch(() => undefined));
    }
  });
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  await page.goto(`${baseUrl}/zh-hans/search/?q=${encodeURIComponent('中医药')}`);
  await waitForSearch(page);
  await Promise.all(pending);
  const first = bytes;
  await page.fill('#search-page-input', '友好城市');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '友好城市');
  await waitForSearch(page);
  await Promise.all(pending);
  await context.close();
  return [kb(first), kb(bytes - first)];
}

/** Size of one script's index, built alone from the records. */
async function indexSize(records: SearchRecord[]): Promise<number> {
  const { index } = await pagefind.createIndex({});
  for (const r of records) await index!.addCustomRecord(r);
  const { files } = await index!.getFiles();
  return Math.round(files.filter((f) => !/\.(js|css)$/.test(f.path) && !f.path.includes('-ui')).reduce((s, f) => s + f.content.length, 0) / 1024);
}

/** Measures search on the built site at `baseUrl`; `recordsFile` holds the index records of that build. */
export async function measureSearch(browser: Browser, baseUrl: string, recordsFile: string): Promise<SearchFigures> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/zh-hans/search/`);
  await page.waitForSelector('[data-search-app][data-ready]');
  const perQueryMs: Record<string, number> = {};
  for (const q of BENCH_QUERIES) perQueryMs[q] = await timeQuery(page, q);
  await page.close();
  const times = Object.values(perQueryMs).sort((a, b) => a - b);
  const [firstQueryKb, secondQueryKb] = await bytesFetched(browser, baseUrl, false);
  const [firstQueryGzKb, secondQueryGzKb] = await bytesFetched(browser, baseUrl, true);
  const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];
  const indexKb: Record<string, number> = {};
  for (const script of ['zh-hans', 'zh-hant']) indexKb[script] = await indexSize(records.filter((r) => r.language === script));
  await pagefind.close();
  return { medianMs: times[Math.floor(times.length / 2)]!, worstMs: times.at(-1)!, perQueryMs, firstQueryKb, secondQueryKb, firstQueryGzKb, secondQueryGzKb, indexKb };
}
