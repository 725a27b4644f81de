/**
 * The Portuguese and English entry pages in a real browser: axe, a 360 px
 * phone, JavaScript off, the path from /pt/ to every item concerning Brazil,
 * names in the page's language, and hreflang alternates both ways.
 * Expected items and names come from items.json and the registry files, not
 * from the pages' code.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import type { OpenData } from '../../src/lib/open-data.ts';
import { readPage } from '../helpers/html.ts';
import { axeViolations, pooledBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const data = JSON.parse(readFileSync('dist/data/items.json', 'utf8')) as OpenData;
const yaml = (file: string) => parseYaml(readFileSync(file, 'utf8')) as unknown;
type Place = { id: string; pt: string; en: string; memberOf?: string[] };
const places = (yaml('content/registry/places.yml') as { places: Place[] }).places;
const agencies = yaml('content/registry/agencies.yml') as { slug: string; pt: string; en: string; acronyms?: string[] }[];
const pathOf = (url: string) => new URL(url, 'https://any.example').pathname;

const pages: [string, string][] = [
  ['pt home', '/pt/'],
  ['en home', '/en/'],
  ['pt place', '/pt/places/BR/'],
  ['en agency', '/en/agencies/mofcom/'],
  ['pt pillar', '/pt/pillars/finance/'],
  ['en year', '/en/years/2026/'],
];

const { open, done } = pooledBrowser(baseUrl);

describe.concurrent('Portuguese and English pages in the browser', () => {
  it.each([...pages.map(([n, p]): [string, string, boolean] => [n, p, false]), ['pt home, dark mode', '/pt/', true] as [string, string, boolean]])(
    '%s has no axe-core violations',
    async (_name, path, dark) => {
      const { page, console } = await open(path, { dark });
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      expect(console).toEqual([]);
      done(page);
    },
  );

  it.each(pages)('%s has no horizontal scroll at 360 px', async (_name, path) => {
    const { page } = await open(path, { width: 360 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    done(page);
  });

  it.each(pages)('%s reads fully without JavaScript, in its language', async (_name, path) => {
    const { page } = await open(path, { javaScriptEnabled: false });
    const lang = path.slice(1, 3);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(((await page.textContent('main')) ?? '').replace(/\s/g, '').length).toBeGreaterThan(100);
    // Every Chinese text on the page is marked as such.
    const unmarked = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (/\p{Script=Han}/u.test(n.textContent ?? '') && !n.parentElement!.closest('[lang^="zh"]')) out.push(n.textContent!);
      }
      return out;
    });
    expect(unmarked).toEqual([]);
    done(page);
  });

  it('a phone reader goes from /pt/ to every item concerning Brazil in one tap, and to an item page in a second', async () => {
    const brazil = places.find((p) => p.id === 'BR')!;
    const concerning = data.items.filter((i) => i.countries.includes('BR') || (brazil.memberOf ?? []).some((g) => i.countries.includes(g)));
    expect(concerning.length).toBeGreaterThan(40);
    const { page } = await open('/pt/', { width: 360, javaScriptEnabled: false });
    await Promise.all([page.waitForURL(`${baseUrl}/pt/places/BR/`), page.getByRole('link', { name: 'Brasil', exact: true }).tap()]);
    const links = await page.$$eval('main a[hreflang="zh-Hans"]', (as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent ?? '' })));
    const itemLinks = links.filter((l) => /^\/zh-hans\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(l.href) && !l.href.includes('/places/'));
    expect(new Set(itemLinks.map((l) => l.href))).toEqual(new Set(concerning.map((i) => pathOf(i.urls['zh-Hans']))));
    for (const l of itemLinks) expect(l.text).toContain('(texto em chinês)');
    const first = itemLinks[0]!;
    await Promise.all([page.waitForURL(`${baseUrl}${first.href}`), page.locator(`main a[href="${first.href}"]`).first().tap()]);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    done(page);
  });

  it('/ offers Português and English without JavaScript', async () => {
    const { page } = await open('/', { javaScriptEnabled: false });
    const choices = await page.$$eval('a[data-lang-choice]', (a) => a.map((x) => [x.getAttribute('href'), x.closest('[lang]')!.getAttribute('lang')]));
    expect(choices).toEqual([
      ['/pt/', 'pt'],
      ['/en/', 'en'],
    ]);
    done(page);
  });
});

describe('names and links on the built pages', () => {
  const alternates = (path: string) =>
    Object.fromEntries([...readPage(path).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));

  it('links every page both ways with hreflang alternates', () => {
    const all = { 'zh-Hans': '/zh-hans/places/BR/', 'zh-Hant': '/zh-hant/places/BR/', pt: '/pt/places/BR/', en: '/en/places/BR/', 'x-default': '/' };
    for (const path of ['/pt/places/BR/', '/en/places/BR/', '/zh-hans/places/BR/', '/zh-hant/places/BR/']) expect(alternates(path)).toEqual(all);
    expect(alternates('/zh-hans/')).toMatchObject({ pt: '/pt/', en: '/en/' });
    expect(alternates('/pt/')).toMatchObject({ 'zh-Hans': '/zh-hans/', 'zh-Hant': '/zh-hant/', en: '/en/' });
    expect(alternates('/')).toMatchObject({ pt: '/pt/', en: '/en/' });
    // A page with no foreign twin names none.
    expect(alternates('/zh-hans/work-list-2024-2028/14/')).not.toHaveProperty('pt');
  });

  it('names every place and agency in the page’s language, as the registry gives it', () => {
    for (const p of places) {
      expect(readPage(`/pt/places/${p.id}/`)).toContain(`<h1>${p.pt}</h1>`);
      expect(readPage(`/en/places/${p.id}/`)).toContain(`<h1>${p.en}</h1>`);
    }
    for (const a of agencies) {
      const acr = a.acronyms?.length ? ` (${a.acronyms.join(', ')})` : '';
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
      const html = readPage(`/en/agencies/${a.slug}/`);
      expect(html.includes(`<h1>${esc(a.en + acr)}</h1>`) || html.includes(`<h1>${a.en + acr}</h1>`), a.slug).toBe(true);
    }
  });

  it('lists the four documents with their Chinese and translated titles, years and item counts', () => {
    const html = readPage('/en/');
    for (const d of data.documents) {
      expect(html).toContain(`<p lang="zh-Hans">${d.title['zh-Hans']}</p>`);
      const count = data.items.filter((i) => i.document === d.id).length;
      expect(html).toContain(`${count} items`);
    }
    expect(html).toContain('Years: from 2018');
    expect(html).toContain('Years: 2024–2028');
  });
});
