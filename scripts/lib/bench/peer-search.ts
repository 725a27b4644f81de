/**
 * The peer's search, timed as this site's is (scripts/lib/bench/search.ts):
 * Chromium opens Starlight's search dialog (its default Pagefind UI), loads
 * the index with a first query, then types each query key by key; the page
 * measures from the last keystroke (its input event) to the first result
 * shown with its title and link (Pagefind UI shows a placeholder until a
 * result's data has loaded, as this site shows a result once loaded).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';

/** The peer's search figures. */
export interface PeerSearchFigures {
  firstResultMedianMs: number;
  firstResultWorstMs: number;
  /** Per query; null where the peer showed no result. */
  firstResultMs: Record<string, number | null>;
}

const INPUT = '.pagefind-ui__search-input';
/** A result whose data has loaded: Pagefind UI gives it a link. */
const SHOWN = '.pagefind-ui__result-link';

/** Times one query in the open dialog; null when it shows no result within 10 s (a query Pagefind's segmentation misses). */
async function timeQuery(page: Page, query: string): Promise<number | null> {
  await page.fill(INPUT, '');
  // An empty box clears Pagefind UI's results; the next result shown is the new query's.
  await page.waitForFunction((shown) => document.querySelectorAll(shown).length === 0, SHOWN);
  await page.waitForTimeout(300);
  await page.evaluate(
    ({ input, shown }) => {
      const state = { lastInput: 0, firstResult: 0 };
      (window as unknown as { benchPeer: typeof state }).benchPeer = state;
      const box = document.querySelector(input)!;
      box.addEventListener('input', () => {
        state.lastInput = performance.now();
        state.firstResult = 0;
      });
      const observer = new MutationObserver(() => {
        if (!state.firstResult && state.lastInput && document.querySelector(shown)) {
          state.firstResult = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    },
    { input: INPUT, shown: SHOWN },
  );
  await page.locator(INPUT).pressSequentially(query);
  const shown = await page
    .waitForFunction(() => (window as unknown as { benchPeer: { firstResult: number } }).benchPeer.firstResult > 0, undefined, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (!shown) return null;
  const ms = await page.evaluate(() => {
    const b = (window as unknown as { benchPeer: { lastInput: number; firstResult: number } }).benchPeer;
    return b.firstResult - b.lastInput;
  });
  return Math.round(ms);
}

/**
 * Serves the peer's dist/ as `npm start` serves this site (compressed) but
 * without this site's security headers, which would block Starlight's inline
 * scripts.
 */
export async function servePeer(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const assets = sirv(dir, { dev: false, etag: true });
  const compress = compression();
  const server = createServer((req, res) => compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => assets(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Measures the peer's search on the built peer at `baseUrl` (its Simplified root), with the given queries. */
export async function measurePeerSearch(browser: Browser, baseUrl: string, queries: readonly string[]): Promise<PeerSearchFigures> {
  const page = await browser.newPage();
  try {
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.click('site-search button[data-open-modal]');
    await page.waitForSelector(INPUT);
    // Load the index and WebAssembly first, as for this site.
    await page.fill(INPUT, '澳门');
    await page.waitForSelector(SHOWN, { timeout: 30_000 });
    const firstResultMs: Record<string, number | null> = {};
    for (const q of queries) firstResultMs[q] = await timeQuery(page, q);
    const times = Object.values(firstResultMs).filter((t) => t !== null);
    return {
      firstResultMedianMs: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!,
      firstResultWorstMs: Math.max(...times),
      firstResultMs,
    };
  } finally {
    await page.close();
  }
}
