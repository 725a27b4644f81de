/**
 * Page behaviour in a real browser, on every page type in both scripts:
 * the script switch, accessibility (axe-core), a 360 px phone, reading with
 * JavaScript off, and a console that stays empty.
 */
import { describe, expect, inject, it } from 'vitest';
import { langOf } from '../../src/i18n/scripts.ts';
import { axeViolations, pooledBrowser, pageTypes } from './browser.ts';

const baseUrl = inject('baseUrl');
const types = Object.entries(pageTypes('zh-hans'));
const both: [string, string][] = types.flatMap(([name, path]): [string, string][] => [
  [`${name} (zh-hans)`, path],
  [`${name} (zh-hant)`, path.replace('/zh-hans/', '/zh-hant/')],
]);

const { browser, open, done } = pooledBrowser(baseUrl);

describe.concurrent('script switch', () => {
  // Every page type once, half of them from each script (the twin of every route, both ways, is unit-tested in urls.test.ts).
  const hant = (path: string) => path.replace('/zh-hans/', '/zh-hant/');
  const switches = types.map(([name, path], i): [string, string, string] => (i % 2 === 0 ? [name, path, hant(path)] : [name, hant(path), path]));
  it.each(switches)('%s: %s lands on the same page in the other script, %s, and remembers it', async (_name, from, to) => {
    const { page, console } = await open(from);
    await page.click('a[data-script-switch]');
    await page.waitForURL(`${baseUrl}${to}`);
    const script = to.startsWith('/zh-hant/') ? 'zh-hant' : 'zh-hans';
    expect(await page.getAttribute('html', 'lang')).toBe(langOf(script));
    expect(await page.evaluate(() => localStorage.getItem('script'))).toBe(script);
    expect(console).toEqual([]);
    done(page);
  });

  it('keeps the anchor of an item on a document page', async () => {
    const { page } = await open('/zh-hans/work-list-2024-2028/#item-14');
    await page.click('a[data-script-switch]');
    await page.waitForURL(`${baseUrl}/zh-hant/work-list-2024-2028/#item-14`);
    expect(await page.evaluate(() => document.getElementById('item-14')?.matches(':target'))).toBe(true);
    done(page);
  });

  it.each([
    ['zh-TW', 'zh-hant'],
    ['zh-MO', 'zh-hant'],
    ['zh-CN', 'zh-hans'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['fr-FR', 'zh-hans'],
  ] as const)('sends a reader whose browser prefers %s from / to /%s/', async (locale, want) => {
    const context = await browser().newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/${want}/`);
    await context.close();
  });

  it('sends a reader from / to the script stored, before the browser language', async () => {
    const context = await browser().newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/zh-hant/`);
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/zh-hant/`);
    await context.close();
  });
});

describe.concurrent('accessibility and small screens', () => {
  const dark = both
    .filter(([name]) => /^(home|item|agency × pillar matrix|lineage map|search) /.test(name))
    .map(([name, path]): [string, string, boolean] => [`${name}, dark mode`, path, true]);
  // One page load per case: axe at desktop width, then (light mode) the same page narrowed to a 360 px phone.
  it.each([...both.map(([name, path]): [string, string, boolean] => [name, path, false]), ...dark])(
    '%s has no axe-core violations (and, in light mode, no horizontal scroll at 360 px)',
    async (_name, path, isDark) => {
      const { page, console } = await open(path, { dark: isDark });
      if (path.endsWith('/search/')) {
        await page.goto(`${baseUrl}${path}?q=${encodeURIComponent('合作')}`, { waitUntil: 'load' });
        await page.waitForSelector('[data-results] li');
      }
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      if (!isDark) {
        await page.setViewportSize({ width: 360, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'horizontal scroll at 360 px').toBeLessThanOrEqual(0);
      }
      expect(console).toEqual([]);
      done(page);
    },
  );
});

describe.concurrent('without JavaScript', () => {
  it.each(both.filter(([name]) => !name.startsWith('search')))('%s reads fully', async (_name, path) => {
    const { page } = await open(path, { javaScriptEnabled: false });
    const main = (await page.textContent('main')) ?? '';
    expect(main.replace(/\s/g, '').length).toBeGreaterThan(40);
    // Every link on the page points somewhere real (the link check covers the targets).
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => h && !h.startsWith('javascript:') && h !== '#')).toBe(true);
    done(page);
  });

  it('the search box is a plain form that reaches the search page, which offers browsing instead', async () => {
    const { page } = await open('/zh-hans/work-list-2024-2028/14/', { javaScriptEnabled: false });
    await page.fill('#site-search', '中医药');
    await Promise.all([page.waitForURL(/\/zh-hans\/search\/\?q=/), page.click('form[role=search] button[type=submit]')]);
    expect(decodeURIComponent(page.url())).toContain('q=中医药');
    expect(await page.textContent('main')).toContain('搜索需要启用 JavaScript');
    done(page);
  });

  it('/ shows both choices', async () => {
    const { page } = await open('/', { javaScriptEnabled: false });
    expect(await page.$$eval('a[data-script-choice]', (a) => a.map((x) => x.getAttribute('href')))).toEqual(['/zh-hans/', '/zh-hant/']);
    done(page);
  });
});
