/**
 * Long lists split into pages of a fixed size, so that no page grows with the
 * corpus (at ×50 one year's page held 4,000 items, 435 KB gzipped). Page 1
 * keeps the URL the list always had; later pages add their number
 * (`pagedUrl` in urls.ts). Every script and language splits a list the same
 * way, so page 2 of a year has a twin in every script.
 */

/** Items per page of an agency, place, pillar or year (the real corpus's longest list has about 90). */
export const PAGE_SIZE = 200;

/** Documents (columns) per page of the lineage map. */
export const MAP_DOCUMENTS = 10;

/** One page of a list. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1). */
  count: number;
  /** This page's part of the list. */
  list: T[];
  /** 1-based positions of the first and last entry on the page (0, 0 for an empty list). */
  from: number;
  to: number;
  /** Entries in the whole list. */
  total: number;
}

/** How many pages a list of `total` entries takes (an empty list still has its first page). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `number` of a list; throws when the list has no such page. */
export function pageOf<T>(list: readonly T[], number: number, size = PAGE_SIZE): Page<T> {
  const count = pageCount(list.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count)
    throw new Error(`A list of ${list.length} entries has no page ${number} (pages 1 to ${count}).`);
  const start = (number - 1) * size;
  const part = list.slice(start, start + size);
  return { number, count, list: part, from: part.length ? start + 1 : 0, to: start + part.length, total: list.length };
}

/** The numbers of the pages after the first: what getStaticPaths generates besides page 1. */
export function laterPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}
