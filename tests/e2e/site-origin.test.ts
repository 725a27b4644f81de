/**
 * The public origin is one setting (SITE_URL). Without it nothing published
 * says localhost (or any address); with it, canonical links, the sitemap,
 * robots.txt and the open data all use it (tested on the SITE_URL build of
 * build-guards.test.ts). And a build prints no warnings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { launch } from '../../scripts/lib/browser/chromium.ts';
import { publishedTexts, warningsIn } from './built-site.ts';

describe('a build without SITE_URL', () => {
  const files = publishedTexts('dist');

  it('publishes no localhost and no loopback address anywhere', () => {
    expect(files.length).toBeGreaterThan(300);
    const leaks = files.filter(([, text]) => /localhost|127\.0\.0\.1|\[::1\]/.test(text)).map(([f]) => f);
    expect(leaks).toEqual([]);
  });

  it('has root-relative canonical and alternate links, and no og:url', () => {
    const page = readFileSync('dist/zh-hant/arrangement-2018/15/index.html', 'utf8');
    expect(page).toContain('<link rel="canonical" href="/zh-hant/arrangement-2018/15/">');
    expect(page).toContain('hreflang="zh-Hans" href="/zh-hans/arrangement-2018/15/"');
    expect(page).not.toContain('og:url');
  });

  it('writes an empty sitemap that says why, and robots.txt names none', () => {
    expect(readFileSync('dist/sitemap.xml', 'utf8')).not.toContain('<url>');
    expect(readFileSync('dist/robots.txt', 'utf8')).not.toMatch(/Sitemap:/);
  });

  it('prints no warnings', () => {
    const log = inject('buildLog');
    if (log === null) return expect(process.env['SKIP_BUILD']).toBeTruthy();
    expect(log).toContain('Complete!');
    // The search index, built once Astro has exited, is part of the build.
    expect(log).toMatch(/\[search\] Pagefind indexed \d+ records/);
    expect(warningsIn(log)).toEqual([]);
  });
});

describe('the citation of an item built without SITE_URL', () => {
  it('shows the path without JavaScript, and the address the page is read at with it; "copy link" copies that address', async () => {
    const baseUrl = inject('baseUrl');
    const path = '/zh-hant/arrangement-2018/15/';
    const browser = await launch();
    try {
      const plain = await browser.newContext({ javaScriptEnabled: false });
      const page = await plain.newPage();
      await page.goto(`${baseUrl}${path}`);
      expect(await page.$$eval('[data-page-url]', (els) => els.map((e) => e.textContent))).toEqual([path, path]);
      await plain.close();

      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      const live = await context.newPage();
      await live.goto(`${baseUrl}${path}`);
      expect(await live.$$eval('[data-page-url]', (els) => els.map((e) => e.textContent))).toEqual([`${baseUrl}${path}`, `${baseUrl}${path}`]);
      await live.click('button[data-copy]');
      await live.waitForFunction(() => document.getElementById('copy-status')?.textContent !== '');
      expect(await live.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}${path}`);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
