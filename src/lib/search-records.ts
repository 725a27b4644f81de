/**
 * What the search index holds for each item in each script: the tokens of
 * its text and metadata (see search-tokens.ts), the filters, and the meta the
 * results list shows. Built at build time; fed to Pagefind after the build.
 */
import type { ScriptId } from '../i18n/scripts.ts';
import type { Agency } from '../schemas/registry.ts';
import { itemNumberLabel } from './item-title.ts';
import { agencyName, documentShortTitle, localText, pillarName, placeName } from './localize.ts';
import { buildQueryDict, type QueryDict } from './query-dict.ts';
import { openingWords } from './opening-words.ts';
import { indexContent, pairTokens, zoneTokens, type NestedName } from './search-tokens.ts';
import { yearsOf, type SiteData, type SiteItem } from './site-data.ts';
import { allBodies } from './responsible.ts';
import { itemUrl } from './urls.ts';

/** A Pagefind custom record. */
export interface SearchRecord {
  url: string;
  language: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** `order`: the item's place in document order, zero-padded, for Pagefind's sort. */
  sort: Record<string, string>;
}

/** The filter names, in the order the search page shows them. */
export const FILTER_KEYS = ['document', 'pillar', 'agency', 'country', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Metadata a search should also find an item by, in Simplified: every name
 * of its agencies and of the bodies its text names (canonical, aliases, short
 * forms, as printed: 发改委 finds an item that prints 国家发展和改革委员会),
 * every name of its places (registry name and the terms that name it: 巴葡 →
 * 巴西), its section, and the Portuguese and English names and acronyms of
 * those bodies and places.
 */
export function searchKeys(site: SiteData, item: SiteItem): string[] {
  let keys = keysMade.get(item);
  if (!keys) keysMade.set(item, (keys = makeSearchKeys(site, item)));
  return keys;
}

/** The search keys of every item asked so far: the records, the first zones and the query tables all ask. */
const keysMade = new WeakMap<SiteItem, string[]>();

function makeSearchKeys(site: SiteData, item: SiteItem): string[] {
  const text = item.paragraphs.join('\n');
  const named = site.agencies.filter((a) => [a.name, ...a.aliases].some((n) => text.includes(n)));
  const agencies = [...allBodies(item.data).flatMap((r) => [r.printed, ...agencyNames(site.agency(r.slug))]), ...named.flatMap(agencyNames)];
  const places = item.data.places.flatMap((id) => [site.place(id).name, ...site.placeTerms.filter((t) => t.places.includes(id)).map((t) => t.term)]);
  // Names in Portuguese and English, for readers who don't read Chinese (MOFCOM, Ministério do Comércio, Brasil).
  const foreign = [
    ...[...allBodies(item.data).map((r) => site.agency(r.slug)), ...named].flatMap((a) => [a.pt, a.en, ...a.acronyms]),
    ...item.data.places.flatMap((id) => [site.place(id).pt, site.place(id).en, ...site.place(id).searchNames]),
  ];
  return [...new Set([...agencies, ...places, item.data.section, ...foreign])];
}

/** Every name of an agency: canonical, aliases, short forms, and the name lists show (北京市发展改革委). */
export function agencyNames(a: Agency): string[] {
  return [a.name, ...a.aliases, ...a.short, ...(a.display ? [a.display] : [])];
}

/** The filter values of an item: script-independent ids (document id, pillar slug, agency slug, place id, year). */
export function filterValues(site: SiteData, item: SiteItem): Record<FilterKey, string[]> {
  const data = item.data;
  return {
    document: [data.document],
    pillar: [data.pillar],
    agency: allBodies(data).map((r) => r.slug),
    country: [...data.places],
    year: yearsOf(data.years, site.latestYear).map(String),
  };
}

/** The label of a filter value in the script. */
export function filterLabel(script: ScriptId, site: SiteData, key: FilterKey, value: string): string {
  switch (key) {
    case 'document':
      return documentShortTitle(script, site.document(value));
    case 'pillar':
      return pillarName(script, site.pillar(value));
    case 'agency':
      return agencyName(script, site.agency(value));
    case 'country':
      return placeName(script, site.place(value));
    case 'year':
      return value;
  }
}

/**
 * Registry names that lie inside a longer registry name of another entity
 * (南亚 in 东南亚), in the script: agency names and aliases, place names and
 * place terms. A search for the inner name skips it inside the outer one.
 */
export function nestedNames(script: ScriptId, site: SiteData): NestedName[] {
  const names = new Map<string, Set<string>>();
  const add = (name: string, entities: string[]) => {
    const set = names.get(name) ?? new Set<string>();
    entities.forEach((e) => set.add(e));
    names.set(name, set);
  };
  for (const a of site.agencies) for (const n of agencyNames(a)) add(n, [`agency:${a.slug}`]);
  for (const p of site.places) add(p.name, [`place:${p.id}`]);
  // A term that names no place (an organisation's or event's name, kept so that it tags nothing) is no name to search by.
  for (const t of site.placeTerms.filter((term) => term.places.length > 0))
    add(
      t.term,
      t.places.map((id) => `place:${id}`),
    );
  const nested: NestedName[] = [];
  for (const [inner, ei] of names)
    for (const [outer, eo] of names)
      if (outer !== inner && outer.includes(inner) && ![...ei].some((e) => eo.has(e))) nested.push([localText(script, inner), localText(script, outer)]);
  return nested.sort();
}

/** The text of an item's first zone: its registered names and section, then its opening words. */
function firstZone(script: ScriptId, site: SiteData, item: SiteItem): { text: string; keys: string } {
  const keys = localText(script, searchKeys(site, item).join('\n'));
  return { keys, text: `${keys}\n${openingWords(localText(script, item.paragraphs.join('\n')), 'sentence')}` };
}

/** Positions of the first zone, the same for every record: the longest first zone of the corpus. */
export function zoneSize(site: SiteData): number {
  // Asked by the records and by both scripts' query tables: measured once per site.
  let size = zoneSizes.get(site);
  if (size === undefined) zoneSizes.set(site, (size = measureZone(site)));
  return size;
}

const zoneSizes = new WeakMap<SiteData, number>();

function measureZone(site: SiteData): number {
  return Math.max(
    ...(['zh-hans', 'zh-hant'] as const).flatMap((script) => {
      const nested = nestedNames(script, site);
      return site.items.map((item) => pairTokens(firstZone(script, site, item).text, nested).length);
    }),
  );
}

/** The record of one item in one script. */
export function searchRecord(script: ScriptId, site: SiteData, item: SiteItem, nested: NestedName[], zone: number): SearchRecord {
  const doc = site.document(item.data.document);
  const text = localText(script, item.paragraphs.join('\n'));
  const first = firstZone(script, site, item);
  const filters = filterValues(site, item);
  return {
    url: itemUrl(script, doc.id, item.data.slug),
    language: script,
    content: indexContent(pairTokens(first.text, nested), zoneTokens(text, nested, first.keys), zone),
    meta: {
      title: `${documentShortTitle(script, doc)}${itemNumberLabel(script, item.data)}`,
      agencies: filters.agency.map((slug) => agencyName(script, site.agency(slug))).join('、'),
      places: filters.country.map((id) => placeName(script, site.place(id))).join('、'),
      text,
    },
    filters,
    sort: { order: String(site.items.indexOf(item)).padStart(6, '0') },
  };
}

/** What the search page loads for its script: the query table, the nested registry names, the first zone's size. */
export interface SearchConfig extends QueryDict {
  nested: NestedName[];
  zone: number;
  /** Every registry name in the script → [filter key, id, canonical name in the script]. */
  entities: Record<string, [FilterKey, string, string]>;
  /** Every filter value's name in the other script → its id, to read URLs written before ids. */
  otherLabels: Record<string, Record<string, string>>;
}

/** Each filter value's label in the other script (where it differs) → its id. */
function otherLabels(script: ScriptId, site: SiteData): SearchConfig['otherLabels'] {
  const other = script === 'zh-hans' ? 'zh-hant' : 'zh-hans';
  return Object.fromEntries(
    facets(other, site).map(({ key, values }) => [
      key,
      Object.fromEntries(values.filter((v) => v.label !== filterLabel(script, site, key, v.value)).map((v) => [v.label, v.value])),
    ]),
  );
}

/** The agencies and places a query may name exactly: every name, alias, short form and place term. */
export function registryEntities(script: ScriptId, site: SiteData): SearchConfig['entities'] {
  const entities: SearchConfig['entities'] = {};
  for (const a of site.agencies) for (const n of agencyNames(a)) entities[localText(script, n)] = ['agency', a.slug, agencyName(script, a)];
  for (const p of site.places) entities[localText(script, p.name)] = ['country', p.id, placeName(script, p)];
  for (const t of site.placeTerms) {
    const place = t.places.length === 1 ? site.place(t.places[0]!) : undefined;
    if (place && !(localText(script, t.term) in entities)) entities[localText(script, t.term)] = ['country', place.id, placeName(script, place)];
  }
  return entities;
}

/** The query table of a script, from the searchable text of every item. */
export function queryDict(script: ScriptId, site: SiteData): SearchConfig {
  const pairs = site.items.flatMap((item): [string, string][] => {
    const texts = [
      item.paragraphs.join('\n'),
      ...searchKeys(site, item),
      ...Object.entries(filterValues(site, item)).flatMap(([k, vs]) => vs.map((v) => filterLabel('zh-hans', site, k as FilterKey, v))),
    ];
    return texts.map((s) => [s, localText('zh-hant', s)]);
  });
  return {
    ...buildQueryDict(pairs, script === 'zh-hant'),
    nested: nestedNames(script, site),
    zone: zoneSize(site),
    entities: registryEntities(script, site),
    otherLabels: otherLabels(script, site),
  };
}

/** One filter of the search page with every value (id and label in the script) and how many items have it. */
export interface Facet {
  key: FilterKey;
  values: { value: string; label: string; count: number }[];
}

/** The filters with their values, in the order the page shows them. */
export function facets(script: ScriptId, site: SiteData): Facet[] {
  const perItem = site.items.map((item) => filterValues(site, item));
  const documentOrder = site.documents.map((d) => d.id);
  return FILTER_KEYS.map((key) => {
    const counts = new Map<string, number>();
    for (const values of perItem) for (const v of values[key]) counts.set(v, (counts.get(v) ?? 0) + 1);
    const label = (v: string) => filterLabel(script, site, key, v);
    const order = (a: string, b: string) =>
      key === 'year'
        ? a.localeCompare(b)
        : key === 'document'
          ? documentOrder.indexOf(a) - documentOrder.indexOf(b)
          : counts.get(b)! - counts.get(a)! || label(a).localeCompare(label(b));
    return {
      key,
      values: [...counts.keys()].sort(order).map((value) => ({
        value,
        label: label(value),
        count: counts.get(value)!,
      })),
    };
  });
}
