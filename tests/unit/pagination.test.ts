/** Long lists over pages (src/lib/pagination.ts) and their URLs (pagedUrl in src/lib/urls.ts). */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageOf, PAGE_SIZE } from '../../src/lib/pagination.ts';
import { pagedUrl } from '../../src/lib/urls.ts';

describe('pagination', () => {
  it('splits any list into pages that, in order, give back the list, none longer than the page size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 700 }), fc.integer({ min: 1, max: 250 }), (list, size) => {
        const expectedCount = list.length === 0 ? 1 : Math.floor((list.length + size - 1) / size);
        expect(pageCount(list.length, size)).toBe(expectedCount);
        const pages = [1, ...laterPages(list.length, size)].map((n) => pageOf(list, n, size));
        expect(pages.map((p) => p.number)).toEqual(Array.from({ length: expectedCount }, (_, i) => i + 1));
        expect(pages.flatMap((p) => p.list)).toEqual(list);
        for (const p of pages) {
          expect(p.list.length).toBeLessThanOrEqual(size);
          expect(p.count).toBe(expectedCount);
          expect(p.total).toBe(list.length);
          // from/to are 1-based positions of the page's first and last entries.
          if (p.list.length) expect([list[p.from - 1], list[p.to - 1]]).toEqual([p.list[0], p.list.at(-1)]);
          else expect([p.from, p.to]).toEqual([0, 0]);
        }
        // Every page but the last is full.
        expect(pages.slice(0, -1).every((p) => p.list.length === size)).toBe(true);
      }),
    );
  });

  it('refuses a page the list does not have, naming it', () => {
    expect(() => pageOf([1, 2, 3], 2, 3)).toThrow(/no page 2 \(pages 1 to 1\)/);
    expect(() => pageOf([1, 2, 3], 0, 3)).toThrow(/no page 0/);
    expect(() => pageOf([], 1.5)).toThrow(/no page 1.5/);
  });

  it('keeps every list of the real corpus on one page: page 1 of every list shows it whole, as before pagination', () => {
    // No list can be longer than the corpus itself.
    const items = readdirSync('content/items', { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length;
    expect(items).toBeGreaterThan(0);
    expect(pageCount(items)).toBe(1);
    expect(PAGE_SIZE).toBeGreaterThanOrEqual(items);
  });
});

describe('pagedUrl', () => {
  it('keeps the URL of page 1 and adds the number of a later page', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(\/[a-z0-9-]{1,12}){1,3}\/$/), fc.integer({ min: 2, max: 999 }), (first, n) => {
        expect(pagedUrl(first, 1)).toBe(first);
        expect(pagedUrl(first, n)).toBe(`${first}${n}/`);
        expect(new URL(pagedUrl(first, n), 'http://x').pathname.split('/').filter(Boolean).at(-1)).toBe(String(n));
      }),
    );
  });
});
