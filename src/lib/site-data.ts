/**
 * Everything the pages read, loaded once from the content collections and
 * arranged for lookup: documents in reading order, items in document order,
 * and the registries.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ScriptId } from '../i18n/scripts.ts';
import type { Agency, Pillar, Place, PlaceTerm } from '../schemas/registry.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { Item } from '../schemas/item.ts';
import { allBodies } from './responsible.ts';

/** An item with its id and its text, paragraph by paragraph (Simplified). */
export interface SiteItem {
  /** `<document>/<slug>`. */
  id: string;
  data: Item;
  paragraphs: string[];
  entry: CollectionEntry<'items'>;
}

/** The props of a component that shows one item: the script, the site data and the item. */
export interface ItemComponentProps {
  script: ScriptId;
  site: SiteData;
  item: SiteItem;
}

/** The whole site's data. */
export interface SiteData {
  documents: DocumentData[];
  items: SiteItem[];
  agencies: Agency[];
  places: Place[];
  placeTerms: PlaceTerm[];
  pillars: Pillar[];
  document(id: string): DocumentData;
  item(id: string): SiteItem;
  itemsOf(document: string): SiteItem[];
  agency(slug: string): Agency;
  place(id: string): Place;
  pillar(slug: string): Pillar;
  /** Every year any item covers, ascending. */
  years: number[];
  /** The latest year any document covers: where open-ended spans stop counting. */
  latestYear: number;
}

let cached: Promise<SiteData> | undefined;

/** Loads (once) and returns the site data. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= build();
  return cached;
}

function byKey<T>(list: T[], key: (x: T) => string, what: string): (k: string) => T {
  const map = new Map(list.map((x) => [key(x), x]));
  return (k) => {
    const found = map.get(k);
    if (!found) throw new Error(`Unknown ${what} "${k}": it is referenced by content but missing from the registry.`);
    return found;
  };
}

/**
 * The years an item covers. An open-ended span (2018年起) counts for every year
 * up to `latest`, the latest year any document covers, so the 2018 Arrangement
 * is in force on the page of 2026.
 */
export function yearsOf(years: Item['years'], latest: number): number[] {
  const [from, to] = years;
  const out: number[] = [];
  for (let y = from; y <= (to ?? Math.max(from, latest)); y++) out.push(y);
  return out;
}

/** The latest year any document covers (its last year, or its first when open-ended). */
export function latestYearOf(documents: Pick<DocumentData, 'years'>[]): number {
  return Math.max(...documents.map((d) => d.years[1] ?? d.years[0]));
}

/**
 * An item's paragraphs, as the items loader stored them when it parsed the
 * body during content sync (src/loaders/mdx-items.ts): read, not parsed again.
 */
function paragraphsOf(entry: CollectionEntry<'items'>): string[] {
  const paragraphs = entry.rendered?.metadata?.['paragraphs'];
  if (!Array.isArray(paragraphs) || !paragraphs.every((p) => typeof p === 'string')) {
    throw new Error(
      `${entry.filePath ?? entry.id}: The content store holds no paragraphs for this item. Delete Astro's cache (node_modules/.astro) and build again.`,
    );
  }
  return paragraphs;
}

