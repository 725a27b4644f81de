/** Every page path of the site after the script prefix, from the site data and the URL scheme. */
import { laterIndexPages } from './index-lists.ts';
import { laterPages, MAP_DOCUMENTS } from './pagination.ts';
import type { SiteData } from './site-data.ts';
import { INDEX_KINDS } from './urls.ts';

/** Paths like `/`, `/arrangement-2018/`, `/arrangement-2018/1/`, `/agencies/mofcom/`, `/search/`. */
export function pagePaths(site: SiteData): string[] {
  const values: Record<(typeof INDEX_KINDS)[number], (string | number)[]> = {
    agencies: site.agencies.map((a) => a.slug),
    places: site.places.map((p) => p.id),
    pillars: site.pillars.map((p) => p.slug),
    years: site.years,
  };
  return [
    '/',
    ...site.documents.map((d) => `/${d.id}/`),
    ...site.items.map((i) => `/${i.data.document}/${i.data.slug}/`),
    ...INDEX_KINDS.flatMap((kind) => [`/${kind}/`, ...values[kind].map((v) => `/${kind}/${v}/`)]),
    '/overview/',
    ...laterIndexPages(site).map(({ kind, key, page }) => `/${kind}/${key}/${page}/`),
    '/overview/lineage/',
    ...laterPages(site.documents.length, MAP_DOCUMENTS).map((page) => `/overview/lineage/${page}/`),
    '/overview/matrix/',
    '/search/',
    '/data/',
    '/conversion/',
  ];
}
