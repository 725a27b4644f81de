/**
 * The search page's history: a query being typed replaces the current URL
 * (no entry per keystroke); a committed search (Enter, a filter, a pause)
 * becomes an entry of its own, so Back returns to the previous committed
 * search and never to half a word.
 */

/** The page's path and query string. */
function here(): string {
  return `${location.pathname}${location.search}`;
}

/** The history of one search page. */
export interface SearchHistory {
  /** Shows `url` in the address bar without a new entry. */
  draft(url: string): void;
  /** Makes `url` an entry of its own, after the last committed one. */
  commit(url: string): void;
  /** After Back or Forward: the entry shown is the committed one. */
  restore(): void;
}

/** History for the current page. */
export function searchHistory(): SearchHistory {
  let committed = here();
  return {
    draft(url) {
      if (url !== here()) history.replaceState(null, '', url);
    },
    commit(url) {
      const current = here();
      if (current !== committed) {
        // A draft is showing: it was the search the reader saw, so it gets its entry first.
        history.replaceState(null, '', committed);
        history.pushState(null, '', current);
      }
      if (url !== current) history.pushState(null, '', url);
      committed = url;
    },
    restore() {
      committed = here();
    },
  };
}
