/**
 * The search page: state in the URL, Pagefind queries in the page's script,
 * exact matching (see src/lib/search-tokens.ts), facet counts, keyboard use
 * and a live count. Everything shown is built as text.
 */
import { planQuery } from '../../lib/search-tokens.ts';
import type { SearchConfig } from '../../lib/search-records.ts';
import { decodeResultFilters, type ResultFiltersFile } from '../../lib/result-filters.ts';
import { PAGEFIND_URL, queryDictUrl, resultFiltersUrl } from '../../lib/urls.ts';
import { queryInScript } from './convert-query.ts';
import { facetCounts, match, preload, type Pagefind, type PagefindResult, type ResultValues } from './match.ts';
import { resultNode, showEmpty, showEntity, type ResultMeta } from './render.ts';
import { pagefindFilters, stateFromUrl, stateToQuery, type FilterLabels, type SearchState } from './state.ts';
import { disableEmptyValues, focusFirstLink, focusPlace } from './focus.ts';
import { searchHistory } from './history.ts';
import { watchTyping } from './typing.ts';

const PAGE = 20;

/** Points the script switch at the twin search page with the same query and filters (converted there). */
function carryToTwin(query: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-script-switch]')) {
    const twin = new URL(link.href, location.href);
    twin.search = query ? `?${query}` : '';
    link.href = `${twin.pathname}${twin.search}`;
  }
}
const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) void start(app);

