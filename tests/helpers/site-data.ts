/**
 * The site data (src/lib/site-data.ts) built from the committed content and
 * the registries without Astro, for unit tests of the modules that take it.
 */
import type { SiteData, SiteItem } from '../../src/lib/site-data.ts';
import { readRegistries } from '../../src/registry/load.ts';
import { generatedDocuments, generatedItems } from './generated.ts';

/** Looks up by key, failing loudly on an unknown one. */
function byKey<T>(list: T[], key: (x: T) => string): (k: string) => T {
  const map = new Map(list.map((x) => [key(x), x]));
  return (k) => {
    const found = map.get(k);
    if (found === undefined) throw new Error(`unknown key ${k}`);
    return found;
  };
}

/** The committed content as the pages see it (collection entries left out). */
export function committedSiteData(): SiteData {
  const documents = generatedDocuments();
  const items: SiteItem[] = documents.flatMap((d) =>
    generatedItems(d.id).map((i) => ({ id: `${d.id}/${i.data.slug}`, data: i.data, paragraphs: i.paragraphs, entry: undefined as never })),
  );
  const registries = readRegistries(process.cwd());
  // Not from site-data.ts, which needs Astro's content modules at runtime.
  const latestYear = Math.max(...documents.map((d) => d.years[1] ?? d.years[0]));
  const yearsOf = ([from, to]: [number, number | null]) => Array.from({ length: (to ?? Math.max(from, latestYear)) - from + 1 }, (_, k) => from + k);
  return {
    documents,
    items,
    agencies: registries.agencies,
    places: registries.places.places,
    placeTerms: registries.places.terms,
    pillars: registries.pillars,
    years: [...new Set(items.flatMap((i) => yearsOf(i.data.years)))].sort((a, b) => a - b),
    latestYear,
    document: byKey(documents, (d) => d.id),
    item: byKey(items, (i) => i.id),
    itemsOf: (document) => items.filter((i) => i.data.document === document),
    agency: byKey(registries.agencies, (a) => a.slug),
    place: byKey(registries.places.places, (p) => p.id),
    pillar: byKey(registries.pillars, (p) => p.slug),
  };
}
