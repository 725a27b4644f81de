/**
 * What the search page shows, as plain data (src/scripts/search/view.ts),
 * its state transitions and its arrow keys, without a browser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateUrl } from '../../src/scripts/search/address.ts';
import { arrowTarget } from '../../src/scripts/search/events.ts';
import { stateFromUrl, withFilter, withoutFilters, type SearchState } from '../../src/scripts/search/state.ts';
import type { FilterOption } from '../../src/scripts/search/suggest.ts';
import { emptyView, entityView, excerptView, filtersView, resultView, summaryView } from '../../src/scripts/search/view.ts';

const STRINGS = {
  count: '找到 {count} 项',
  none: '没有结果',
  readAs: '按“{query}”搜索',
  asAgency: '“{query}”即{name}',
  asPlace: '“{query}”是地方{name}',
  entityFilter: '只看{name}',
};

const OPTIONS: FilterOption[] = [
  { key: 'agency', value: 'mofcom', label: '商务部', total: 12 },
  { key: 'agency', value: 'ndrc', label: '国家发展改革委', total: 30 },
  { key: 'country', value: 'BR', label: '巴西', total: 4 },
  { key: 'year', value: '2024', label: '2024', total: 50 },
  { key: 'year', value: '2025', label: '2025', total: 40 },
];

describe('excerpt', () => {
  /** Start offsets of the non-overlapping occurrences of a phrase, from the left. */
  const occurrences = (text: string, phrase: string) => {
    const at: number[] = [];
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) at.push(i);
    return at;
  };

  it('is a window of the text around the first match, with every whole match in it marked and …… where it was cut (property)', () => {
    const chars = fc.constantFrom(...'中国澳门葡语合作');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 200 }), fc.array(chars, { minLength: 1, maxLength: 3 }), (t, p) => {
        const [text, phrase] = [t.join(''), p.join('')];
        const view = excerptView(text, [phrase]);
        const found = occurrences(text, phrase);
        // The window begins 20 characters before the first match, or at the start of the text.
        const start = found.length ? Math.max(0, found[0]! - 20) : 0;
        const window = view.parts.map((x) => x.text).join('');
        expect(window).toBe(text.slice(start, start + 90));
        expect(view.cutBefore).toBe(start > 0);
        expect(view.cutAfter).toBe(start + window.length < text.length);
        if (found.length === 0) {
          expect(view.parts.some((x) => x.mark)).toBe(false);
          return;
        }
        const marked: number[] = [];
        let at = start;
        for (const part of view.parts) {
          if (part.mark) {
            expect(part.text).toBe(phrase);
            marked.push(at);
          }
          at += part.text.length;
        }
        expect(marked).toEqual(found.filter((i) => i + phrase.length <= start + window.length));
      }),
      { numRuns: 500 },
    );
  });

  it('does not mark a registry name inside a longer one of another entity', () => {
    const view = excerptView('辐射东南亚、南亚的重要经济支撑带', ['南亚'], [['南亚', '东南亚']]);
    expect(view.parts.filter((p) => p.mark).length).toBe(1);
    expect(view.parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')).toBe('辐射东南亚、[南亚]的重要经济支撑带');
  });
});

describe('one result', () => {
  it('is titled with the opening words, and lists the agencies and places joined with 、', () => {
    const view = resultView('/zh-hans/a/1/', { title: '《安排》第 1 条', agencies: '商务部、澳门经济及科技发展局', places: '', text: '深化经贸合作。其余' }, [
      '合作',
    ]);
    expect(view).toMatchObject({
      href: '/zh-hans/a/1/',
      title: '《安排》第 1 条',
      opening: '深化经贸合作',
      agencies: ['商务部', '澳门经济及科技发展局'],
      places: [],
    });
  });
});

describe('empty state', () => {
  it('suggests the closest agency and place names as filter links when no filter is chosen', () => {
    const view = emptyView('发展', false, OPTIONS);
    expect(view).toEqual({ help: true, filtered: false, closest: [{ label: '国家发展改革委', href: '?agency=ndrc', total: 30 }], foreign: false });
  });
  it('says the filters exclude the matches, and suggests nothing, when filters are chosen', () => {
    expect(emptyView('发展', true, OPTIONS)).toMatchObject({ help: false, filtered: true, closest: [] });
  });
  it('points a query in Latin letters to the Portuguese and English pages', () => {
    expect(emptyView(' Ministério do Comércio ', false, OPTIONS).foreign).toBe(true);
    expect(emptyView('Brasil 巴西', false, OPTIONS).foreign).toBe(false);
  });
});

