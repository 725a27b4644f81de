/**
 * Search in a real browser against the built index: recall and precision on
 * queries computed from the open data (typed in either script, on both
 * sites), filters and facet counts, the URL round trip, keyboard use, the
 * live count, hostile input, and loading opencc-js only when needed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toSimplified } from '../../src/lib/convert.ts';
import { toTraditional } from '../../src/registry/conversion.ts';
import { allResultIds, launch, waitForSearch, watchConsole } from './browser.ts';
import { agencies, agencyOf, data, expectedIds, holdsWord, nestedRegistryNames, queries, searchableKeys, searchableText } from './search-expectations.ts';

const baseUrl = inject('baseUrl');
type Script = 'zh-hans' | 'zh-hant';
const LANG = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' } as const;

let browser: Browser;
let page: Page;
let consoleMessages: string[];
let requests: string[];
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
  consoleMessages = watchConsole(page);
  requests = [];
  page.on('request', (r) => requests.push(r.url()));
});
afterAll(() => browser?.close());

/** Waits for the search to settle and returns the status text. */
function settle(): Promise<string> {
  return waitForSearch(page);
}

/** Every result id (`<document>/<item>`), after showing all pages of results. */
const resultIds = () => allResultIds(page);

/**
 * Searches on a site's search page. When the page is already there with no
 * filters, the query goes through the page's own form (as a reader types and
 * presses Enter), which saves a page load; otherwise the URL is opened.
 */
async function searchFor(script: Script, query: string, extra = ''): Promise<{ status: string; ids: string[] }> {
  const here = new URL(page.url());
  const reusable = !extra && here.pathname === `/${script}/search/` && [...here.searchParams.keys()].every((k) => k === 'q');
  if (reusable && (await page.evaluate(() => document.querySelector('[data-search-app]')?.hasAttribute('data-ready') ?? false))) {
    // Submitting starts the search at once (aria-busy turns true before this returns), so settle() waits for it.
    await page.evaluate((q) => {
      const input = document.querySelector<HTMLInputElement>('[data-search-primary]')!;
      input.value = q;
      input.form!.requestSubmit();
    }, query);
  } else {
    await page.goto(`${baseUrl}/${script}/search/?q=${encodeURIComponent(query)}${extra}`);
  }
  const status = await settle();
  return { status, ids: await resultIds() };
}

const QUERIES = queries();

