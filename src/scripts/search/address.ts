/**
 * The search state in the address bar (a draft while typing, a history
 * entry once committed: history.ts) and in the script switch, which carries
 * the query and filters to the twin search page (converted there).
 */
import { searchHistory } from './history.ts';
import { stateToQuery, type SearchState } from './state.ts';

/** The address of a search page for a state. */
export function stateUrl(pathname: string, state: SearchState): string {
  const query = stateToQuery(state);
  return `${pathname}${query ? `?${query}` : ''}`;
}

/** Points the script switch at the twin search page with the same query and filters. */
export function carryToTwin(state: SearchState): void {
  const query = stateToQuery(state);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-script-switch]')) {
    const twin = new URL(link.href, location.href);
    twin.search = query ? `?${query}` : '';
    link.href = `${twin.pathname}${twin.search}`;
  }
}

/** The search page's address. */
export interface SearchAddress {
  /** Writes the state to the address bar (a draft or a history entry) and to the script switch. */
  write(state: SearchState, mode: 'draft' | 'commit'): void;
  /** After Back or Forward: the entry shown is the committed one, and the switch carries its state. */
  restore(state: SearchState): void;
}

/** The address of the current page. */
export function searchAddress(): SearchAddress {
  const steps = searchHistory();
  return {
    write(state, mode) {
      steps[mode](stateUrl(location.pathname, state));
      carryToTwin(state);
    },
    restore(state) {
      steps.restore();
      carryToTwin(state);
    },
  };
}
