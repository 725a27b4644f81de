/**
 * Browser-test helpers. What the benchmark uses too lives outside the tests
 * and is re-exported here: the browser, axe-core and the search page
 * (scripts/lib/browser/), and the built site's pages (the lister the URL lock uses).
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../scripts/lib/browser/chromium.ts';
export { axeViolations } from '../../scripts/lib/browser/axe.ts';
export { CHROMIUM_ARGS } from '../../scripts/lib/browser/chromium.ts';
export { launch };
export { waitForSearch } from '../../scripts/lib/browser/search-page.ts';
export { builtPages } from '../../src/integrations/built-pages.ts';

/** Collects console messages and page errors; tests assert it stays empty. */
export function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()} (${page.url()})`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message} (${page.url()})`));
  return messages;
}

/**
 * Open pages kept for reuse, one set per kind of context (JavaScript on or
 * off, light or dark): a new context costs a renderer process and its CJK
 * fonts (measured here: 20 loads took 6.0 s in fresh contexts, 1.4 s in one
 * page), a navigation in an open page does not. Concurrent tests each get a
 * page of their own; a released page goes back to its set, its listeners
 * removed and its viewport reset when it is taken again.
 */
class PagePool {
  /** Free pages, by their context options. */
  readonly #free = new Map<string, Page[]>();
  /** The context options of each page taken. */
  readonly #keys = new WeakMap<Page, string>();
  constructor(private readonly browser: Browser) {}

  /** A page in a context with these options, free for the caller until `release`. */
  async take(options: BrowserContextOptions & { viewport: { width: number; height: number } }): Promise<Page> {
    const key = JSON.stringify(options);
    const page = this.#free.get(key)?.pop() ?? (await (await this.browser.newContext(options)).newPage());
    await page.setViewportSize(options.viewport);
    this.#keys.set(page, key);
    return page;
  }

  /** Gives the page back for the next test. */
  release(page: Page): void {
    const key = this.#keys.get(page);
    if (key === undefined) return;
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    const free = this.#free.get(key) ?? [];
    free.push(page);
    this.#free.set(key, free);
  }
}

/** How a page is opened: JavaScript, colour scheme, width (a touch screen below 600 px). */
export interface OpenOptions {
  javaScriptEnabled?: boolean;
  dark?: boolean;
  width?: number;
}

/**
 * Chromium and a page pool for one test file, started before its tests and
 * closed after them. `open` loads a path of the site in a pooled page and
 * watches its console from then on ('load' runs the page's module scripts);
 * `done` gives the page back.
 */
export function pooledBrowser(baseUrl: string): {
  browser: () => Browser;
  open: (path: string, options?: OpenOptions) => Promise<{ page: Page; console: string[] }>;
  done: (page: Page) => void;
} {
  let browser: Browser;
  let pool: PagePool;
  beforeAll(async () => {
    browser = await launch();
    pool = new PagePool(browser);
  });
  afterAll(() => browser?.close());
  return {
    browser: () => browser,
    open: async (path, options = {}) => {
      const width = options.width ?? 1280;
      const page = await pool.take({
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        viewport: { width, height: 900 },
        colorScheme: options.dark ? 'dark' : 'light',
        hasTouch: width < 600,
      });
      const console = watchConsole(page);
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      return { page, console };
    },
    done: (page) => pool.release(page),
  };
}

/** One page of each type in a script, for tests that cannot afford every page. */
export function pageTypes(script: 'zh-hans' | 'zh-hant'): Record<string, string> {
  return {
    home: `/${script}/`,
    document: `/${script}/work-list-2024-2028/`,
    'document (sections)': `/${script}/beijing-reply-0771/`,
    item: `/${script}/work-list-2024-2028/14/`,
    'item (mechanism)': `/${script}/arrangement-2018/mechanism-1/`,
    'item (section)': `/${script}/beijing-reply-0771/section-2/`,
    agencies: `/${script}/agencies/`,
    agency: `/${script}/agencies/mofcom/`,
    places: `/${script}/places/`,
    place: `/${script}/places/BR/`,
    pillars: `/${script}/pillars/`,
    pillar: `/${script}/pillars/finance/`,
    years: `/${script}/years/`,
    year: `/${script}/years/2026/`,
    overview: `/${script}/overview/`,
    'lineage map': `/${script}/overview/lineage/`,
    'agency × pillar matrix': `/${script}/overview/matrix/`,
    search: `/${script}/search/`,
    accessibility: `/${script}/accessibility/`,
    'open data': `/${script}/data/`,
    'Traditional conversion': `/${script}/conversion/`,
  };
}

/** Every result's item id (`<document>/<item>`) on a search page, after showing all pages of results. */
export async function allResultIds(page: Page): Promise<string[]> {
  while (await page.isVisible('[data-more]')) {
    const before = await page.locator('[data-results] > li').count();
    await page.click('[data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, before);
  }
  const hrefs = await page.$$eval('[data-results] > li > a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.replace(/^\/zh-han[st]\//, '').replace(/\/$/, '')).sort();
}
