/**
 * Where focus goes when the control that holds it goes away: never to
 * <body> (the next Tab would start again at the top of the page).
 */

/** Moves focus to a place that is not itself a control (the status line, a heading), reachable by script only. */
export function focusPlace(place: HTMLElement): void {
  if (place.tabIndex < 0 && !place.hasAttribute('tabindex')) place.tabIndex = -1;
  place.focus();
}

/** Moves focus to the first link among newly added results. */
export function focusFirstLink(added: readonly HTMLElement[]): void {
  added[0]?.querySelector<HTMLAnchorElement>('a[href]')?.focus();
}