describe('entity note', () => {
  it('says what the query was read as and links to the filter only when the page has that value', () => {
    expect(entityView('发改委', ['agency', 'ndrc', '国家发展改革委'], STRINGS, OPTIONS)).toEqual({
      text: '“发改委”即国家发展改革委',
      link: { text: '只看国家发展改革委', href: '?agency=ndrc', shown: true },
    });
    expect(entityView('葡国', ['country', 'PT', '葡萄牙'], STRINGS, OPTIONS)).toMatchObject({ text: '“葡国”是地方葡萄牙', link: { shown: false } });
    expect(entityView('金融', undefined, STRINGS, OPTIONS)).toBeNull();
  });
});

describe('summary', () => {
  const entities = { 巴西: ['country', 'BR', '巴西'] as const };
  it('shows the count, the query as read when it differs from what was typed, and the empty state only when nothing was found', () => {
    const typed = summaryView({ typed: ' 巴西 ', query: '巴西', searched: true, count: 3, filtered: false }, entities, STRINGS, OPTIONS);
    expect(typed).toMatchObject({ status: '找到 3 项', readAs: { shown: false }, empty: null, entity: { text: '“巴西”是地方巴西' } });
    const converted = summaryView({ typed: '發展', query: '发展', searched: true, count: 0, filtered: false }, entities, STRINGS, OPTIONS);
    expect(converted).toMatchObject({ status: '没有结果', readAs: { shown: true, query: '发展', text: '按“发展”搜索' }, entity: null });
    expect(converted.empty?.closest.map((c) => c.label)).toEqual(['国家发展改革委']);
    expect(summaryView({ typed: '、', query: '，', searched: false, count: 5, filtered: true }, entities, STRINGS, OPTIONS).readAs.shown).toBe(false);
  });
});

describe('filter boxes', () => {
  const state = (filters: Record<string, string[]>): SearchState => ({ q: '金融', filters });
  it('show the totals and lock nothing when nothing is searched', () => {
    const view = filtersView(OPTIONS, state({}), null, 0);
    expect(view.boxes.map((b) => b.count)).toEqual(['(12)', '(30)', '(4)', '(50)', '(40)']);
    expect(view.boxes.some((b) => b.disabled || b.checked)).toBe(false);
    expect(view.clearShown).toBe(false);
  });
  it('lock a value that would give no result, but never a ticked one, nor a group with no real counts', () => {
    const counts = { agency: { mofcom: 2, ndrc: 0 }, country: {}, year: { 2024: 0, 2025: 0 } };
    const view = filtersView(OPTIONS, state({ agency: ['ndrc'], year: [] }), counts, 2);
    expect(view.boxes).toEqual([
      { checked: false, count: '(2)', disabled: false },
      { checked: true, count: '(0)', disabled: false },
      { checked: false, count: '(0)', disabled: false },
      { checked: false, count: '(0)', disabled: false },
      { checked: false, count: '(0)', disabled: false },
    ]);
    expect(view.clearShown).toBe(true);
    expect(filtersView(OPTIONS, state({}), { agency: { mofcom: 2 } }, 2).boxes[1]).toEqual({ checked: false, count: '(0)', disabled: true });
    // No results at all: every group's zero is real.
    expect(filtersView(OPTIONS, state({}), { year: {} }, 0).boxes[3]!.disabled).toBe(true);
  });
});

describe('state transitions', () => {
  const keys = ['agency', 'year'];
  const value = fc.constantFrom('mofcom', 'ndrc', '2024', 'BR');
  it('tick and untick values, clear the filters keeping the query, and survive the URL (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.constantFrom(...keys), value, fc.boolean())), (q, steps) => {
        let s: SearchState = { q, filters: { agency: [], year: [] } };
        const model = new Map(keys.map((k) => [k, new Set<string>()]));
        for (const [key, v, on] of steps) {
          s = withFilter(s, key, v, on);
          if (on) model.get(key)!.add(v);
          else model.get(key)!.delete(v);
        }
        for (const k of keys) expect(new Set(s.filters[k])).toEqual(model.get(k));
        const read = stateFromUrl(stateUrl('/zh-hans/search/', s).replace(/^[^?]*/, ''), keys);
        expect(read).toEqual({ q: q.trim(), filters: s.filters });
        expect(withoutFilters(s, keys)).toEqual({ q, filters: { agency: [], year: [] } });
      }),
    );
  });
});

describe('arrow keys', () => {
  it.each([
    ['ArrowDown', -1, 3, true, 0],
    ['ArrowDown', 0, 3, false, 1],
    ['ArrowDown', 2, 3, false, 2],
    ['ArrowUp', 2, 3, false, 1],
    ['ArrowUp', 0, 3, false, 'input'],
    ['ArrowUp', -1, 3, true, 'input'],
    ['ArrowDown', -1, 3, false, null],
    ['ArrowDown', -1, 0, true, null],
    ['Enter', 0, 3, false, null],
  ] as const)('%s from link %i of %i (box focused: %s) goes to %s', (key, at, count, fromInput, target) => {
    expect(arrowTarget(key, at, count, fromInput)).toBe(target);
  });
});