async function build(): Promise<SiteData> {
  const documents = (await getCollection('documents')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const order = new Map(documents.map((d) => [d.id, d.order]));
  const items: SiteItem[] = (await getCollection('items'))
    .map((entry) => ({ id: entry.id, data: entry.data, paragraphs: paragraphsOf(entry), entry }))
    .sort((a, b) => order.get(a.data.document)! - order.get(b.data.document)! || a.data.order - b.data.order);
  const agencyLoad = new Map<string, number>();
  for (const i of items) for (const r of allBodies(i.data)) agencyLoad.set(r.slug, (agencyLoad.get(r.slug) ?? 0) + 1);
  // Busiest first, so lists and the matrix lead with the bodies readers look for most.
  const agencies = (await getCollection('agencies'))
    .map((e) => e.data)
    .sort((a, b) => (agencyLoad.get(b.slug) ?? 0) - (agencyLoad.get(a.slug) ?? 0) || a.slug.localeCompare(b.slug));
  const places = (await getCollection('places')).map((e) => e.data);
  const pillars = (await getCollection('pillars')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const placeTerms = (await getCollection('placeTerms')).map(({ data: { id: _id, ...term } }) => term);
  const latestYear = latestYearOf(documents);
  const byDocument = new Map<string, SiteItem[]>();
  for (const i of items) byDocument.set(i.data.document, (byDocument.get(i.data.document) ?? []).concat(i));
  const years = [...new Set(items.flatMap((i) => yearsOf(i.data.years, latestYear)))].sort((a, b) => a - b);
  return {
    documents,
    items,
    agencies,
    places,
    placeTerms,
    pillars,
    years,
    latestYear,
    document: byKey(documents, (d) => d.id, 'document'),
    item: byKey(items, (i) => i.id, 'item'),
    itemsOf: (document) => byDocument.get(document) ?? [],
    agency: byKey(agencies, (a) => a.slug, 'agency'),
    place: byKey(places, (p) => p.id, 'place'),
    pillar: byKey(pillars, (p) => p.slug, 'pillar'),
  };
}

/**
 * One lookup table per site and question, built on first use: list pages ask
 * for the items of every agency, place, pillar and year, and filtering the
 * whole corpus each time made page rendering grow with pages × items.
 */
const tables = new WeakMap<SiteData, Map<string, Map<string, SiteItem[]>>>();
function itemsBy(site: SiteData, question: string, keysOf: (item: SiteItem) => Iterable<string>): Map<string, SiteItem[]> {
  let perSite = tables.get(site);
  if (!perSite) tables.set(site, (perSite = new Map<string, Map<string, SiteItem[]>>()));
  let table = perSite.get(question);
  if (!table) {
    table = new Map();
    for (const item of site.items)
      for (const key of new Set(keysOf(item))) {
        const list = table.get(key);
        if (list) list.push(item);
        else table.set(key, [item]);
      }
    perSite.set(question, table);
  }
  return table;
}

/** Items an agency is responsible for, on either side. */
export function itemsOfAgency(site: SiteData, slug: string): SiteItem[] {
  return itemsBy(site, 'agency', (i) => allBodies(i.data).map((r) => r.slug)).get(slug) ?? [];
}

/**
 * Items that concern a country only through a group or region it belongs to
 * (葡语国家 for 巴西), each with the groups it comes through; items that name
 * the country itself are left out.
 */
export function itemsThroughGroups(site: SiteData, id: string): { item: SiteItem; via: Place[] }[] {
  const groups = site.place(id).memberOf.map((g) => site.place(g));
  // Every item that names one of the groups, in document order.
  const named = new Set(groups.flatMap((g) => itemsOfPlace(site, g.id)));
  return site.items
    .filter((i) => named.has(i))
    .filter((i) => !i.data.places.includes(id))
    .map((item) => ({ item, via: groups.filter((g) => item.data.places.includes(g.id)) }))
    .filter((x) => x.via.length > 0);
}

/** Places that belong to a group or region, or lie in a place: its members and cities. */
export function membersOf(site: SiteData, id: string): Place[] {
  return site.places.filter((p) => p.memberOf.includes(id) || p.within.includes(id));
}

/** Items that name a place. */
export function itemsOfPlace(site: SiteData, id: string): SiteItem[] {
  return itemsBy(site, 'place', (i) => i.data.places).get(id) ?? [];
}

/** Items of a pillar. */
export function itemsOfPillar(site: SiteData, slug: string): SiteItem[] {
  return itemsBy(site, 'pillar', (i) => [i.data.pillar]).get(slug) ?? [];
}

/** Items whose span covers a year. */
export function itemsOfYear(site: SiteData, year: number): SiteItem[] {
  return itemsBy(site, 'year', (i) => yearsOf(i.data.years, site.latestYear).map(String)).get(String(year)) ?? [];
}
