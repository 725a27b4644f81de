/**
 * What the reader does on the search page, and what each action changes:
 * typing (typing.ts), a filter, "clear", "more", Back and Forward, the
 * arrow keys, and the phone's link to the folded filters.
 */
import type { SearchAddress } from './address.ts';
import { focusPlace } from './focus.ts';
import type { SearchPage } from './render.ts';
import type { SearchSession } from './session.ts';
import { stateFromUrl, stateToQuery, withFilter, withoutFilters, withQuery, type FilterLabels } from './state.ts';
import { watchTyping } from './typing.ts';

/**
 * On a phone the filters stay folded as the page is sent (opening them there
 * after load would shift the results down), so the results come into view;
 * the link at the top of the results unfolds them. Wide screens show them open.
 */
export function placeFilters(page: SearchPage): void {
  if (!window.matchMedia('(max-width: 59.99rem)').matches) page.panel.open = true;
  page.root.querySelector('a[href="#filters-heading"]')?.addEventListener('click', () => (page.panel.open = true));
}

/**
 * Where an arrow key moves focus among `count` result links from the one at
 * `at` (-1: none of them): the index of a link, 'input' for the search box,
 * or null when the key is not the page's to handle (focus elsewhere, no results).
 */
export function arrowTarget(key: string, at: number, count: number, fromInput: boolean): number | 'input' | null {
  if ((key !== 'ArrowDown' && key !== 'ArrowUp') || count === 0) return null;
  if (!fromInput && at < 0) return null;
  const next = key === 'ArrowDown' ? (at < 0 ? 0 : Math.min(at + 1, count - 1)) : at - 1;
  return next < 0 ? 'input' : next;
}

/** Makes the page answer the reader: each action updates the session's state, the address, and searches. */
export function listen(
  page: SearchPage,
  session: SearchSession<HTMLLIElement>,
  address: SearchAddress,
  url: { keys: readonly string[]; labels: FilterLabels },
): void {
  const { input, form, groups, clear, more, status, list, root } = page;
  const cancelTyping = watchTyping(input, form, {
    draft: () => {
      session.state = withQuery(session.state, input.value);
      address.write(session.state, 'draft');
      void session.search();
    },
    commit: () => address.write(session.state, 'commit'),
    submit: () => {
      session.state = withQuery(session.state, input.value);
      address.write(session.state, 'commit');
      void session.search();
    },
    // The index chunks the query needs load during the typing pause.
    typing: () => session.prepare(input.value),
  });
  groups.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    session.state = withFilter(session.state, box.name, box.value, box.checked);
    address.write(session.state, 'commit');
    void session.search();
  });
  clear.addEventListener('click', () => {
    session.state = withoutFilters(session.state, url.keys);
    address.write(session.state, 'commit');
    // The button is about to disappear: focus waits on the status line, which then announces the new count.
    focusPlace(status);
    void session.search();
  });
  more.addEventListener('click', () => void session.more());
  window.addEventListener('popstate', () => {
    const next = stateFromUrl(location.search, url.keys, url.labels);
    // Following an in-page link (#results-heading) is a history step too; the search has not changed.
    if (stateToQuery(next) === stateToQuery(session.state) && next.q === input.value) return;
    cancelTyping();
    session.state = next;
    address.restore(next);
    void session.search();
  });
  // Arrow keys move between the box and the results; Enter follows the focused link.
  root.addEventListener('keydown', (event) => {
    // Arrows inside a composition choose a candidate of the input method.
    if (event.isComposing) return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
    const target = arrowTarget(event.key, links.indexOf(document.activeElement as HTMLAnchorElement), links.length, document.activeElement === input);
    if (target === null) return;
    event.preventDefault();
    if (target === 'input') input.focus();
    else links[target]!.focus();
  });
}
