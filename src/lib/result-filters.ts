/**
 * Each search result's filter values, keyed by its Pagefind result id, for
 * the search page to filter and count results itself.
 *
 * Pagefind can filter and count (`pagefind.filters()`), but once a filter's
 * index is loaded, every search counts every value of it over all results:
 * measured at ×50 (5,350 items), a search for 澳门 took 35–70 ms with no
 * filter index loaded and about 390 ms with the year filter alone (the cost
 * grows with the number of results, so it is small on the real corpus). The
 * build writes this table from the fragments Pagefind wrote
 * (src/integrations/pagefind-files.ts); the page reads it instead of
 * loading Pagefind's filter indexes, which it then never does.
 */

/** The file: every value of every filter once, and each result's values as indexes into those lists. */
export interface ResultFiltersFile {
  values: Record<string, string[]>;
  /** Result id → per filter (in the order of `values`), the indexes of its values. */
  results: Record<string, number[][]>;
}

/** A result's filter values: filter → values. */
export type FilterValues = Record<string, string[]>;

/** Encodes results' filter values; filters and values in first-seen order. */
export function encodeResultFilters(results: { id: string; filters: FilterValues }[]): ResultFiltersFile {
  const values: Record<string, string[]> = {};
  const index: Record<string, Map<string, number>> = {};
  for (const r of results)
    for (const [key, vs] of Object.entries(r.filters)) {
      const known = (index[key] ??= new Map());
      const list = (values[key] ??= []);
      for (const v of vs) if (!known.has(v)) known.set(v, list.push(v) - 1);
    }
  const keys = Object.keys(values);
  return {
    values,
    results: Object.fromEntries(results.map((r) => [r.id, keys.map((k) => (r.filters[k] ?? []).map((v) => index[k]!.get(v)!))])),
  };
}

/** Reads the file back: result id → its filter values. */
export function decodeResultFilters(file: ResultFiltersFile): Map<string, FilterValues> {
  const keys = Object.keys(file.values);
  return new Map(
    Object.entries(file.results).map(([id, perKey]) => [id, Object.fromEntries(keys.map((k, i) => [k, (perKey[i] ?? []).map((v) => file.values[k]![v]!)]))]),
  );
}
