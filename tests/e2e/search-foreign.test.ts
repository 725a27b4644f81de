/**
 * Readers who don't read Chinese search by the Portuguese and English names of
 * bodies and places (and their acronyms), with accents optional and case
 * ignored, on both Chinese sites; a Latin word that names nothing gets an
 * honest empty state pointing to the Portuguese and English pages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allResultIds, launch, waitForSearch } from './browser.ts';
import { agencyOf, data, expectedIds } from './search-expectations.ts';

const baseUrl = inject('baseUrl');
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

/** Result ids of a query on a site, every page of results shown. */
async function search(script: 'zh-hans' | 'zh-hant', query: string): Promise<string[]> {
  await page.goto(`${baseUrl}/${script}/search/?q=${encodeURIComponent(query)}`);
  await waitForSearch(page);
  return allResultIds(page);
}

/** Items tagged with a place, from the export. */
const ofPlace = (id: string) => data.items.filter((i) => i.countries.includes(id)).map((i) => i.id);
/** Items listing a body among their responsible bodies, from the export. */
const ofBody = (slug: string) =>
  data.items.filter((i) => [...i.agencies.macao, ...i.agencies.mainland, ...i.agencies['hong-kong']].some((p) => agencyOf(p).slug === slug)).map((i) => i.id);

describe('names in Portuguese and English', () => {
  // Each query with the items it must find at least (its place or body), and exactly what the export says holds it.
  const cases: [string, string[]][] = [
    ['Brazil', ofPlace('BR')],
    ['Brasil', ofPlace('BR')],
    ['BRASIL', ofPlace('BR')],
    ['Ministério do Comércio', ofBody('mofcom')],
    ['ministerio do comercio', ofBody('mofcom')],
    ['MOFCOM', ofBody('mofcom')],
    ['mofcom', ofBody('mofcom')],
    ['DSEDT', ofBody('dsedt')],
    ['Lusophone', ofPlace('lusophone')],
    ['países de língua portuguesa', ofPlace('lusophone')],
    ['paises de lingua portuguesa', ofPlace('lusophone')],
  ];

  for (const script of ['zh-hans', 'zh-hant'] as const) {
    it.each(cases)(`${script}: “%s” finds the items of that place or body, and exactly what holds it`, async (query, atLeast) => {
      expect(atLeast.length).toBeGreaterThan(0);
      const ids = await search(script, query);
      expect(ids).toEqual(expectedIds(query, script === 'zh-hans' ? 'zh-Hans' : 'zh-Hant'));
      expect(ids).toEqual(expect.arrayContaining(atLeast));
    });
  }

  it('reads accents as optional and case as nothing: each spelling finds the same items', async () => {
    expect(await search('zh-hans', 'Ministerio do Comercio')).toEqual(await search('zh-hans', 'MINISTÉRIO DO COMÉRCIO'));
  });

  it.each(['zh-hans', 'zh-hant'] as const)(
    '%s: a Latin word that names nothing finds nothing and points to the Portuguese and English pages',
    async (script) => {
      const ids = await search(script, 'xylophone');
      expect(ids).toEqual([]);
      expect(expectedIds('xylophone', 'zh-Hans')).toEqual([]);
      const links = await page.$$eval('[data-foreign]:not([hidden]) a', (as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('lang')]));
      expect(links).toEqual([
        ['/pt/', 'pt'],
        ['/en/', 'en'],
      ]);
    },
  );

  it('does not point a Chinese query that finds nothing to them', async () => {
    await search('zh-hans', '中东');
    expect(await page.isVisible('[data-foreign]')).toBe(false);
  });
});
