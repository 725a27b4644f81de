/**
 * What a search must return, computed from the open-data export and the
 * registries, independently of the site's own search code: the items whose
 * text or metadata (agency names and aliases, place names and the terms that
 * name them, section heading) holds the query.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { toTraditional } from '../../src/lib/convert.ts';
import type { Agency, PlaceTerm, Place } from '../../src/schemas/registry.ts';
import type { OpenData } from '../../src/lib/open-data.ts';

export const data = JSON.parse(readFileSync('dist/data/items.json', 'utf8')) as OpenData;
const agencies = parseYaml(readFileSync('content/registry/agencies.yml', 'utf8')) as Agency[];
const placesFile = parseYaml(readFileSync('content/registry/places.yml', 'utf8')) as { places: Place[]; terms: PlaceTerm[] };

/** The agency registry entry of a printed name. */
export function agencyOf(printed: string): Agency {
  return agencies.find((a) => a.name === printed || a.aliases.includes(printed))!;
}

/** The searchable text of an item in a script. */
export function searchableText(item: OpenData['items'][number], lang: 'zh-Hans' | 'zh-Hant'): string {
  const names = [...item.agencies.macao, ...item.agencies.mainland].flatMap((p) => {
    const a = agencyOf(p);
    return [p, a.name, ...a.aliases];
  });
  const places = item.countries.flatMap((id) => [
    placesFile.places.find((p) => p.id === id)!.name,
    ...placesFile.terms.filter((t) => t.places.includes(id)).map((t) => t.term),
  ]);
  const simplified = [...names, ...places, item.section].join('\n');
  return `${item.text[lang]}\n${lang === 'zh-Hant' ? toTraditional(simplified) : simplified}`.toLowerCase();
}

/** Ids of the items a query must find, the query given in the page's script. */
export function expectedIds(query: string, lang: 'zh-Hans' | 'zh-Hant'): string[] {
  const words = query.toLowerCase().match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? [];
  return data.items
    .filter((i) => words.every((w) => searchableText(i, lang).includes(w)))
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
