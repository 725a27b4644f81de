/**
 * Runs a planned query (src/lib/search-tokens.ts) against Pagefind: one exact
 * phrase search per run of the query, intersected; results ranked by where
 * they match (registered names and opening words first), then document order.
 * Nothing here fetches a result's data.
 */
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
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o: { filters: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}

/** The matches of a query with filters, ranked. */
export interface Matches {
  results: PagefindResult[];
  /** The Pagefind searches made, for facet counts of single-run queries. */
  single: PagefindSearch | null;
}

const BY_ORDER = { order: 'asc' } as const;

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
 * to interleave them would cost a fragment per result). Pagefind's counts
 * are those of the phrase alone, so such a run is counted from its data.
 */
async function searchRun(pagefind: Pagefind, term: string, alternatives: string[], filters: Filters): Promise<PagefindSearch> {
  const [main, ...others] = await Promise.all([term, ...alternatives].map((t) => pagefind.search(t, { filters, sort: BY_ORDER })));
  if (others.length === 0) return main!;
  const byId = new Map(main!.results.map((r) => [r.id, r]));
  for (const s of others) for (const r of s.results) if (!byId.has(r.id)) byId.set(r.id, r);
  return { ...main!, results: [...byId.values()] };
}

/** The items that match every run of the plan and the filters. */
export async function match(pagefind: Pagefind, plan: QueryPlan, filters: Filters, zone: number): Promise<Matches> {
  if (plan.searches.length === 0) {
    const all = await pagefind.search(null, { filters, sort: BY_ORDER });
    return { results: all.results, single: all };
  }
  const searches = await Promise.all(plan.searches.map((term, i) => searchRun(pagefind, term, plan.alternatives[i] ?? [], filters)));
  if (searches.length === 1 && (plan.alternatives[0] ?? []).length === 0) {
    const [only] = searches as [PagefindSearch];
    return { results: rank(only.results, zone, (r) => Math.min(...r.words)), single: only };
  }
  const first = new Map<string, number>();
  for (const s of searches) for (const r of s.results) first.set(r.id, Math.min(first.get(r.id) ?? Infinity, ...r.words));
  const sets = searches.slice(1).map((s) => new Set(s.results.map((r) => r.id)));
  const common = searches[0]!.results.filter((r) => sets.every((set) => set.has(r.id)));
  return { results: rank(common, zone, (r) => first.get(r.id)!), single: null };
}

export type Counts = Record<string, Record<string, number>>;

/** The filters without one group's selection. */
function without(filters: Filters, key: string): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));
}

/** How many results carry each value of each group of a single search (Pagefind's counts). */
async function countsFromData(results: PagefindResult[], key: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const d of await Promise.all(results.map((r) => r.data()))) for (const v of d.filters[key] ?? []) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/**
 * Faceted counts: for each value, how many items match the query and the
 * other groups' filters and carry the value; a group's own selection does
 * not narrow its own counts. Pagefind counts a search's results by value
 * once its filter indexes are loaded (`pagefind.filters()`); a query of
 * several runs is an intersection Pagefind cannot count, so its results'
 * filters are read from their data.
 */
export async function facetCounts(
  pagefind: Pagefind,
  plan: QueryPlan,
  filters: Filters,
  zone: number,
  main: Matches,
  keys: readonly string[],
): Promise<Counts> {
  const entries = await Promise.all(
    keys.map(async (key): Promise<[string, Record<string, number>]> => {
      const found = key in filters ? await match(pagefind, plan, without(filters, key), zone) : main;
      return [key, found.single ? (found.single.filters[key] ?? {}) : await countsFromData(found.results, key)];
    }),
  );
  return Object.fromEntries(entries);
}
