/**
 * What a search must return, computed from the open-data export and the
 * registries, independently of the site's own search code: the items whose
 * text or metadata (names, aliases and short forms of its agencies and of the
 * bodies its text names, place names and the terms that name them, section
 * heading) holds the query, occurrences of a registry name inside a longer
 * registry name of another entity aside (南亚 in 东南亚).
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { toTraditional } from '../../src/registry/conversion.ts';
import type { Agency, PlaceTerm, Place } from '../../src/schemas/registry.ts';
import type { OpenData } from '../../src/lib/open-data.ts';

export const data = JSON.parse(readFileSync('dist/data/items.json', 'utf8')) as OpenData;
export const agencies = (parseYaml(readFileSync('content/registry/agencies.yml', 'utf8')) as (Omit<Agency, 'short'> & { short?: string[] })[]).map(
  (a): Agency => ({ ...a, short: a.short ?? [] }),
);
const placesFile = parseYaml(readFileSync('content/registry/places.yml', 'utf8')) as { places: (Place & { searchNames?: string[] })[]; terms: PlaceTerm[] };

/** Lower case without accents, the way a reader may type (written here apart from the site's code). */
export function fold(text: string): string {
  return [...text.normalize('NFD')]
    .filter((c) => !/\p{M}/u.test(c))
    .join('')
    .normalize('NFC')
    .toLowerCase();
}

/** The agency registry entry of a printed name. */
export function agencyOf(printed: string): Agency {
  return agencies.find((a) => a.name === printed || a.aliases.includes(printed))!;
}

/** The searchable metadata of an item in a script: agency and place names, section heading. */
export function searchableKeys(item: OpenData['items'][number], lang: 'zh-Hans' | 'zh-Hant'): string {
  const all = (a: Agency) => [a.name, ...a.aliases, ...a.short, ...(a.display ? [a.display] : [])];
  // The item's agencies, and every body its text names by a printed name.
  const named = agencies.filter((a) => [a.name, ...a.aliases].some((n) => item.text['zh-Hans'].includes(n)));
  const printed = [...item.agencies.macao, ...item.agencies.mainland, ...item.agencies['hong-kong']];
  const names = [...printed.flatMap((p) => [p, ...all(agencyOf(p))]), ...named.flatMap(all)];
  const places = item.countries.flatMap((id) => [
    placesFile.places.find((p) => p.id === id)!.name,
    ...placesFile.terms.filter((t) => t.places.includes(id)).map((t) => t.term),
  ]);
  // Portuguese and English names and acronyms of the same bodies and places.
  const bodies = [...new Set([...printed.map((p) => agencyOf(p)), ...named])];
  const foreign = [
    ...bodies.flatMap((a) => [a.pt, a.en, ...(a.acronyms ?? [])]),
    ...item.countries.flatMap((id) => {
      const p = placesFile.places.find((x) => x.id === id)!;
      return [p.pt, p.en, ...(p.searchNames ?? [])];
    }),
  ];
  const simplified = [...names, ...places, item.section].join('\n');
  return fold(`${lang === 'zh-Hant' ? toTraditional(simplified) : simplified}\n${foreign.join('\n')}`);
}

/** The searchable text of an item in a script: its text, then its metadata. */
export function searchableText(item: OpenData['items'][number], lang: 'zh-Hans' | 'zh-Hant'): string {
  return `${fold(item.text[lang])}\n${searchableKeys(item, lang)}`;
}

/** Every registry name (agency names and aliases, place names and terms) with the entities it names. */
function registryNames(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const add = (name: string, entities: string[]) => names.set(name, [...(names.get(name) ?? []), ...entities]);
  for (const a of agencies) for (const n of [a.name, ...a.aliases, ...a.short]) add(n, [`agency:${a.slug}`]);
  for (const p of placesFile.places) add(p.name, [`place:${p.id}`]);
  // A term that names no place (an organisation's or event's name kept so it tags nothing) is no registry name to search.
  for (const t of placesFile.terms.filter((term) => term.places.length > 0))
    add(
      t.term,
      t.places.map((id) => `place:${id}`),
    );
  return names;
}

/** Pairs [inner, outer] of registry names of different entities where outer contains inner, in a script. */
export function nestedRegistryNames(lang: 'zh-Hans' | 'zh-Hant'): [string, string][] {
  const names = registryNames();
  const local = (s: string) => (lang === 'zh-Hant' ? toTraditional(s) : s);
  const pairs: [string, string][] = [];
  for (const [inner, ei] of names)
    for (const [outer, eo] of names) if (outer !== inner && outer.includes(inner) && !ei.some((e) => eo.includes(e))) pairs.push([local(inner), local(outer)]);
  return pairs;
}

/** Start offsets of needle in hay (code units). */
function offsets(hay: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Whether a text holds a word as the search must read it: an occurrence
 * counts unless a registry name the word contains lies there inside a longer
 * registry name of another entity that the occurrence does not cover whole.
 */
export function holdsWord(text: string, word: string, nested: [string, string][]): boolean {
  return offsets(text, word).some((at) =>
    nested.every(([inner, outer]) =>
      offsets(word, inner).every((k) =>
        offsets(text, outer).every((o) => {
          const innerAt = at + k;
          const inside = o <= innerAt && innerAt + inner.length <= o + outer.length;
          const covered = at <= o && o + outer.length <= at + word.length;
          return !inside || covered;
        }),
      ),
    ),
  );
}

/** Ids of the items a query must find, the query given in the page's script. */
export function expectedIds(query: string, lang: 'zh-Hans' | 'zh-Hant'): string[] {
  const words = fold(query).match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? [];
  const nested = nestedRegistryNames(lang);
  return data.items
    .filter((i) => words.every((w) => holdsWord(searchableText(i, lang), w, nested)))
    .map((i) => i.id)
    .sort();
}

/** The queries: agency names and aliases, places, programmes, ordinary words, one and two characters. */
export function queries(): string[] {
  const printed = [...new Set(data.items.flatMap((i) => [...i.agencies.macao, ...i.agencies.mainland]))];
  const byUse = printed
    .map((p) => ({ p, n: data.items.filter((i) => [...i.agencies.macao, ...i.agencies.mainland].includes(p)).length }))
    .sort((a, b) => b.n - a.n || a.p.localeCompare(b.p));
  const agencyNames = [...byUse.slice(0, 6), ...byUse.slice(-3)].map((x) => x.p);
  const aliases = agencies
    .filter((a) => a.aliases.length && printed.some((p) => p === a.name || a.aliases.includes(p)))
    .map((a) => a.aliases[0]!)
    .slice(0, 3);
  const placeNames = placesFile.places.filter((p) => data.items.some((i) => i.countries.includes(p.id))).map((p) => p.name);
  const programmes = ['中葡合作发展基金', '世界中葡翻译大赛', '丝路基金', '友好城市', '联席会议', '中医药科技产业园', '葡韵嘉年华'];
  const words = ['旅游', '金融', '中医药', '会展', '人才', '青年', '部', '税', '澳', 'UN Tourism'];
  return [...new Set([...agencyNames, ...aliases, ...placeNames, ...programmes, ...words])];
}
