/**
 * Runs a planned query (src/lib/search-tokens.ts) against Pagefind: one exact
 * phrase search per run of the query, intersected; results ranked by where
 * they match (registered names and opening words first), then document order;
 * filtered and counted by filter value from the results' values. Nothing here
 * fetches a result's data.
 */
import type { FilterValues } from '../../lib/result-filters.ts';
import type { QueryPlan } from '../../lib/search-tokens.ts';

/** A result as Pagefind returns it before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
export type Filters = Record<string, { any: string[] }>;
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o: { filters: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
  preload(term: string, o: { filters: Filters }): Promise<void>;
}

/** The matches of a query with filters, ranked. */
export interface Matches {
  /** The items that match the query, whatever the filters (for facet counts). */
  all: PagefindResult[];
  /** Those that also carry the chosen filters: the results shown. */
  results: PagefindResult[];
}

/** Each result's filter values, by result id (src/lib/result-filters.ts). */
export type ResultValues = Map<string, FilterValues>;

const BY_ORDER = { order: 'asc' } as const;
/**
 * Pagefind is never given filters: once it has a filter's index, every
 * search counts that filter's values over all results, which at ×50 costs
 * several times the search itself (src/lib/result-filters.ts). Filters and
 * counts are applied here, from the results' values.
 */
const NO_FILTERS: Filters = {};

/** Ranks results: a first match within the first `zone` positions first, then document order (Pagefind's sort). */
function rank(results: PagefindResult[], zone: number, firstAt: (r: PagefindResult) => number): PagefindResult[] {
  const tier = (r: PagefindResult) => (firstAt(r) < zone ? 0 : 1);
  return results
    .map((r, i) => ({ r, i, t: tier(r) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.r);
}

/**
 * One run's search: its phrase, and, where it overlaps part of a registry
 * name, the phrases with those pairs masked; the results are their union —
 * the phrase's own in document order, then the others' (rare; fetching data
 * to interleave them would cost a fragment per result).
 */
async function searchRun(pagefind: Pagefind, term: string, alternatives: string[]): Promise<PagefindResult[]> {
  const [main, ...others] = await Promise.all([term, ...alternatives].map((t) => pagefind.search(t, { filters: NO_FILTERS, sort: BY_ORDER })));
  const byId = new Map(main!.results.map((r) => [r.id, r]));
  for (const s of others) for (const r of s.results) if (!byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()];
}

/** The items that match every run of the plan (every item for a plan without runs), ranked. */
async function queryMatches(pagefind: Pagefind, plan: QueryPlan, zone: number): Promise<PagefindResult[]> {
  if (plan.searches.length === 0) return (await pagefind.search(null, { filters: NO_FILTERS, sort: BY_ORDER })).results;
  const searches = await Promise.all(plan.searches.map((term, i) => searchRun(pagefind, term, plan.alternatives[i] ?? [])));
  const first = new Map<string, number>();
  for (const s of searches) for (const r of s) first.set(r.id, Math.min(first.get(r.id) ?? Infinity, ...r.words));
  const sets = searches.slice(1).map((s) => new Set(s.map((r) => r.id)));
  const common = searches[0]!.filter((r) => sets.every((set) => set.has(r.id)));
  return rank(common, zone, (r) => first.get(r.id)!);
}

/**
 * Fetches the index chunks a plan's searches will need (Pagefind's preload),
 * so that a search made after the typing pause need not wait for them.
 */
export async function preload(pagefind: Pagefind, plan: QueryPlan): Promise<void> {
  const terms = plan.searches.flatMap((term, i) => [term, ...(plan.alternatives[i] ?? [])]);
  await Promise.all(terms.map((term) => pagefind.preload(term, { filters: NO_FILTERS })));
}

/** Whether a result's values satisfy the filters (any chosen value within a filter, every filter), `except` one. */
function carries(values: FilterValues | undefined, filters: Filters, except?: string): boolean {
  return Object.entries(filters).every(([key, f]) => key === except || f.any.length === 0 || (values?.[key] ?? []).some((v) => f.any.includes(v)));
}

/** The items that match every run of the plan and the filters. */
export async function match(pagefind: Pagefind, plan: QueryPlan, filters: Filters, zone: number, values: ResultValues): Promise<Matches> {
  const all = await queryMatches(pagefind, plan, zone);
  return { all, results: all.filter((r) => carries(values.get(r.id), filters)) };
}

export type Counts = Record<string, Record<string, number>>;

/**
 * Faceted counts: for each value, how many items match the query and the
 * other groups' filters and carry the value; a group's own selection does
 * not narrow its own counts.
 */
export function facetCounts(found: Matches, filters: Filters, keys: readonly string[], values: ResultValues): Counts {
  const counts: Counts = Object.fromEntries(keys.map((k) => [k, {}]));
  for (const r of found.all) {
    const own = values.get(r.id);
    for (const key of keys) {
      if (!carries(own, filters, key)) continue;
      const group = counts[key]!;
      for (const v of own?.[key] ?? []) group[v] = (group[v] ?? 0) + 1;
    }
  }
  return counts;
}
