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

/**
 * Filter values that would give no result cannot be ticked; a ticked one
 * stays free to untick, and the value that holds focus is left alone so
 * focus never falls to <body>. A group in which no value counts a single
 * result while there are results holds no real counts (Pagefind's counts
 * for short queries): its values stay enabled rather than all locked.
 */
export function disableEmptyValues(groups: HTMLElement, counts: Record<string, Record<string, number>> | null, total: number): void {
  const counted = (name: string) => counts !== null && (total === 0 || Object.values(counts[name] ?? {}).some((n) => n > 0));
  for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    if (box === document.activeElement) continue;
    box.disabled = counted(box.name) && (counts![box.name]?.[box.value] ?? 0) === 0 && !box.checked;
  }
}
