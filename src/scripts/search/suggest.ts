/**
 * The empty state's suggestions: registry names (agency and place filter
 * values) that share the most characters with a query that found nothing.
 */

/** One filter value as the page shows it. */
export interface FilterOption {
  key: string;
  value: string;
  label: string;
  total: number;
}

const WORD = /[\p{L}\p{N}]/u;

/** How alike a name is to a query: shared adjacent pairs weigh more than shared characters. */
function likeness(query: string[], label: string): number {
  const chars = new Set(query.filter((c) => WORD.test(c)));
  let score = [...chars].filter((c) => label.includes(c)).length;
  for (let i = 0; i + 1 < query.length; i++) if (label.includes(query[i]! + query[i + 1]!)) score += 2;
  return score;
}

/** Up to `n` options most like the query, the most used first among equals; none when nothing is shared. */
export function closestNames(query: string, options: readonly FilterOption[], n = 5): FilterOption[] {
  const q = [...query.normalize('NFC')];
  return options
    .map((o) => ({ o, s: likeness(q, o.label) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || b.o.total - a.o.total || a.o.label.localeCompare(b.o.label))
    .slice(0, n)
    .map((x) => x.o);
}
