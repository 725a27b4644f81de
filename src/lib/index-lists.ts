/**
 * The item list of each agency, place, pillar and year page, and its name in
 * a script: what the paginated pages of every kind share.
 */
import type { ScriptId } from '../i18n/scripts.ts';
import { t } from '../i18n/t.ts';
import { agencyName, pillarName, placeName } from './localize.ts';
import { laterPages, type Page } from './pagination.ts';
import { itemsOfAgency, itemsOfPillar, itemsOfPlace, itemsOfYear, type SiteData, type SiteItem } from './site-data.ts';
import { INDEX_KINDS, type IndexKind } from './urls.ts';

/** The keys of one kind: agency slugs, place ids, pillar slugs, years. */
export function indexKeys(site: SiteData, kind: IndexKind): string[] {
  switch (kind) {
    case 'agencies':
      return site.agencies.map((a) => a.slug);
    case 'places':
      return site.places.map((p) => p.id);
    case 'pillars':
      return site.pillars.map((p) => p.slug);
    case 'years':
      return site.years.map(String);
  }
}

/** The items a page lists, in document order (for a place, those that name it). */
export function indexItems(site: SiteData, kind: IndexKind, key: string): SiteItem[] {
  switch (kind) {
    case 'agencies':
      return itemsOfAgency(site, key);
    case 'places':
      return itemsOfPlace(site, key);
    case 'pillars':
      return itemsOfPillar(site, key);
    case 'years':
      return itemsOfYear(site, Number(key));
  }
}

/** The heading of a page in the script. */
export function indexName(script: ScriptId, site: SiteData, kind: IndexKind, key: string): string {
  switch (kind) {
    case 'agencies':
      return agencyName(script, site.agency(key));
    case 'places':
      return placeName(script, site.place(key));
    case 'pillars':
      return pillarName(script, site.pillar(key));
    case 'years':
      return t(script, 'years.single', { from: key });
  }
}

/** Every later page (2, 3, …) of every kind: the same in every script and language. */
export function laterIndexPages(site: SiteData): { kind: IndexKind; key: string; page: number }[] {
  return INDEX_KINDS.flatMap((kind) =>
    indexKeys(site, kind).flatMap((key) => laterPages(indexItems(site, kind, key).length).map((page) => ({ kind, key, page }))),
  );
}

/** The labels of a list's pager in the script: where the page stands, previous, next. */
export function pagerLabels(script: ScriptId, page: Page<unknown>): { nav: string; status: string; previous: string; next: string } {
  return {
    nav: t(script, 'pager.label'),
    status: t(script, 'pager.status', { page: page.number, count: page.count, from: page.from, to: page.to, total: page.total }),
    previous: t(script, 'pager.previous'),
    next: t(script, 'pager.next'),
  };
}
