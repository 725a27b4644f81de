/**
 * The thin DOM layer of the search page: finds its parts and applies the
 * views of view.ts to them, with DOM nodes and textContent only — nothing a
 * reader types, and nothing from the index, is ever parsed as HTML.
 */
import { focusFirstLink } from './focus.ts';
import type { Screen } from './session.ts';
import type { FilterOption } from './suggest.ts';
import type { EmptyView, EntityView, ExcerptView, FiltersView, ReadAsView, ResultView, SummaryView } from './view.ts';

/** The parts of the search page (src/pages/[script]/search/index.astro). */
export interface SearchPage {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
  readAs: HTMLElement;
  entity: HTMLElement;
  groups: HTMLElement;
  /** The filter boxes, in page order. */
  boxes: HTMLInputElement[];
  clear: HTMLButtonElement;
  panel: HTMLDetailsElement;
}

/** Finds the parts of the search page inside its root. */
export function searchPage(root: HTMLElement): SearchPage {
  const find = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const groups = find<HTMLElement>('[data-filter-groups]');
  return {
    root,
    form: find('form'),
    input: find('[data-search-primary]'),
    status: find('[data-status]'),
    list: find('[data-results]'),
    more: find('[data-more]'),
    empty: find('[data-empty]'),
    readAs: find('[data-read-as]'),
    entity: find('[data-entity]'),
    groups,
    boxes: [...groups.querySelectorAll<HTMLInputElement>('input')],
    clear: find('[data-clear]'),
    panel: find('[data-filters-panel]'),
  };
}

/** The filter values as the page shows them: key, id, name in the page's script, total. */
export function filterOptions(boxes: readonly HTMLInputElement[]): FilterOption[] {
  return boxes.map((box) => ({
    key: box.name,
    value: box.value,
    label: box.parentElement!.querySelector('span')!.textContent ?? '',
    total: Number(box.parentElement!.querySelector<HTMLElement>('.count')!.dataset['total']),
  }));
}

/** An element with text, built safely. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** An excerpt paragraph, its matches marked. */
function excerptNode(view: ExcerptView): HTMLElement {
  const p = el('p', undefined, 'excerpt');
  if (view.cutBefore) p.append('……');
  for (const part of view.parts) p.append(part.mark ? el('mark', part.text) : part.text);
  if (view.cutAfter) p.append('……');
  return p;
}

/** Small labels for a list of names (nothing when empty). */
function labels(names: string[], className: string): HTMLUListElement[] {
  if (!names.length) return [];
  const ul = el('ul', undefined, `labels ${className}`);
  ul.append(...names.map((n) => el('li', n)));
  return [ul];
}

/** One result as a list item. */
export function resultNode(view: ResultView): HTMLLIElement {
  const li = el('li');
  const link = el('a', view.title);
  link.href = view.href;
  if (view.opening) link.append(el('span', ` ${view.opening}`, 'opening'));
  li.append(link, excerptNode(view.excerpt), ...labels(view.agencies, 'agencies'), ...labels(view.places, 'places'));
  return li;
}

/** Shows the empty state. */
function applyEmpty(node: HTMLElement, view: EmptyView): void {
  node.querySelector<HTMLElement>('[data-none-help]')!.hidden = !view.help;
  node.querySelector<HTMLElement>('[data-none-filtered]')!.hidden = !view.filtered;
  node.querySelector<HTMLElement>('[data-closest-list]')!.replaceChildren(
    ...view.closest.map((o) => {
      const link = el('a', o.label);
      link.href = o.href;
      const li = el('li');
      li.append(link, ` (${o.total})`);
      return li;
    }),
  );
  node.querySelector<HTMLElement>('[data-closest]')!.hidden = view.closest.length === 0;
  node.querySelector<HTMLElement>('[data-foreign]')!.hidden = !view.foreign;
}

/** Shows or hides the note that the query was read as an agency or place. */
function applyEntity(node: HTMLElement, view: EntityView | null): void {
  node.hidden = view === null;
  if (!view) return;
  node.querySelector('span')!.textContent = view.text;
  const link = node.querySelector('a')!;
  link.hidden = !view.link.shown;
  link.textContent = view.link.text;
  link.href = view.link.href;
}

/** Shows or hides the "read as" note. */
function applyReadAs(node: HTMLElement, view: ReadAsView): void {
  node.hidden = !view.shown;
  node.dataset['query'] = view.query;
  node.textContent = view.text;
}

/** Ticks, counts and enables the filter boxes; the box that holds focus keeps its state, so focus never falls to <body>. */
function applyFilters(page: SearchPage, view: FiltersView): void {
  page.boxes.forEach((box, i) => {
    const b = view.boxes[i]!;
    box.checked = b.checked;
    box.parentElement!.querySelector<HTMLElement>('.count')!.textContent = b.count;
    if (box !== document.activeElement) box.disabled = b.disabled;
  });
  page.clear.hidden = !view.clearShown;
}

/** The search page as a session's screen. */
export function domScreen(page: SearchPage): Screen<HTMLLIElement> {
  return {
    busy: (on) => page.list.setAttribute('aria-busy', String(on)),
    query: (q) => (page.input.value = q),
    blank() {
      page.empty.hidden = true;
      page.status.textContent = '';
      page.entity.hidden = true;
      page.readAs.hidden = true;
    },
    summary(view: SummaryView) {
      applyReadAs(page.readAs, view.readAs);
      applyEntity(page.entity, view.entity);
      page.status.textContent = view.status;
      page.empty.hidden = view.empty === null;
      if (view.empty) applyEmpty(page.empty, view.empty);
    },
    rows(views, mode) {
      const rows = views.map(resultNode);
      if (mode === 'replace') page.list.replaceChildren(...rows);
      else page.list.append(...rows);
      return rows;
    },
    more: (shown) => (page.more.hidden = !shown),
    status: (text) => (page.status.textContent = text),
    filters: (view) => applyFilters(page, view),
    focusFirst: focusFirstLink,
  };
}
