/**
 * The search state and its URL form: `?q=…&agency=mofcom&country=BR&year=2026`.
 * Filter values are script-independent ids (document ids, slugs, ISO codes,
 * years), so a URL works on both sites. URLs written before ids held the
 * Chinese names, in either script: those are read through `labels` and the
 * URL is then rewritten with ids.
 */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
}

/** For each filter key, every name a value has had (either script) → its id. */
export type FilterLabels = Record<string, Map<string, string>>;

/** Reads the state from a query string; old name values become ids. */
export function stateFromUrl(search: string, keys: readonly string[], labels: FilterLabels = {}): SearchState {
  const params = new URLSearchParams(search);
  const read = (key: string) => [...new Set(params.getAll(key).map((v) => labels[key]?.get(v.normalize('NFC')) ?? v))];
  return { q: params.get('q') ?? '', filters: Object.fromEntries(keys.map((k) => [k, read(k)])) };
}

/** The query string of a state (without the leading `?`), empty parts left out. */
export function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const [key, values] of Object.entries(state.filters)) for (const v of values) params.append(key, v);
  return params.toString();
}

/** Pagefind's filter argument: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, v]) => v.length)
      .map(([k, v]) => [k, { any: v }]),
  );
}

/** The state with another query. */
export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q };
}

/** The state with one filter value ticked or unticked. */
export function withFilter(state: SearchState, key: string, value: string, on: boolean): SearchState {
  const values = new Set(state.filters[key] ?? []);
  if (on) values.add(value);
  else values.delete(value);
  return { ...state, filters: { ...state.filters, [key]: [...values] } };
}

/** The state with the query kept and no filter chosen. */
export function withoutFilters(state: SearchState, keys: readonly string[]): SearchState {
  return { q: state.q, filters: Object.fromEntries(keys.map((k) => [k, []])) };
}
