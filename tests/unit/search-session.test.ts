/**
 * The search page's searches over time (src/scripts/search/session.ts)
 * without a browser: a fake Pagefind answers exact phrase searches over the
 * real index tokens (src/lib/search-tokens.ts), a recording screen stands in
 * for the page, and the expected results are computed by plain substring
 * search and filtering of generated items.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchConfig } from '../../src/lib/search-records.ts';
import { indexContent, zoneTokens } from '../../src/lib/search-tokens.ts';
import type { SearchIndex } from '../../src/scripts/search/index-access.ts';
import type { Filters, Pagefind, PagefindResult, PagefindSearch } from '../../src/scripts/search/match.ts';
import { SearchSession, type Screen } from '../../src/scripts/search/session.ts';
import type { SearchState } from '../../src/scripts/search/state.ts';
import type { FilterOption } from '../../src/scripts/search/suggest.ts';
import type { FiltersView, ResultView, SummaryView } from '../../src/scripts/search/view.ts';

interface Item {
  url: string;
  text: string;
  filters: Record<string, string[]>;
}

/** Results per page, as the README states (one page of result data at most before results show). */
const PAGE = 20;
const KEYS = ['document', 'year'] as const;
const VALUES: Record<(typeof KEYS)[number], string[]> = { document: ['a', 'b'], year: ['2024', '2025', '2026'] };
const STRINGS = { count: '{count} 项', none: '无', shown: '{shown}/{total}', readAs: '按{query}', asAgency: '', asPlace: '', entityFilter: '' };

/** Whether an item carries every chosen filter (any value within a filter). */
const passes = (item: Item, filters: Filters) => Object.entries(filters).every(([k, { any }]) => (item.filters[k] ?? []).some((v) => any.includes(v)));

