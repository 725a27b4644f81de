/**
 * The search page's access to the index: loading Pagefind and the search
 * data of the page's script, and answering a query (in the index's script,
 * converted when typed in the other) with its matches and facet counts.
 */
import { decodeResultFilters, type ResultFiltersFile } from '../../lib/result-filters.ts';
import type { SearchConfig } from '../../lib/search-records.ts';
import { planQuery, type QueryPlan } from '../../lib/search-tokens.ts';
import { pagefindUrl, queryDictUrl, resultFiltersUrl } from '../../lib/urls.ts';
import { queryInScript } from './convert-query.ts';
import { facetCounts, match, preload, type Counts, type Filters, type Matches, type Pagefind, type ResultValues } from './match.ts';

/** The script of the page and of its index. */
export type Script = 'zh-hans' | 'zh-hant';

/** Pagefind, the search data of one script, and each result's filter values (filtered and counted here, not by Pagefind). */
export interface SearchIndex {
  script: Script;
  pagefind: Pagefind;
  config: SearchConfig;
  values: ResultValues;
}

/** The answer to a query: the query as searched, its plan, the filters and the matches. */
export interface Answer {
  query: string;
  plan: QueryPlan;
  filters: Filters;
  found: Matches;
}

/** Loads the search data, Pagefind and the table of results' filter values side by side. */
export async function loadIndex(script: Script): Promise<SearchIndex> {
  const [config, pagefind, values] = await Promise.all([
    fetch(queryDictUrl(script)).then((r) => r.json() as Promise<SearchConfig>),
    (import(/* @vite-ignore */ pagefindUrl(script)) as Promise<Pagefind>).then(async (pf) => {
      // On the main thread: results need no copying from a worker (thousands at ×50), and the worker script is not fetched.
      await pf.options({ excerptLength: 0, noWorker: true });
      return pf;
    }),
    // Results are filtered and counted from this table, never by Pagefind (see match.ts).
    fetch(resultFiltersUrl(script)).then(async (r) => decodeResultFilters((await r.json()) as ResultFiltersFile)),
  ]);
  return { script, pagefind, config, values };
}

/** The query in the index's script (see convert-query.ts). */
export function queryForIndex(index: SearchIndex, typed: string, force = false): Promise<string> {
  return queryInScript(typed.trim(), index.script, index.config, force);
}

/**
 * Answers a typed query with filters; null when there is nothing to search
 * (no query words and no filter). A query that finds nothing as typed is
 * tried converted (characters common to both scripts: 旅游 typed on the
 * Traditional site).
 */
export async function answer(index: SearchIndex, typed: string, filters: Filters): Promise<Answer | null> {
  const { pagefind, config } = index;
  const query = await queryForIndex(index, typed);
  const plan = planQuery(query, config.nested);
  if (plan.searches.length === 0 && Object.keys(filters).length === 0) return null;
  const found = await match(pagefind, plan, filters, config.zone, index.values);
  if (found.results.length === 0 && plan.searches.length > 0) {
    const converted = await queryForIndex(index, typed, true);
    if (converted !== query) {
      const plan2 = planQuery(converted, config.nested);
      const found2 = await match(pagefind, plan2, filters, config.zone, index.values);
      if (found2.results.length > 0) return { query: converted, plan: plan2, filters, found: found2 };
    }
  }
  return { query, plan, filters, found };
}

/** The facet counts of an answer (see match.ts). */
export function answerCounts(index: SearchIndex, a: Answer, keys: readonly string[]): Counts {
  return facetCounts(a.found, a.filters, keys, index.values);
}

/** Fetches the index chunks a typed query will need (Pagefind's preload), so the search after the typing pause need not wait for them. */
export async function preloadQuery(index: SearchIndex, typed: string): Promise<void> {
  const query = await queryForIndex(index, typed);
  await preload(index.pagefind, planQuery(query, index.config.nested));
}
