/**
 * The URL scheme of the site, in one place. Every published URL is built
 * here; `urls.lock` pins them so none ever disappears.
 *
 *   /<script>/                         home
 *   /<script>/<document>/              a whole document
 *   /<script>/<document>/<item>/       one item
 *   /<script>/agencies/<slug>/ …       index pages (agencies, places, pillars, years)
 *   /<script>/overview/ …              lineage map and agency × pillar matrix
 *   /<script>/search/                  search
 *   /<script>/accessibility/           the accessibility statement
 *   /<script>/data/                    open data: files, terms, sources, data dictionary
 *   /<script>/conversion/              how the Traditional text is made
 *   /data/items/<document>/<item>.json one item's open-data record
 *   /pt/, /en/                         entry pages in Portuguese and English
 *   /pt/places/<id>/ …                 one agency, place, pillar or year, names in that language
 */
import type { ForeignId } from '../i18n/foreign.ts';
import type { ScriptId } from '../i18n/scripts.ts';

/** The kinds of index page, each with a list page and one page per value. */
export const INDEX_KINDS = ['agencies', 'places', 'pillars', 'years'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

/** Home page of a script. */
export function homeUrl(script: ScriptId): string {
  return `/${script}/`;
}

/** A whole document. */
export function documentUrl(script: ScriptId, document: string): string {
  return `/${script}/${document}/`;
}

/** One item, by document id and item slug. */
export function itemUrl(script: ScriptId, document: string, item: string): string {
  return `/${script}/${document}/${item}/`;
}

/** The anchor of an item on its document page. */
export function itemAnchor(item: string): string {
  return `item-${item}`;
}

/** An item's anchor on the whole-document page. */
export function itemInDocumentUrl(script: ScriptId, document: string, item: string): string {
  return `${documentUrl(script, document)}#${itemAnchor(item)}`;
}

/** The list of all agencies, places, pillars or years. */
export function indexListUrl(script: ScriptId, kind: IndexKind): string {
  return `/${script}/${kind}/`;
}

/** One agency, place, pillar or year. */
export function indexUrl(script: ScriptId, kind: IndexKind, slug: string | number): string {
  return `/${script}/${kind}/${slug}/`;
}

/** The search page, optionally with a query string. */
export function searchUrl(script: ScriptId, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `/${script}/search/${query ? `?${query}` : ''}`;
}

/** The overview pages: `/<script>/overview/`, `…/lineage/`, `…/matrix/`. */
export function overviewUrl(script: ScriptId, page?: 'lineage' | 'matrix'): string {
  return `/${script}/overview/${page ? `${page}/` : ''}`;
}

/** The accessibility statement. */
export function accessibilityUrl(script: ScriptId): string {
  return `/${script}/accessibility/`;
}

/** The table the search page converts queries with (see query-dict.ts). */
export function queryDictUrl(script: ScriptId): string {
  return `/${script}/search/query-dict.json`;
}

/** Each search result's filter values (see result-filters.ts), written after Pagefind has run. */
export function resultFiltersUrl(script: ScriptId): string {
  return `/${script}/search/result-filters.json`;
}

/** Pagefind's browser runtime. */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/** The open-data files. */
export const DATA_URLS = { json: '/data/items.json', csv: '/data/items.csv' } as const;

/** One item's record of items.json, beside the item page's twin: `/data/items/<document>/<item>.json`. */
export function itemDataUrl(document: string, item: string): string {
  return `/data/items/${document}/${item}.json`;
}

/** The page about the open data: files, terms, sources and the data dictionary. */
export function dataPageUrl(script: ScriptId): string {
  return `/${script}/data/`;
}

/** The page on how the Traditional text is made. */
export function conversionPageUrl(script: ScriptId): string {
  return `/${script}/conversion/`;
}

/** Replaces the script prefix of a site path, keeping the rest (and any #anchor). */
export function switchScriptPath(path: string, to: ScriptId): string {
  return path.replace(/^\/zh-han[st](?=\/|$)/, `/${to}`);
}

/**
 * A site path made absolute on the public origin (`SITE_URL` at build time,
 * `Astro.site` in pages). Without an origin there is no true absolute URL, so
 * this returns undefined and callers publish the root-relative path or omit
 * the field; nothing ever says `localhost`.
 */
export function absoluteUrl(path: string, origin: URL | undefined): string | undefined {
  return origin ? new URL(path, origin).href : undefined;
}

/** The entry page in Portuguese or English. */
export function foreignHomeUrl(lang: ForeignId): string {
  return `/${lang}/`;
}

/** One agency, place, pillar or year in Portuguese or English. */
export function foreignIndexUrl(lang: ForeignId, kind: IndexKind, slug: string | number): string {
  return `/${lang}/${kind}/${slug}/`;
}

/**
 * Whether a page (its path after the prefix) has twins in Portuguese and
 * English: the home and every agency, place, pillar and year page.
 */
export function hasForeignTwin(path: string): boolean {
  return path === '/' || new RegExp(`^/(?:${INDEX_KINDS.join('|')})/[^/]+/$`).test(path);
}
