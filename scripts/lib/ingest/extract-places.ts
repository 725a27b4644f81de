/**
 * Step 4b, extract the places an item names, longest term first, so that a
 * longer name containing a shorter one is read as itself (东南亚 ≠ 南亚).
 */
import type { Place, PlaceTerm } from '../../../src/schemas/registry.ts';

/** Place ids named in `text`, in registry order. */
export function extractPlaces(text: string, terms: PlaceTerm[], places: Place[]): string[] {
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
  const found = new Set<string>();
  for (let i = 0; i < text.length;) {
    const match = sorted.find((t) => text.startsWith(t.term, i));
    if (match) {
      match.places.forEach((id) => found.add(id));
      i += match.term.length;
    } else {
      i++;
    }
  }
  return places.map((p) => p.id).filter((id) => found.has(id));
}
