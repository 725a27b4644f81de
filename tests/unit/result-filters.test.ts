/**
 * Filtering and facet counts done by the search page itself
 * (src/lib/result-filters.ts, src/scripts/search/match.ts): the table of
 * each result's filter values reads back as written, and the results and
 * counts of generated items and selections equal a direct count of the
 * items that carry each value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResultFilters, encodeResultFilters, type FilterValues, type ResultFiltersFile } from '../../src/lib/result-filters.ts';
import { facetCounts, match, type Filters, type Pagefind, type PagefindResult } from '../../src/scripts/search/match.ts';
import { planQuery } from '../../src/lib/search-tokens.ts';

const KEYS = ['document', 'agency', 'year'] as const;
const VALUES = { document: ['a', 'b', 'c'], agency: ['mofcom', 'dsedt', 'ipim', 'spc'], year: ['2023', '2024', '2025'] };

const item = fc.record({
  document: fc.subarray(VALUES.document, { minLength: 1, maxLength: 1 }),
  agency: fc.uniqueArray(fc.constantFrom(...VALUES.agency), { maxLength: 3 }),
  year: fc.uniqueArray(fc.constantFrom(...VALUES.year), { maxLength: 3 }),
});
const selection = fc.record({
  document: fc.subarray(VALUES.document),
  agency: fc.subarray(VALUES.agency),
  year: fc.subarray(VALUES.year),
});

/** Results as Pagefind gives them, ids `zh-hans_<n>`. */
function results(n: number): PagefindResult[] {
  return Array.from({ length: n }, (_, i) => ({ id: `zh-hans_${i}`, score: 1, words: [], data: () => Promise.reject(new Error('no data in this test')) }));
}

/** A Pagefind that returns every item for a search without a term, in order. */
function allItems(n: number): Pagefind {
  return {
    options: () => Promise.resolve(),
    preload: () => Promise.resolve(),
    search: () => Promise.resolve({ results: results(n), filters: {}, totalFilters: {} }),
  };
}

/** Whether an item carries the selection of every group but `except` (a group with nothing chosen passes). */
function passes(values: FilterValues, chosen: Record<string, string[]>, except?: string): boolean {
  return KEYS.every((k) => k === except || chosen[k]!.length === 0 || values[k]!.some((v) => chosen[k]!.includes(v)));
}

describe('filters applied by the search page', () => {
  it('reads every result’s filter values back as written', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const file = JSON.parse(JSON.stringify(encodeResultFilters(items.map((filters, i) => ({ id: `zh-hans_${i}`, filters }))))) as ResultFiltersFile;
        const decoded = decodeResultFilters(file);
        items.forEach((filters, i) => {
          for (const k of KEYS) expect(decoded.get(`zh-hans_${i}`)?.[k] ?? []).toEqual(filters[k]);
        });
        expect(decoded.size).toBe(items.length);
      }),
    );
  });

  it('shows the items that carry every chosen filter, and counts each value among the items the other groups allow', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 30 }), selection, async (items, chosen) => {
        const values = new Map(items.map((v, i) => [`zh-hans_${i}`, v as FilterValues]));
        const filters: Filters = Object.fromEntries(KEYS.filter((k) => chosen[k].length).map((k) => [k, { any: chosen[k] }]));
        const found = await match(allItems(items.length), planQuery('', []), filters, 0, values);
        expect(found.results.map((r) => r.id)).toEqual(items.flatMap((v, i) => (passes(v, chosen) ? [`zh-hans_${i}`] : [])));
        const counts = facetCounts(found, filters, KEYS, values);
        for (const k of KEYS)
          for (const v of VALUES[k]) {
            const expected = items.filter((it) => it[k].includes(v) && passes(it, chosen, k)).length;
            expect(counts[k]![v] ?? 0).toBe(expected);
          }
      }),
    );
  });
});
