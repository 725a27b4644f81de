/**
 * Result rendering with DOM nodes and textContent only: nothing a reader
 * types, and nothing from the index, is ever parsed as HTML.
 */
import { openingWords } from '../../lib/opening-words.ts';
import { matchSpans, type NestedName } from '../../lib/search-tokens.ts';
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

/** An element with text, built safely. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The excerpt around the first match, with every match in it marked (entity-aware: 南亚 is not marked in 东南亚). */
export function excerptNode(text: string, phrases: string[], nested: readonly NestedName[] = [], length = 90): HTMLElement {
  const spans = matchSpans(text, phrases, nested);
  const start = spans.length ? Math.max(0, spans[0]![0] - 20) : 0;
  const end = Math.min(text.length, start + length);
  const p = el('p', undefined, 'excerpt');
  if (start > 0) p.append('……');
  let i = start;
  for (const [from, to] of spans) {
    if (from < start || to > end) continue;
    p.append(text.slice(i, from), el('mark', text.slice(from, to)));
    i = to;
  }
  p.append(text.slice(i, end));
  if (end < text.length) p.append('……');
  return p;
}

/** Small labels for a list of names joined with 、 (nothing when empty). */
function labels(names: string, className: string): HTMLUListElement[] {
  if (!names) return [];
  const ul = el('ul', undefined, `labels ${className}`);
  ul.append(...names.split('、').map((n) => el('li', n)));
  return [ul];
}

/**
 * One result: a link titled with the document, the item number and the
 * commitment's opening words; the excerpt around the first match, marked; the
 * agencies and places as small labels.
 */
export function resultNode(url: string, meta: ResultMeta, phrases: string[], nested: readonly NestedName[] = []): HTMLLIElement {
  const li = el('li');
  const link = el('a', meta.title);
  link.href = url;
  const opening = openingWords(meta.text);
  if (opening) link.append(el('span', ` ${opening}`, 'opening'));
  li.append(link, excerptNode(meta.text, phrases, nested), ...labels(meta.agencies, 'agencies'), ...labels(meta.places, 'places'));
  return li;
}

/** The agency and place filter values of the page, with their totals. */
function nameOptions(groups: HTMLElement): FilterOption[] {
  return [...groups.querySelectorAll<HTMLInputElement>('input[name=agency], input[name=country]')].map((box) => ({
    key: box.name,
    value: box.value,
    label: box.parentElement!.querySelector('span')!.textContent ?? '',
    total: Number(box.parentElement!.querySelector<HTMLElement>('.count')!.dataset['total']),
  }));
}

/** The empty state: why nothing was found, and the registry names closest to the query as filter links. */
export function showEmpty(empty: HTMLElement, query: string, filtered: boolean, groups: HTMLElement): void {
  empty.querySelector<HTMLElement>('[data-none-help]')!.hidden = filtered;
  empty.querySelector<HTMLElement>('[data-none-filtered]')!.hidden = !filtered;
  const closest = filtered ? [] : closestNames(query, nameOptions(groups));
  const list = empty.querySelector<HTMLElement>('[data-closest-list]')!;
  list.replaceChildren(
    ...closest.map((o) => {
      const link = el('a', o.label);
      link.href = `?${new URLSearchParams([[o.key, o.value]]).toString()}`;
      const li = el('li');
      li.append(link, ` (${o.total})`);
      return li;
    }),
  );
  empty.querySelector<HTMLElement>('[data-closest]')!.hidden = closest.length === 0;
  // A query in Latin letters alone: point to the Portuguese and English pages.
  empty.querySelector<HTMLElement>('[data-foreign]')!.hidden = !/^[\p{Script=Latin}\p{N}\s'’.-]+$/u.test(query.trim());
}

/** Says that the query was read as an agency or place, and links to that filter when it has items. */
export function showEntity(
  node: HTMLElement,
  query: string,
  entity: [key: string, id: string, name: string] | undefined,
  strings: Record<string, string>,
  groups: HTMLElement,
): void {
  node.hidden = entity === undefined;
  if (!entity) return;
  const [key, id, name] = entity;
  const fill = (s: string | undefined) => (s ?? '').replace('{query}', query).replace('{name}', name);
  node.querySelector('span')!.textContent = fill(key === 'agency' ? strings['asAgency'] : strings['asPlace']);
  const link = node.querySelector('a')!;
  const box = [...groups.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)].find((b) => b.value === id);
  link.hidden = box === undefined;
  link.textContent = fill(strings['entityFilter']);
  link.href = `?${new URLSearchParams([[key, id]]).toString()}`;
}
