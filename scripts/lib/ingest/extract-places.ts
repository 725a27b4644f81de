/**
 * Step 4b, extract the places an item names, longest term first, so that a
 * longer name containing a shorter one is read as itself (东南亚 ≠ 南亚) and
 * an organisation's name keeps its place word (亚洲基础设施投资银行 ≠ 亚洲).
 * A city brings the places it lies in (帝力 → TL); a vague phrase
 * (相关国家和地区) takes the decision recorded for the item.
 */
import type { Place, PlaceDecision, PlaceTerm, VaguePhrase } from '../../../src/schemas/registry.ts';
import { IngestError } from './errors.ts';

/** Place ids named in `text`, with the places the named cities lie in, in registry order. */
export function extractPlaces(text: string, terms: PlaceTerm[], places: Place[]): string[] {
  const byFirst = termsByFirstUnit(terms);
  const found = new Set<string>();
  for (let i = 0; i < text.length;) {
    const match = byFirst.get(text.charCodeAt(i))?.find((t) => text.startsWith(t.term, i));
    if (match) {
      match.places.forEach((id) => found.add(id));
      i += match.term.length;
    } else {
      i++;
    }
  }
  return withContaining(found, places);
}

const termIndexes = new WeakMap<PlaceTerm[], Map<number, PlaceTerm[]>>();

/**
 * The terms by their first UTF-16 unit, longest first (ties in registry
 * order), made once per registry: only terms starting with the unit at a
 * position can match there.
 */
function termsByFirstUnit(terms: PlaceTerm[]): Map<number, PlaceTerm[]> {
  let index = termIndexes.get(terms);
  if (!index) {
    index = new Map();
    for (const term of [...terms].sort((a, b) => b.term.length - a.term.length)) {
      const first = term.term.charCodeAt(0);
      index.set(first, [...(index.get(first) ?? []), term]);
    }
    termIndexes.set(terms, index);
  }
  return index;
}

const placeIndexes = new WeakMap<Place[], Map<string, Place>>();

/** The ids plus every place they lie in (transitively), in registry order. */
function withContaining(ids: Set<string>, places: Place[]): string[] {
  let byId = placeIndexes.get(places);
  if (!byId) placeIndexes.set(places, (byId = new Map(places.map((p) => [p.id, p]))));
  const all = new Set<string>();
  const add = (id: string) => {
    if (all.has(id)) return;
    all.add(id);
    byId.get(id)?.within.forEach(add);
  };
  ids.forEach(add);
  return places.map((p) => p.id).filter((id) => all.has(id));
}

/** What the places of an item need besides its terms: the registry's vague phrases and decisions. */
export interface PlaceRules {
  places: Place[];
  vague: VaguePhrase[];
  decisions: PlaceDecision[];
}

/**
 * The places of one item: its terms, then the decision recorded for a vague
 * phrase it prints. An item printing a vague phrase, with no decision and
 * none of the places the phrase may mean, is refused so that someone reads it.
 */
export function placesOfItem(id: string, text: string, terms: PlaceTerm[], rules: PlaceRules, file: string, line: number): string[] {
  const named = new Set(extractPlaces(text, terms, rules.places));
  for (const vague of rules.vague.filter((v) => text.includes(v.phrase))) {
    const decision = rules.decisions.find((d) => d.item === id && d.phrase === vague.phrase);
    if (decision) decision.places.forEach((p) => named.add(p));
    else if (!vague.mayMean.some((p) => named.has(p))) {
      throw new IngestError(
        file,
        line,
        `Item ${id} says "${vague.phrase}" but names none of the places it may mean (${vague.mayMean.join(', ')}).`,
        `Read the item and record what the phrase means there under \`decisions\` in content/registry/places.yml (item, phrase, places, reason).`,
      );
    }
  }
  return withContaining(named, rules.places);
}
