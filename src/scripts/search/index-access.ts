/**
 * The search page's access to the index: loading Pagefind and the search
 * data of the page's script, and answering a query (in the index's script,
 * converted when typed in the other) with its matches and facet counts.
 */
import type { SearchConfig } from '../../lib/search-records.ts';
import { planQuery, type QueryPlan } from '../../lib/search-tokens.ts';
import { PAGEFIND_URL, queryDictUrl } from '../../lib/urls.ts';
import { queryInScript } from './convert-query.ts';
import { facetCounts, match, type Counts, type Filters, type Matches, type Pagefind } from './match.ts';

/** The script of the page and of its index. */
export type Script = 'zh-hans' | 'zh-hant';

/** Pagefind with its filter indexes loaded, and the search data of one script. */
export interface SearchIndex {
  script: Script;
  pagefind: Pagefind;
  config: SearchConfig;
}

/** The answer to a query: the query as searched, its plan, the filters and the matches. */
export interface Answer {
  query: string;
  plan: QueryPlan;
  filters: Filters;
  found: Matches;
}

/** Loads the search data and Pagefind side by side. */
export async function loadIndex(script: Script): Promise<SearchIndex> {
  const [config, pagefind] = await Promise.all([
    fetch(queryDictUrl(script)).then((r) => r.json() as Promise<SearchConfig>),
    (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ excerptLength: 0 });
      // Loads every filter index, so that searches count results by filter value.
      await pf.filters();
      return pf;
    }),
  ]);
  return { script, pagefind, config };
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
  const found = await match(pagefind, plan, filters, config.zone);
  if (found.results.length === 0 && plan.searches.length > 0) {
    const converted = await queryForIndex(index, typed, true);
    if (converted !== query) {
      const plan2 = planQuery(converted, config.nested);
      const found2 = await match(pagefind, plan2, filters, config.zone);
      if (found2.results.length > 0) return { query: converted, plan: plan2, filters, found: found2 };
    }
  }
  return { query, plan, filters, found };
}

/** The facet counts of an answer (see match.ts). */
export function answerCounts(index: SearchIndex, a: Answer, keys: readonly string[]): Promise<Counts> {
  return facetCounts(index.pagefind, a.plan, a.filters, index.config.zone, a.found, keys);
}