describe('recall and precision', () => {
  it('uses at least 30 queries computed from the export', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  for (const script of ['zh-hans', 'zh-hant'] as const) {
    const own = (q: string) => (script === 'zh-hant' ? toTraditional(q) : q);
    const other = (q: string) => (script === 'zh-hant' ? q : toTraditional(q));
    it.each(QUERIES)(`${script}: “%s” returns exactly the items that hold it, typed in either script`, async (query) => {
      const want = expectedIds(own(query), LANG[script]);
      expect(want.length, 'a query with no expected items tests nothing').toBeGreaterThan(0);
      const typedOwn = await searchFor(script, own(query));
      expect(typedOwn.ids).toEqual(want);
      expect(typedOwn.status).toContain(String(want.length));
      const typedOther = await searchFor(script, other(query));
      expect(typedOther.ids).toEqual(want);
    });
  }

  it('finds the same items on both sites', async () => {
    for (const query of ['中医药', '国家发展和改革委员会', '巴西', '友好城市']) {
      const hans = await searchFor('zh-hans', query);
      const hant = await searchFor('zh-hant', toTraditional(query));
      expect(hant.ids).toEqual(hans.ids);
    }
  });

  it('finds items by an agency alias and a place term', async () => {
    const ndrc = await searchFor('zh-hans', '国家发展和改革委员会');
    expect(ndrc.ids).toContain('work-list-2024-2028/2');
    const brazil = await searchFor('zh-hans', '巴西');
    expect(brazil.ids).toContain('work-list-2024-2028/41');
  });

  it('says clearly when nothing is found, with a way out', async () => {
    const { status, ids } = await searchFor('zh-hans', '量子计算机');
    expect(ids).toEqual([]);
    expect(status).toBe('没有找到相符的条目。');
    expect(await page.isVisible('[data-empty] a')).toBe(true);
  });

  // Words a journalist tried that the documents never use: each once returned unrelated items.
  it.each([
    ['zh-hans', '中东'],
    ['zh-hans', '央行'],
    ['zh-hans', '美國'],
    ['zh-hans', '高铁'],
    ['zh-hant', '歐洲'],
  ] as const)('%s: “%s” finds nothing, says why and suggests close registry names', async (script, query) => {
    expect(expectedIds(script === 'zh-hant' ? toTraditional(query) : toSimplified(query), LANG[script])).toEqual([]);
    const { status, ids } = await searchFor(script, query);
    expect(ids).toEqual([]);
    expect(status).toBe(script === 'zh-hans' ? '没有找到相符的条目。' : '沒有找到相符的條目。');
    expect(await page.isVisible('[data-none-help]')).toBe(true);
    expect(await page.textContent('[data-none-help]')).not.toMatch(/较短|較短/);
  });

  it('offers the registry names closest to an absent word as filters', async () => {
    await searchFor('zh-hans', '欧洲');
    const links = await page.$$eval('[data-closest-list] a', (l) => l.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links.map(([name]) => name)).toContain('欧盟');
    const eu = links.find(([name]) => name === '欧盟')!;
    await page.goto(new URL(eu[1]!, page.url()).href);
    await settle();
    expect(await resultIds()).toEqual(
      data.items
        .filter((i) => i.countries.includes('eu'))
        .map((i) => i.id)
        .sort(),
    );
  });

  it('says the filters are the reason when a query finds items outside them', async () => {
    const { ids } = await searchFor('zh-hans', '中医药', `&year=2018&document=${encodeURIComponent('2024—2028年《清单》')}`);
    expect(ids).toEqual([]);
    expect(await page.isVisible('[data-none-filtered]')).toBe(true);
    expect(await page.isVisible('[data-none-help]')).toBe(false);
  });
});

describe('filters', () => {
  const items = data.items;
  const canonical = (p: string) => agencyOf(p).name;
  const cases: [string, string, (i: (typeof items)[number]) => boolean][] = [
    ['agency=商务部', '', (i) => [...i.agencies.macao, ...i.agencies.mainland].map(canonical).includes('商务部')],
    ['agency=经济财政司', '', (i) => i.agencies.macao.map(canonical).includes('经济财政司')],
    ['country=巴西', '', (i) => i.countries.includes('BR')],
    ['country=葡语国家', '', (i) => i.countries.includes('lusophone')],
    ['pillar=资金融通', '', (i) => i.pillar === 'finance'],
    ['document=2023年重点工作', '', (i) => i.document === 'key-work-2023'],
    // An open-ended span (2018年起) counts up to the latest year any document covers.
    ['year=2026', '', (i) => i.years[0] <= 2026 && (i.years[1] ?? Math.max(...data.documents.map((d) => d.years[1] ?? d.years[0]))) >= 2026],
    ['year=2018', '', (i) => i.years[0] === 2018],
    [
      'agency=商务部&agency=外交部',
      'any of two agencies',
      (i) => [...i.agencies.macao, ...i.agencies.mainland].map(canonical).some((a) => a === '商务部' || a === '外交部'),
    ],
    ['pillar=民心相通&country=葡语国家', 'two filters together', (i) => i.pillar === 'people' && i.countries.includes('lusophone')],
    [
      'document=2024—2028年《清单》&year=2026&agency=社会文化司',
      'three filters together',
      (i) => i.document === 'work-list-2024-2028' && i.agencies.macao.includes('社会文化司'),
    ],
  ];
  it.each(cases)('%s %s matches the export', async (filter, _note, predicate) => {
    const extra = `&${filter
      .split('&')
      .map((kv) => kv.split('=').map(encodeURIComponent).join('='))
      .join('&')}`;
    const { ids, status } = await searchFor('zh-hans', '', extra);
    const want = items
      .filter(predicate)
      .map((i) => i.id)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    expect(ids).toEqual(want);
    expect(status).toContain(String(want.length));
  });

  it('combines a query with a filter, with facet counts from the results', async () => {
    const { ids } = await searchFor('zh-hans', '中医药', `&document=${encodeURIComponent('2024—2028年《清单》')}`);
    const want = expectedIds('中医药', 'zh-Hans').filter((id) => id.startsWith('work-list-2024-2028/'));
    expect(ids).toEqual(want);
    const count = await page.textContent(`label:has(input[name=agency][value="${agencyOf('国家中医药局').slug}"]) .count`);
    const withAgency = want.filter((id) => {
      const item = items.find((i) => i.id === id)!;
      return [...item.agencies.macao, ...item.agencies.mainland].map(canonical).includes('国家中医药局');
    });
    expect(count).toBe(`(${withAgency.length})`);
  });

  it('reads old URLs with Chinese filter values in either script, and rewrites them with ids', async () => {
    for (const [script, value] of [
      ['zh-hant', '商务部'],
      ['zh-hans', '商務部'],
      ['zh-hant', '商務部'],
    ] as const) {
      const { ids } = await searchFor(script, '', `&agency=${encodeURIComponent(value)}`);
      expect(ids).toEqual(
        items
          .filter((i) => [...i.agencies.macao, ...i.agencies.mainland].map(canonical).includes('商务部'))
          .map((i) => i.id)
          .sort(),
      );
      expect(new URL(page.url()).search).toBe('?agency=mofcom');
      expect(await page.isChecked('input[name=agency][value="mofcom"]')).toBe(true);
    }
  });

  it('carries the query and filters through the script switch, the query shown converted', async () => {
    const ofNatcm = (id: string) => {
      const item = items.find((i) => i.id === id)!;
      return [...item.agencies.macao, ...item.agencies.mainland].some((p) => agencyOf(p).slug === 'natcm');
    };
    const hans = await searchFor('zh-hans', '中医药', '&agency=natcm');
    expect(hans.ids).toEqual(expectedIds('中医药', 'zh-Hans').filter(ofNatcm));
    await Promise.all([page.waitForURL(/\/zh-hant\/search\//), page.click('a[data-script-switch]')]);
    await settle();
    expect(await page.inputValue('#search-page-input')).toBe('中醫藥');
    expect(new URL(page.url()).searchParams.get('q')).toBe('中醫藥');
    expect(await page.isChecked('input[name=agency][value="natcm"]')).toBe(true);
    expect(await resultIds()).toEqual(hans.ids);
    // And back, from an old URL with a Chinese filter value.
    await searchFor('zh-hant', '金融', `&agency=${encodeURIComponent('商務部')}`);
    await Promise.all([page.waitForURL(/\/zh-hans\/search\//), page.click('a[data-script-switch]')]);
    await settle();
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('金融')}&agency=mofcom`);
    expect(await resultIds()).toEqual(
      expectedIds('金融', 'zh-Hans').filter((id) => items.find((i) => i.id === id)!.agencies.mainland.some((p) => agencyOf(p).slug === 'mofcom')),
    );
  });

  it('shows filter values in the page’s script', async () => {
    await searchFor('zh-hant', '', `&country=${encodeURIComponent('巴西')}`);
    const legends = await page.$$eval('[data-filter-groups] legend', (l) => l.map((x) => x.textContent));
    expect(legends).toEqual(['文件', '領域', '負責單位', '國家或地區', '年份']);
    expect(await page.isChecked(`input[name=country][value="BR"]`)).toBe(true);
    expect(await page.$$eval('[data-filter-groups] label span:first-of-type', (s) => s.map((x) => x.textContent).join(''))).toContain('經濟財政司');
  });
});

describe('registry names', () => {
  const nested = nestedRegistryNames('zh-Hans');
  it('knows the nested pairs of registry names', () => {
    expect(nested).toContainEqual(['南亚', '东南亚']);
  });

  it.each(nested)('“%s” does not count inside “%s”, on both sites', async (inner, outer) => {
    for (const [script, lang] of [
      ['zh-hans', 'zh-Hans'],
      ['zh-hant', 'zh-Hant'],
    ] as const) {
      const own = (q: string) => (lang === 'zh-Hant' ? toTraditional(q) : q);
      const pairs = nestedRegistryNames(lang);
      // Items that hold the inner name only as part of the outer one.
      const onlyInside = data.items
        .filter((i) => searchableText(i, lang).includes(own(inner)) && !holdsWord(searchableText(i, lang), own(inner), pairs))
        .map((i) => i.id);
      if (inner === '南亚') expect(onlyInside.length, `some item holds “${outer}”`).toBeGreaterThan(0);
      const { ids } = await searchFor(script, own(inner));
      expect(ids).toEqual(expectedIds(own(inner), lang));
      expect(ids.filter((id) => onlyInside.includes(id))).toEqual([]);
      expect((await searchFor(script, own(outer))).ids).toEqual(expectedIds(own(outer), lang));
    }
  });

  it('finds the South Asia item for 南亚, says it read a place, and offers the filter', async () => {
    const { ids } = await searchFor('zh-hans', '南亚');
    expect(ids).toEqual(['arrangement-2018/18']);
    // The excerpt marks 南亚 itself, never the 南亚 of 东南亚.
    const marks = await page.$$eval('[data-results] .excerpt mark', (ms) => ms.map((m) => [m.textContent, m.previousSibling?.textContent?.slice(-1) ?? '']));
    expect(marks.length).toBeGreaterThan(0);
    for (const [mark, before] of marks) expect(`${before}${mark}`).not.toContain('东南亚');
    expect(await page.textContent('[data-entity] span')).toContain('南亚');
    expect(await page.getAttribute('[data-entity] a', 'href')).toBe('?country=south-asia');
  });

  const shortForms = agencies.flatMap((a) => a.short.map((s): [string, string] => [s, a.slug]));
  it.each(shortForms)('the short form “%s” finds the items of %s', async (short, slug) => {
    const ofBody = data.items.filter((i) => [...i.agencies.macao, ...i.agencies.mainland].some((p) => agencyOf(p).slug === slug)).map((i) => i.id);
    for (const [script, lang] of [
      ['zh-hans', 'zh-Hans'],
      ['zh-hant', 'zh-Hant'],
    ] as const) {
      const query = lang === 'zh-Hant' ? toTraditional(short) : short;
      const { ids } = await searchFor(script, query);
      expect(ids).toEqual(expectedIds(query, lang));
      for (const id of ofBody) expect(ids).toContain(id);
      expect(await page.isVisible('[data-entity]')).toBe(true);
    }
  });

  it('finds by 发改委 every item that names the commission, in full or short', async () => {
    const names = ['国家发展和改革委员会', '国家发展改革委'];
    const naming = data.items.filter((i) => names.some((n) => searchableText(i, 'zh-Hans').includes(n))).map((i) => i.id);
    expect(naming.length).toBeGreaterThanOrEqual(8);
    expect((await searchFor('zh-hans', '发改委')).ids).toEqual(naming.sort());
  });
});

describe('results worth reading', () => {
  it.each(['金融', '旅游', '青年', '中医药'])('ranks “%s”: matches in registered names or opening words first, then document order', async (query) => {
    await searchFor('zh-hans', query);
    await resultIds();
    const shown = await page.$$eval('[data-results] > li > a', (links) =>
      links.map((a) =>
        a
          .getAttribute('href')!
          .replace(/^\/zh-hans\//, '')
          .replace(/\/$/, ''),
      ),
    );
    const nested = nestedRegistryNames('zh-Hans');
    // The opening words: the text up to the first full stop, semicolon, colon or line end, at most 40 characters.
    const opening = (t: string) => [...(t.split(/[。；：\n]/u)[0] ?? '')].slice(0, 40).join('');
    const want = new Set(expectedIds(query, 'zh-Hans'));
    const inOrder = data.items.filter((i) => want.has(i.id));
    const prominent = (i: (typeof inOrder)[number]) =>
      holdsWord(searchableKeys(i, 'zh-Hans'), query, nested) || holdsWord(opening(i.text['zh-Hans']), query, nested);
    const expected = [...inOrder.filter(prominent), ...inOrder.filter((i) => !prominent(i))].map((i) => i.id);
    expect(inOrder.some(prominent) && inOrder.some((i) => !prominent(i)), 'both kinds of match occur').toBe(true);
    expect(shown).toEqual(expected);
  });

  it('titles each result with the document, item number and opening words, marks the match and labels agencies and places', async () => {
    await searchFor('zh-hans', '中医药');
    const first = page.locator('[data-results] > li').first();
    const href = (await first.locator('a').getAttribute('href'))!;
    const item = data.items.find((i) => href.endsWith(`/${i.id}/`))!;
    const title = (await first.locator('a').textContent())!;
    expect(title).toContain(item.number);
    expect(title).toContain(item.text['zh-Hans'].slice(0, 6));
    expect(await first.locator('.excerpt mark').first().textContent()).toBe('中医药');
    const agencyLabels = await first.locator('.labels.agencies li').allTextContents();
    expect(agencyLabels).toEqual([...new Set([...item.agencies.macao, ...item.agencies.mainland].map((p) => agencyOf(p).name))]);
  });
});

describe('facet counts', () => {
  type Item = (typeof data.items)[number];
  // An open-ended span ("2018年起") counts for every year up to the latest any item covers.
  const latest = Math.max(...data.items.map((i) => i.years[1] ?? i.years[0]));
  /** An item's filter values as ids, computed from the export. */
  const valuesOf = (i: Item): Record<string, string[]> => ({
    document: [i.document],
    pillar: [i.pillar],
    agency: [...new Set([...i.agencies.macao, ...i.agencies.mainland, ...i.agencies['hong-kong']].map((p) => agencyOf(p).slug))],
    country: i.countries,
    year: Array.from({ length: (i.years[1] ?? Math.max(i.years[0], latest)) - i.years[0] + 1 }, (_, k) => String(i.years[0] + k)),
  });
  /** Faceted counts: the query and every other group's filters applied, the group's own selection not. */
  function expectedCounts(query: string, filters: Record<string, string[]>): Record<string, number> {
    const base = query ? new Set(expectedIds(query, 'zh-Hans')) : new Set(data.items.map((i) => i.id));
    const counts: Record<string, number> = {};
    for (const key of ['document', 'pillar', 'agency', 'country', 'year']) {
      const pool = data.items.filter(
        (i) => base.has(i.id) && Object.entries(filters).every(([k, vs]) => k === key || vs.some((v) => valuesOf(i)[k]!.includes(v))),
      );
      for (const i of pool) for (const v of new Set(valuesOf(i)[key])) counts[`${key}=${v}`] = (counts[`${key}=${v}`] ?? 0) + 1;
    }
    return counts;
  }
  const cases: [string, string, Record<string, string[]>][] = [
    ['a query alone', '金融', {}],
    ['a one-character query alone', '部', {}],
    ['a filter alone', '', { agency: ['mofcom'] }],
    ['a query and filters in two groups', '金融', { agency: ['mofcom'], document: ['work-list-2024-2028'] }],
    ['a query of two words and a filter', '金融 合作', { pillar: ['finance'] }],
  ];
  it.each(cases)('match counts computed from the export: %s', async (_name, query, filters) => {
    const extra = Object.entries(filters)
      .flatMap(([k, vs]) => vs.map((v) => `&${k}=${v}`))
      .join('');
    await searchFor('zh-hans', query, extra);
    const shown = await page.$$eval('[data-filter-groups] input', (boxes) =>
      boxes.map((b) => [`${(b as HTMLInputElement).name}=${(b as HTMLInputElement).value}`, b.parentElement!.querySelector('.count')!.textContent]),
    );
    const want = expectedCounts(query, filters);
    expect(Object.values(want).some((n) => n > 0)).toBe(true);
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(shown.map(([k]) => [k, `(${want[k!] ?? 0})`])));
  });
});

describe('on a phone (360 px)', () => {
  it.each(['', '金融'])('has one search box, the filters folded above the results with a jump to them, and no blank gap (query “%s”)', async (query) => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${baseUrl}/zh-hans/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
    await phone.waitForSelector('[data-search-app][data-ready]');
    if (query) await phone.waitForSelector('[data-results] li');
    expect(await phone.locator('input[type=search]').count()).toBe(1);
    expect(await phone.isVisible('.search-keys')).toBe(false);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The filters, first in the page, are folded away, so the results come into view at once; no reserved blank area.
    expect(await phone.evaluate(() => document.querySelector<HTMLDetailsElement>('[data-filters-panel]')!.open)).toBe(false);
    const layout = await phone.evaluate(() => {
      const results = document.querySelector('.results')!.getBoundingClientRect();
      const shown = [...document.querySelectorAll('.results > *')].filter((e) => e.getBoundingClientRect().height > 0);
      return {
        resultsTop: results.top,
        blank: results.bottom - shown.at(-1)!.getBoundingClientRect().bottom,
        firstResult: document.querySelector('[data-results] li')?.getBoundingClientRect().top ?? null,
      };
    });
    expect(layout.resultsTop).toBeLessThan(740);
    expect(layout.blank).toBeLessThan(40);
    if (query) expect(layout.firstResult).toBeLessThan(740);
    // The link at the top of the results reaches the filters and unfolds them.
    const jump = phone.locator('.results a[href="#filters-heading"]');
    expect((await jump.boundingBox())!.y).toBeLessThan(740);
    await jump.click();
    await phone.waitForFunction(() => Math.abs(document.getElementById('filters-heading')!.getBoundingClientRect().top) < 10);
    expect(await phone.evaluate(() => document.querySelector<HTMLDetailsElement>('[data-filters-panel]')!.open)).toBe(true);
    expect(await phone.isVisible('[data-filter-groups] input >> nth=0')).toBe(true);
    await phone.close();
  });
});

describe('the search page before its app runs', () => {
  it.each([
    ['?q=金融', true],
    ['?agency=mofcom', true],
    ['', false],
  ])('keeps room for the results the address %s asks for (%s) until the app shows them, so the footer does not move', async (search, asked) => {
    const phone = await browser.newPage({ viewport: { width: 412, height: 823 } });
    // The search app held back: the page as first drawn.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await phone.route(/\/_astro\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts hold DOMContentLoaded back: wait for the page's last element instead.
    await phone.goto(`${baseUrl}/zh-hans/search/${search}`, { waitUntil: 'commit' });
    await phone.waitForSelector('body > footer', { state: 'attached' });
    const footerTop = () => phone.evaluate(() => document.querySelector('body > footer')!.getBoundingClientRect().top);
    const awaiting = () => phone.evaluate(() => document.documentElement.hasAttribute('data-search-awaiting'));
    expect(await awaiting()).toBe(asked);
    if (asked) expect(await footerTop()).toBeGreaterThanOrEqual(823);
    release();
    await phone.waitForSelector('[data-search-app][data-ready]');
    expect(await awaiting()).toBe(false);
    if (asked) await phone.waitForSelector('[data-results] li');
    await phone.close();
  });
});

describe('the search page', () => {
  it('writes the query and filters to the URL as you type, restores them, and the back button works', async () => {
    await page.goto(`${baseUrl}/zh-hans/search/`);
    await page.waitForSelector('[data-search-app][data-ready]');
    await page.fill('#search-page-input', '旅游');
    await page.waitForURL(/q=%E6%97%85%E6%B8%B8/);
    await settle();
    await page.check(`input[name=pillar][value="people"]`);
    await page.waitForURL(/pillar=/);
    await settle();
    const filtered = await resultIds();
    expect(filtered).toEqual(expectedIds('旅游', 'zh-Hans').filter((id) => data.items.find((i) => i.id === id)!.pillar === 'people'));
    await page.reload();
    await settle();
    expect(await page.inputValue('#search-page-input')).toBe('旅游');
    expect(await page.isChecked(`input[name=pillar][value="people"]`)).toBe(true);
    expect(await resultIds()).toEqual(filtered);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('pillar='));
    await settle();
    expect(await resultIds()).toEqual(expectedIds('旅游', 'zh-Hans'));
  });

  it('is usable from the keyboard: / focuses the box, arrows move, Enter opens', async () => {
    await page.goto(`${baseUrl}/zh-hans/work-list-2024-2028/14/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await searchFor('zh-hans', '丝路基金');
    await page.click('h1');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toMatch(/^\/zh-hans\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await Promise.all([page.waitForURL(`${baseUrl}${first}`), page.keyboard.press('Enter')]);
  });

  it('announces the number of results in a live region', async () => {
    await searchFor('zh-hans', '青年');
    expect(await page.getAttribute('[data-status]', 'role')).toBe('status');
    expect(await page.textContent('[data-status]')).toBe(`找到 ${expectedIds('青年', 'zh-Hans').length} 项`);
  });

  it('shows a query made of HTML and script as text, never as markup', async () => {
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    const attack = '<img src=x onerror=alert(1)><script>alert(2)</script>"\'&amp;';
    const { ids } = await searchFor('zh-hans', attack);
    expect(ids).toEqual([]);
    expect(await page.inputValue('#search-page-input')).toBe(attack);
    expect(await page.$$eval('main img, main script:not([src])', (n) => n.length)).toBe(0);
    expect(dialog).toBe(false);
  });

  it('loads opencc-js only for a query in the other script', async () => {
    await page.goto('about:blank');
    requests.length = 0;
    await searchFor('zh-hans', '中医药');
    expect(requests.some((r) => /\/_astro\/(core|hk|tw|cn)\./.test(r))).toBe(false);
    await searchFor('zh-hans', '中醫藥');
    expect(requests.some((r) => /\/_astro\/core\./.test(r))).toBe(true);
  });

  it('keeps the console empty', () => {
    expect(consoleMessages).toEqual([]);
  });
});

describe('query conversion', () => {
  it('turns Hong Kong and Taiwan forms into the site’s Macao forms', async () => {
    const { ids } = await searchFor('zh-hant', toSimplified('衞生健康委'));
    expect(ids).toEqual(expectedIds('衛生健康委', 'zh-Hant'));
    const taiwan = await searchFor('zh-hant', '服務平臺');
    expect(taiwan.ids).toEqual(expectedIds('服務平台', 'zh-Hant'));
  });
});
