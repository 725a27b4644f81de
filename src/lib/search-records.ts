/**
 * What the search index holds for each item in each script: the tokens of
 * its text and metadata (see search-tokens.ts), the filters, and the meta the
 * results list shows. Built at build time; fed to Pagefind after the build.
 */
import type { ScriptId } from '../i18n/scripts.ts';
import { itemLinkName } from './item-title.ts';
import { agencyName, documentShortTitle, localText, pillarName, placeName } from './localize.ts';
import { buildQueryDict, type QueryDict } from './query-dict.ts';
import { indexTokens } from './search-tokens.ts';
import { yearsOf, type SiteData, type SiteItem } from './site-data.ts';
import { itemUrl } from './urls.ts';
import { allBodies } from './responsible.ts';

/** A Pagefind custom record. */
export interface SearchRecord {
  url: string;
  language: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The filter names, in the order the search page shows them. */
export const FILTER_KEYS = ['document', 'pillar', 'agency', 'country', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Metadata a search should also find an item by, in Simplified: every name
 * of its agencies (canonical, aliases, as printed), every name of its places
 * (registry name and the terms that name it: 巴葡 → 巴西) and its section.
 */
export function searchKeys(site: SiteData, item: SiteItem): string[] {
  const agencies = allBodies(item.data).flatMap((r) => {
    const a = site.agency(r.slug);
    return [r.printed, a.name, ...a.aliases, ...(a.display ? [a.display] : [])];
  });
  const places = item.data.places.flatMap((id) => [site.place(id).name, ...site.placeTerms.filter((t) => t.places.includes(id)).map((t) => t.term)]);
  return [...new Set([...agencies, ...places, item.data.section])];
}

/** The filter values of an item, in the script. */
export function filterValues(script: ScriptId, site: SiteData, item: SiteItem): Record<FilterKey, string[]> {
  const data = item.data;
  return {
    document: [documentShortTitle(script, site.document(data.document))],
    pillar: [pillarName(script, site.pillar(data.pillar))],
    agency: allBodies(data).map((r) => agencyName(script, site.agency(r.slug))),
    country: data.places.map((p) => placeName(script, site.place(p))),
    year: yearsOf(data.years, site.latestYear).map(String),
  };
}

/** The record of one item in one script. */
export function searchRecord(script: ScriptId, site: SiteData, item: SiteItem): SearchRecord {
  const doc = site.document(item.data.document);
  const text = localText(script, item.paragraphs.join('\n'));
  const keys = localText(script, searchKeys(site, item).join('\n'));
  const filters = filterValues(script, site, item);
  return {
    url: itemUrl(script, doc.id, item.data.slug),
    language: script,
    content: indexTokens(`${text}\n${keys}`).join(' '),
    meta: {
      title: itemLinkName(script, site, item),
      document: filters.document[0]!,
      agencies: filters.agency.join('、'),
      text,
      keys,
    },
    filters,
  };
}

/** The query table of a script, from the searchable text of every item. */
export function queryDict(script: ScriptId, site: SiteData): QueryDict {
  const pairs = site.items.flatMap((item): [string, string][] => {
    const texts = [item.paragraphs.join('\n'), ...searchKeys(site, item), ...Object.values(filterValues('zh-hans', site, item)).flat()];
    return texts.map((s) => [s, localText('zh-hant', s)]);
  });
  return buildQueryDict(pairs, script === 'zh-hant');
}

/** One filter of the search page with every value and how many items have it. */
export interface Facet {
  key: FilterKey;
  values: { value: string; count: number }[];
}

/** The filters with their values in the script, in the order the page shows them. */
export function facets(script: ScriptId, site: SiteData): Facet[] {
  const perItem = site.items.map((item) => filterValues(script, site, item));
  const documentOrder = site.documents.map((d) => documentShortTitle(script, d));
  return FILTER_KEYS.map((key) => {
    const counts = new Map<string, number>();
    for (const values of perItem) for (const v of values[key]) counts.set(v, (counts.get(v) ?? 0) + 1);
    const order = (a: string, b: string) =>
      key === 'year'
        ? a.localeCompare(b)
        : key === 'document'
          ? documentOrder.indexOf(a) - documentOrder.indexOf(b)
          : counts.get(b)! - counts.get(a)! || a.localeCompare(b);
    return { key, values: [...counts.keys()].sort(order).map((value) => ({ value, count: counts.get(value)! })) };
  });
}