async function start(root: HTMLElement): Promise<void> {
  const script = root.dataset['script'] === 'zh-hant' ? 'zh-hant' : 'zh-hans';
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
  const keys = [...new Set([...root.querySelectorAll<HTMLInputElement>('[data-filter-groups] input')].map((i) => i.name))];
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-primary]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const readAs = root.querySelector<HTMLElement>('[data-read-as]')!;
  const entity = root.querySelector<HTMLElement>('[data-entity]')!;
  const groups = root.querySelector<HTMLElement>('[data-filter-groups]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  const panel = root.querySelector<HTMLDetailsElement>('[data-filters-panel]')!;
  // On a phone the filters fold away, so the results come into view; the link at the top of the results unfolds them.
  if (window.matchMedia('(max-width: 59.99rem)').matches) panel.open = false;
  root.querySelector('a[href="#filters-heading"]')?.addEventListener('click', () => (panel.open = true));

  // Names of filter values in this script (from the page) → ids, for URLs written before ids.
  const labels: FilterLabels = {};
  for (const box of root.querySelectorAll<HTMLInputElement>('[data-filter-groups] input')) {
    (labels[box.name] ??= new Map<string, string>()).set(box.parentElement!.querySelector('span')!.textContent ?? '', box.value);
  }
  let state: SearchState = stateFromUrl(location.search, keys, labels);
  let pagefind: Pagefind;
  let dict: SearchConfig;
  let values: ResultValues;
  try {
    status.textContent = strings['loading'] ?? '';
    // The search data and Pagefind load side by side.
    const loaded = await Promise.all([
      fetch(queryDictUrl(script)).then((r) => r.json() as Promise<SearchConfig>),
      (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
        // On the main thread: results need no copying from a worker (thousands at ×50), and the worker script is not fetched.
        await pf.options({ excerptLength: 0, noWorker: true });
        return pf;
      }),
      // Results are filtered and counted from this table, never by Pagefind (see match.ts).
      fetch(resultFiltersUrl(script)).then(async (r) => decodeResultFilters((await r.json()) as ResultFiltersFile)),
    ]);
    [dict, pagefind, values] = loaded;
    // … and the other script's names, from the search data.
    for (const [key, names] of Object.entries(dict.otherLabels)) for (const [name, id] of Object.entries(names)) (labels[key] ??= new Map()).set(name, id);
    state = stateFromUrl(location.search, keys, labels);
  } catch {
    status.textContent = strings['error'] ?? '';
    return;
  }

  let shown: { url: string; meta: ResultMeta }[] = [];
  let pending: PagefindResult[] = [];
  let phrases: string[] = [];
  let total = 0;
  let run = 0;

  const steps = searchHistory();
  /** Writes the state to the URL: a draft while typing, a history entry once committed. */
  const sync = (mode: 'draft' | 'commit') => {
    const query = stateToQuery(state);
    steps[mode](`${location.pathname}${query ? `?${query}` : ''}`);
    carryToTwin(query);
  };

  /** Ticks the chosen values and shows each value's count among the results (its total when nothing is searched). */
  const renderFilters = (counts: Record<string, Record<string, number>> | null) => {
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
      const count = box.parentElement!.querySelector<HTMLElement>('.count')!;
      count.textContent = `(${counts ? (counts[box.name]?.[box.value] ?? 0) : count.dataset['total']})`;
    }
    disableEmptyValues(groups, counts, total);
    clear.hidden = !Object.values(state.filters).some((v) => v.length);
  };

  /**
   * Shows the next page of results; returns the new list items. The first
   * page replaces what was shown (nothing flickers while typing) and shows
   * each result as soon as it and those before it have loaded; a further
   * page is added at once.
   */
  const showMore = async (id: number, first = false): Promise<HTMLLIElement[]> => {
    const batch = pending.splice(0, PAGE).map((r) => r.data());
    const node = (d: Awaited<(typeof batch)[number]>) => {
      const meta = d.meta as unknown as ResultMeta;
      shown.push({ url: d.url, meta });
      return resultNode(d.url, meta, phrases, dict.nested);
    };
    const added: HTMLLIElement[] = [];
    if (first) {
      let replaced = false;
      for (const load of batch) {
        const d = await load;
        if (id !== run) return [];
        const li = node(d);
        added.push(li);
        if (replaced) list.append(li);
        else list.replaceChildren(li);
        replaced = true;
      }
      if (!replaced) list.replaceChildren();
    } else {
      const loaded = await Promise.all(batch);
      if (id !== run) return [];
      added.push(...loaded.map(node));
      list.append(...added);
    }
    return added;
  };

  const search = async () => {
    const id = ++run;
    list.setAttribute('aria-busy', 'true');
    input.value = state.q;
    let query = await queryInScript(state.q.trim(), script, dict);
    let plan = planQuery(query, dict.nested);
    const filters = pagefindFilters(state);
    if (plan.searches.length === 0 && Object.keys(filters).length === 0) {
      list.replaceChildren();
      shown = [];
      pending = [];
      more.hidden = true;
      empty.hidden = true;
      status.textContent = '';
      entity.hidden = true;
      readAs.hidden = true;
      renderFilters(null);
      list.setAttribute('aria-busy', 'false');
      return;
    }
    let found = await match(pagefind, plan, filters, dict.zone, values);
    if (found.results.length === 0 && plan.searches.length > 0) {
      // Characters common to both scripts (旅游 typed on the Traditional site): try the converted form.
      const converted = await queryInScript(state.q.trim(), script, dict, true);
      if (converted !== query) {
        const plan2 = planQuery(converted, dict.nested);
        const found2 = await match(pagefind, plan2, filters, dict.zone, values);
        if (found2.results.length > 0) [query, plan, found] = [converted, plan2, found2];
      }
    }
    if (id !== run) return;
    phrases = plan.phrases;
    // A query typed in the other script is shown as the site's forms it was read as.
    readAs.hidden = query === state.q.trim().normalize('NFC') || plan.searches.length === 0;
    readAs.dataset['query'] = query;
    readAs.textContent = (strings['readAs'] ?? '').replace('{query}', query);
    showEntity(entity, query, Object.hasOwn(dict.entities, query) ? dict.entities[query] : undefined, strings, groups);
    const count = found.results.length;
    total = count;
    shown = [];
    pending = [...found.results];
    more.hidden = true;
    status.textContent = count === 0 ? (strings['none'] ?? '') : (strings['count'] ?? '').replace('{count}', String(count));
    empty.hidden = count !== 0;
    if (count === 0) showEmpty(empty, query, Object.keys(filters).length > 0, groups);
    // Results first (one page of data at most), then the facet counts.
    await showMore(id, true);
    if (id !== run) return;
    more.hidden = pending.length === 0;
    renderFilters(facetCounts(found, filters, keys, values));
    list.setAttribute('aria-busy', 'false');
  };

  const cancelTyping = watchTyping(input, form, {
    draft: () => {
      state = { ...state, q: input.value };
      sync('draft');
      void search();
    },
    commit: () => sync('commit'),
    submit: () => {
      state = { ...state, q: input.value };
      sync('commit');
      void search();
    },
    // The index chunks the query needs load during the typing pause.
    typing: () => void queryInScript(input.value.trim(), script, dict).then((q) => preload(pagefind, planQuery(q, dict.nested)).catch(() => undefined)),
  });
  groups.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = new Set(state.filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    state = { ...state, filters: { ...state.filters, [box.name]: [...values] } };
    sync('commit');
    void search();
  });
  clear.addEventListener('click', () => {
    state = { q: state.q, filters: Object.fromEntries(keys.map((k) => [k, []])) };
    sync('commit');
    // The button is about to disappear: focus waits on the status line, which then announces the new count.
    focusPlace(status);
    void search();
  });
  more.addEventListener('click', () => {
    const id = run;
    void showMore(id).then((added) => {
      if (id !== run) return;
      // Focus goes to the first new result before the button can disappear, and the count is announced.
      focusFirstLink(added);
      more.hidden = pending.length === 0;
      status.textContent = (strings['shown'] ?? '').replace('{shown}', String(shown.length)).replace('{total}', String(total));
    });
  });
  window.addEventListener('popstate', () => {
    const next = stateFromUrl(location.search, keys, labels);
    // Following an in-page link (#results-heading) is a history step too; the search has not changed.
    if (stateToQuery(next) === stateToQuery(state) && next.q === input.value) return;
    cancelTyping();
    steps.restore();
    state = next;
    carryToTwin(stateToQuery(state));
    void search();
  });

  // Arrow keys move between the box and the results; Enter follows the focused link.
  root.addEventListener('keydown', (event) => {
    // Arrows inside a composition choose a candidate of the input method.
    if (event.isComposing || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? (at < 0 ? 0 : Math.min(at + 1, links.length - 1)) : at - 1;
    if (next < 0) input.focus();
    else links[next]!.focus();
  });

  // A query in the other script (from the script switch or a shared link) is shown converted,
  // and a URL with old name values is rewritten with ids.
  const converted = await queryInScript(state.q.trim(), script, dict);
  if (converted !== state.q.trim().normalize('NFC')) state = { ...state, q: converted };
  // The rewritten address replaces the one the page was opened at, and counts as the committed search.
  sync('draft');
  steps.restore();
  await search();
  // For tests and the benchmark: the page now answers typing.
  root.dataset['ready'] = '';
}