/** A Pagefind over items: exact phrase search on the real tokens (the page gives it no filters; it filters from `values`); `delay` holds back result data. */
function fakePagefind(items: Item[], delay: (url: string) => Promise<void> = () => Promise.resolve()): Pagefind {
  const tokens = items.map((item) => indexContent([], zoneTokens(item.text, []), 0).split(' '));
  const search = (term: string | null, o: { filters: Filters }): Promise<PagefindSearch> => {
    const words = term?.replace(/"/g, '').split(' ') ?? [];
    const results: PagefindResult[] = [];
    items.forEach((item, i) => {
      if (!passes(item, o.filters)) return;
      const at = tokens[i]!.flatMap((_, p) => (words.every((w, k) => tokens[i]![p + k] === w) ? [p] : []));
      if (term !== null && at.length === 0) return;
      const data = async () => {
        await delay(item.url);
        return { url: item.url, meta: { title: item.url, agencies: '', places: '', text: item.text }, filters: item.filters };
      };
      results.push({ id: item.url, score: 1, words: at.length ? at : [0], data });
    });
    const counts: Record<string, Record<string, number>> = {};
    for (const key of KEYS)
      for (const r of results) for (const v of items.find((x) => x.url === r.id)!.filters[key] ?? []) (counts[key] ??= {})[v] = (counts[key][v] ?? 0) + 1;
    return Promise.resolve({ results, filters: counts, totalFilters: counts });
  };
  return { options: () => Promise.resolve(), preload: () => Promise.resolve(), search };
}

/** What the page would show, as a session's screen records it. */
interface Recorded {
  shown: ResultView[];
  status: string;
  more: boolean;
  busy: boolean;
  blanked: number;
  summaryView: SummaryView | null;
  filtersView: FiltersView | null;
  focused: ResultView | undefined;
}

/** A screen that records what the page would show. */
function recordingScreen(): { r: Recorded; screen: Screen<ResultView> } {
  const r: Recorded = { shown: [], status: '', more: false, busy: false, blanked: 0, summaryView: null, filtersView: null, focused: undefined };
  const screen: Screen<ResultView> = {
    busy: (on) => (r.busy = on),
    query: () => {},
    blank: () => {
      r.blanked++;
      r.status = '';
      r.summaryView = null;
    },
    summary: (view) => {
      r.summaryView = view;
      r.status = view.status;
    },
    rows: (views, mode) => {
      r.shown = mode === 'replace' ? [...views] : [...r.shown, ...views];
      return views;
    },
    more: (shown) => (r.more = shown),
    status: (text) => (r.status = text),
    filters: (view) => (r.filtersView = view),
    focusFirst: (rows) => (r.focused = rows[0]),
  };
  return { r, screen };
}

const CONFIG: SearchConfig = { chars: '', chars2t: {}, pairs2t: {}, nested: [], zone: 0, entities: {}, otherLabels: {} };

function session(items: Item[], state: SearchState, pagefind = fakePagefind(items)) {
  const { r: recorder, screen } = recordingScreen();
  const index: SearchIndex = {
    script: 'zh-hans',
    pagefind,
    config: { ...CONFIG, chars: [...new Set(items.flatMap((i) => [...i.text]))].join('') },
    // Each result's filter values, as the build writes them (result-filters.json).
    values: new Map(items.map((i) => [i.url, i.filters])),
  };
  const options: FilterOption[] = KEYS.flatMap((key) =>
    VALUES[key].map((value) => ({ key, value, label: value, total: items.filter((i) => i.filters[key]!.includes(value)).length })),
  );
  const s = new SearchSession(index, screen, { keys: KEYS, options, strings: STRINGS }, state);
  return { s, recorder, options };
}

const item = fc.record({
  text: fc.array(fc.constantFrom(...'中国澳门合作金融'), { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')),
  document: fc.constantFrom(...VALUES.document),
  years: fc.subarray(VALUES.year, { minLength: 1 }),
});
const corpus = fc
  .integer({ min: 1, max: 70 })
  .chain((n) => fc.array(item, { minLength: n, maxLength: n }))
  .map((xs) => xs.map((x, i): Item => ({ url: `/zh-hans/i/${i}/`, text: x.text, filters: { document: [x.document], year: x.years } })));
const query = fc.array(fc.constantFrom(...'中国澳门合作金融'), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
const chosen = fc.record({ document: fc.subarray(VALUES.document), year: fc.subarray(VALUES.year) });

describe('search session', () => {
  it('shows exactly the items that hold the query and pass the filters, a page at a time, in document order (property)', async () => {
    await fc.assert(
      fc.asyncProperty(corpus, query, chosen, async (items, q, filters) => {
        const { s, recorder } = session(items, { q, filters });
        const expected = items.filter(
          (i) => i.text.includes(q) && KEYS.every((k) => filters[k].length === 0 || i.filters[k]!.some((v) => filters[k].includes(v))),
        );
        await s.search();
        expect(recorder.shown.map((r) => r.href)).toEqual(expected.slice(0, PAGE).map((i) => i.url));
        expect(recorder.status).toBe(expected.length ? `${expected.length} 项` : '无');
        expect(recorder.summaryView?.empty === null).toBe(expected.length > 0);
        expect(recorder.busy).toBe(false);
        let pages = 1;
        while (recorder.more) {
          await s.more();
          pages++;
          expect(recorder.focused?.href).toBe(expected[(pages - 1) * PAGE]!.url);
          expect(recorder.status).toBe(`${Math.min(pages * PAGE, expected.length)}/${expected.length}`);
        }
        expect(recorder.shown.map((r) => r.href)).toEqual(expected.map((i) => i.url));
        expect(pages).toBe(Math.max(1, Math.ceil(expected.length / PAGE)));
      }),
      { numRuns: 150 },
    );
  });

  it("counts each filter value among the items that match the query and the other groups' filters (property)", async () => {
    await fc.assert(
      fc.asyncProperty(corpus, query, chosen, async (items, q, filters) => {
        const { s, recorder, options } = session(items, { q, filters });
        await s.search();
        const holds = items.filter((i) => i.text.includes(q));
        const found = holds.filter((i) => KEYS.every((k) => filters[k].length === 0 || i.filters[k]!.some((v) => filters[k].includes(v))));
        if (found.length === 0 && holds.length === 0) return;
        const view = recorder.filtersView!;
        options.forEach((o, n) => {
          const others = holds.filter((i) => KEYS.every((k) => k === o.key || filters[k].length === 0 || i.filters[k]!.some((v) => filters[k].includes(v))));
          const count = others.filter((i) => i.filters[o.key]!.includes(o.value)).length;
          expect(view.boxes[n]!.count).toBe(`(${count})`);
          expect(view.boxes[n]!.checked).toBe(filters[o.key as (typeof KEYS)[number]].includes(o.value));
        });
        expect(view.clearShown).toBe(Object.values(filters).some((v) => v.length > 0));
      }),
      { numRuns: 100 },
    );
  });

  it('with no query and no filter shows nothing and the totals', async () => {
    const items: Item[] = [{ url: '/x/', text: '中国', filters: { document: ['a'], year: ['2024'] } }];
    const { s, recorder } = session(items, { q: '  ', filters: { document: [], year: [] } });
    await s.search();
    expect(recorder.blanked).toBe(1);
    expect(recorder.shown).toEqual([]);
    expect(recorder.more).toBe(false);
    expect(recorder.filtersView!.boxes.map((b) => b.count)).toEqual(['(1)', '(0)', '(1)', '(0)', '(0)']);
    expect(recorder.filtersView!.boxes.every((b) => !b.disabled)).toBe(true);
  });

  it('shows only the latest search when an earlier one loads its results later', async () => {
    const items: Item[] = [
      { url: '/slow/', text: '金融合作', filters: { document: ['a'], year: ['2024'] } },
      { url: '/fast/', text: '澳门中国', filters: { document: ['b'], year: ['2025'] } },
    ];
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const pagefind = fakePagefind(items, (url) => (url === '/slow/' ? held : Promise.resolve()));
    const { s, recorder } = session(items, { q: '金融', filters: { document: [], year: [] } }, pagefind);
    const first = s.search();
    // Let the first search reach its result data, which is held back.
    await new Promise((r) => setTimeout(r, 0));
    s.state = { q: '澳门', filters: { document: [], year: [] } };
    await s.search();
    release();
    await first;
    expect(recorder.shown.map((r) => r.href)).toEqual(['/fast/']);
    expect(recorder.status).toBe('1 项');
  });
});
