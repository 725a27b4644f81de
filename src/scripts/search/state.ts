/** The search state and its URL form: `?q=…&agency=…&agency=…&year=2026`. */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
}

/** Reads the state from a query string. */
export function stateFromUrl(search: string, keys: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  return { q: params.get('q') ?? '', filters: Object.fromEntries(keys.map((k) => [k, params.getAll(k)])) };
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
