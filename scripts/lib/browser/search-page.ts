/** Driving the search page in a browser, for the browser tests and the benchmark. */
import type { Page } from 'playwright-core';

/** Waits until the search page has shown the results of its current query; returns the announced status. */
export async function waitForSearch(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-status]')?.textContent ?? '';
    return s !== '' && !s.includes('……') && document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false';
  });
  return (await page.textContent('[data-status]')) ?? '';
}
