/**
 * What the search page shows, as plain data: results, the status line, the
 * "read as" and entity notes, the empty state and the filter boxes. No DOM
 * here (render.ts applies these), so every decision is unit-tested.
 */
import { openingWords } from '../../lib/opening-words.ts';
import { matchSpans, type NestedName } from '../../lib/search-tokens.ts';
import type { Counts } from './match.ts';
import type { SearchState } from './state.ts';
import { closestNames, type FilterOption } from './suggest.ts';

/** The meta Pagefind returns for an item record (see src/lib/search-records.ts). */
export interface ResultMeta {
  /** Document and item number: 2024—2028年《清单》第 10 条. */
  title: string;
  /** Agency and place names, each list joined with 、. */
  agencies: string;
  places: string;
  text: string;
}

/** An excerpt: pieces of text, the matches marked, with …… where text was cut. */
export interface ExcerptView {
  cutBefore: boolean;
  parts: { text: string; mark: boolean }[];
  cutAfter: boolean;
}

/** One result as shown. */
export interface ResultView {
  href: string;
  title: string;
  /** The commitment's opening words ('' when there are none). */
  opening: string;
  excerpt: ExcerptView;
  agencies: string[];
  places: string[];
}

/** A link to one filter value, with its total. */
export interface FilterLink {
  label: string;
  href: string;
  total: number;
}

/** The empty state: why nothing was found, and where to look instead. */
export interface EmptyView {
  /** The help for a query that matches nothing (no filters chosen). */
  help: boolean;
  /** The note that the filters exclude the matches. */
  filtered: boolean;
  closest: FilterLink[];
  /** A query in Latin letters alone: point to the Portuguese and English pages. */
  foreign: boolean;
}

/** The note that the query was read as an agency or a place. */
export interface EntityView {
  text: string;
  /** The link to that filter, shown when the page has that filter value. */
  link: { text: string; href: string; shown: boolean };
}

/** The note showing a query typed in the other script as the site's forms it was read as. */
export interface ReadAsView {
  shown: boolean;
  query: string;
  text: string;
}

/** Everything about a search that is shown before its results. */
export interface SummaryView {
  status: string;
  readAs: ReadAsView;
  entity: EntityView | null;
  /** The empty state, when nothing was found. */
  empty: EmptyView | null;
}

/** One filter box: ticked, its count as shown, and whether it can be ticked. */
export interface BoxView {
  checked: boolean;
  count: string;
  disabled: boolean;
}

/** The filter boxes, in the order of the page's options, and the "clear" button. */
export interface FiltersView {
  boxes: BoxView[];
  clearShown: boolean;
}

/** UI strings of the search page (data-strings), with `{count}`, `{query}`… placeholders. */
export type Strings = Record<string, string>;

/** A filter's query string, for links that choose it. */
const filterHref = (key: string, value: string) => `?${new URLSearchParams([[key, value]]).toString()}`;

/** The excerpt around the first match, with every match in it marked (entity-aware: 南亚 is not marked in 东南亚). */
export function excerptView(text: string, phrases: string[], nested: readonly NestedName[] = [], length = 90): ExcerptView {
  const spans = matchSpans(text, phrases, nested);
  const start = spans.length ? Math.max(0, spans[0]![0] - 20) : 0;
  const end = Math.min(text.length, start + length);
  const parts: ExcerptView['parts'] = [];
  let i = start;
  for (const [from, to] of spans) {
    if (from < start || to > end) continue;
    parts.push({ text: text.slice(i, from), mark: false }, { text: text.slice(from, to), mark: true });
    i = to;
  }
  parts.push({ text: text.slice(i, end), mark: false });
  return { cutBefore: start > 0, parts, cutAfter: end < text.length };
}

/** Names joined with 、 as a list (none when empty). */
const names = (joined: string) => (joined ? joined.split('、') : []);

/** One result: titled with the document, the item number and the opening words; the excerpt; agencies and places. */
export function resultView(url: string, meta: ResultMeta, phrases: string[], nested: readonly NestedName[] = []): ResultView {
  return {
    href: url,
    title: meta.title,
    opening: openingWords(meta.text),
    excerpt: excerptView(meta.text, phrases, nested),
    agencies: names(meta.agencies),
    places: names(meta.places),
  };
}

/** The empty state: why nothing was found, and the registry names closest to the query as filter links. */
export function emptyView(query: string, filtered: boolean, options: readonly FilterOption[]): EmptyView {
  const named = options.filter((o) => o.key === 'agency' || o.key === 'country');
  const closest = filtered ? [] : closestNames(query, named);
  return {
    help: !filtered,
    filtered,
    closest: closest.map((o) => ({ label: o.label, href: filterHref(o.key, o.value), total: o.total })),
    foreign: /^[\p{Script=Latin}\p{N}\s'’.-]+$/u.test(query.trim()),
  };
}

/** The note that the query was read as an agency or place, with a link to that filter when the page has it. */
export function entityView(
  query: string,
  entity: readonly [key: string, id: string, name: string] | undefined,
  strings: Strings,
  options: readonly FilterOption[],
): EntityView | null {
  if (!entity) return null;
  const [key, id, name] = entity;
  const fill = (s: string | undefined) => (s ?? '').replace('{query}', query).replace('{name}', name);
  const has = options.some((o) => o.key === key && o.value === id);
  return {
    text: fill(key === 'agency' ? strings['asAgency'] : strings['asPlace']),
    link: { text: fill(strings['entityFilter']), href: filterHref(key, id), shown: has },
  };
}

/** The live count of a search. */
export function countText(strings: Strings, count: number): string {
  return count === 0 ? (strings['none'] ?? '') : (strings['count'] ?? '').replace('{count}', String(count));
}

/** The live count after "more": how many of how many are shown. */
export function shownText(strings: Strings, shown: number, total: number): string {
  return (strings['shown'] ?? '').replace('{shown}', String(shown)).replace('{total}', String(total));
}

/** What a search that found something or nothing shows before its results. */
export function summaryView(
  input: { typed: string; query: string; searched: boolean; count: number; filtered: boolean },
  entities: Readonly<Record<string, readonly [string, string, string]>>,
  strings: Strings,
  options: readonly FilterOption[],
): SummaryView {
  const { typed, query, searched, count, filtered } = input;
  return {
    status: countText(strings, count),
    // A query typed in the other script is shown as the site's forms it was read as.
    readAs: { shown: query !== typed.trim().normalize('NFC') && searched, query, text: (strings['readAs'] ?? '').replace('{query}', query) },
    entity: entityView(query, Object.hasOwn(entities, query) ? entities[query] : undefined, strings, options),
    empty: count === 0 ? emptyView(query, filtered, options) : null,
  };
}

/**
 * The filter boxes: ticked as the state says, each value's count among the
 * results (its total when nothing is searched). A value that would give no
 * result cannot be ticked; a ticked one stays free to untick. A group in
 * which no value counts a single result while there are results holds no
 * real counts (Pagefind's counts for short queries): its values stay enabled
 * rather than all locked.
 */
export function filtersView(options: readonly FilterOption[], state: SearchState, counts: Counts | null, total: number): FiltersView {
  const counted = (key: string) => counts !== null && (total === 0 || Object.values(counts[key] ?? {}).some((n) => n > 0));
  return {
    boxes: options.map((o) => {
      const checked = state.filters[o.key]?.includes(o.value) ?? false;
      const n = counts ? (counts[o.key]?.[o.value] ?? 0) : o.total;
      return { checked, count: `(${n})`, disabled: counted(o.key) && n === 0 && !checked };
    }),
    clearShown: Object.values(state.filters).some((v) => v.length),
  };
}
