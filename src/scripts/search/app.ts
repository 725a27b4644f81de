/**
 * The search page: state in the URL, Pagefind queries in the page's script,
 * exact matching (see src/lib/search-tokens.ts), facet counts, keyboard use
 * and a live count. Everything shown is built as text.
 */
import { holdsAll, planQuery } from '../../lib/search-tokens.ts';
import type { QueryDict } from '../../lib/query-dict.ts';
import { PAGEFIND_URL, queryDictUrl } from '../../lib/urls.ts';
import { queryInScript } from './convert-query.ts';
import { disableEmptyValues, focusFirstLink, focusPlace } from './focus.ts';
import { searchHistory } from './history.ts';
import { resultNode, type ResultMeta } from './render.ts';
import { pagefindFilters, stateFromUrl, stateToQuery, type SearchState } from './state.ts';
import { watchTyping } from './typing.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; meta: ResultMeta; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o: { filters: Record<string, unknown> }): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
}

const PAGE = 20;
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
  const groups = root.querySelector<HTMLElement>('[data-filter-groups]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;

  let state: SearchState = stateFromUrl(location.search, keys);
  let pagefind: Pagefind;
  let dict: QueryDict;
  try {
    status.textContent = strings['loading'] ?? '';
    pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ excerptLength: 0 });
    dict = (await fetch(queryDictUrl(script)).then((r) => r.json())) as QueryDict;
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

  /** Shows the next page of results; returns their list items. */
  const showMore = async (id: number): Promise<HTMLLIElement[]> => {
    const batch = pending.splice(0, PAGE);
    const loaded = await Promise.all(batch.map((r) => r.data()));
    if (id !== run) return [];
    const added = loaded.map((d) => {
      shown.push({ url: d.url, meta: d.meta });
      return resultNode(d.url, d.meta, phrases);
    });
    list.append(...added);
    return added;
  };

  const search = async () => {
    const id = ++run;
    list.setAttribute('aria-busy', 'true');
    input.value = state.q;
    const query = await queryInScript(state.q.trim(), script, dict);
    const plan = planQuery(query);
    phrases = plan.phrases;
    const filters = pagefindFilters(state);
    list.replaceChildren();
    shown = [];
    pending = [];
    more.hidden = true;
    empty.hidden = true;
    if (plan.terms === null && Object.keys(filters).length === 0) {
      status.textContent = '';
      renderFilters(null);
      list.setAttribute('aria-busy', 'false');
      return;
    }
    const result = await pagefind.search(plan.terms, { filters });
    if (id !== run) return;
    let count = result.results.length;
    let counts = result.filters;
    if (plan.verify) {
      // Longer queries: keep only items that hold every phrase, and count facets from them.
      const data = await Promise.all(result.results.map((r) => r.data()));
      if (id !== run) return;
      const holds = data.map((d) => holdsAll(`${d.meta.text}\n${d.meta.keys}`, plan.phrases));
      const keep = result.results.filter((_, i) => holds[i]);
      const kept = data.filter((_, i) => holds[i]);
      count = keep.length;
      counts = {};
      for (const d of kept) for (const [k, vs] of Object.entries(d.filters)) for (const v of vs) (counts[k] ??= {})[v] = (counts[k][v] ?? 0) + 1;
      pending = keep;
    } else {
      pending = [...result.results];
    }
    total = count;
    renderFilters(counts);
    status.textContent = count === 0 ? (strings['none'] ?? '') : (strings['count'] ?? '').replace('{count}', String(count));
    empty.hidden = count !== 0;
    await showMore(id);
    if (id !== run) return;
    more.hidden = pending.length === 0;
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
    const next = stateFromUrl(location.search, keys);
    // Following an in-page link (#results-heading) is a history step too; the search has not changed.
    if (stateToQuery(next) === stateToQuery(state) && next.q === input.value) return;
    cancelTyping();
    steps.restore();
    state = next;
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

  await search();
  // For tests and the benchmark: the page now answers typing.
  root.dataset['ready'] = '';
}
