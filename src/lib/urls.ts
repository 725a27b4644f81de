/**
 * The URL scheme of the site, in one place: every route's path, the same page
 * in another script or language (its twin), and the absolute URL. Pages and
 * components build links only through these functions and derive their own
 * twin from `Astro.url`; no page is told its path. `urls.lock` pins every
 * published URL so none ever disappears.
 *
 *   /                                  the root: every script and language to choose from
 *   /<script>/                         home
 *   /<script>/<document>/              a whole document
 *   /<script>/<document>/<item>/       one item
 *   /<script>/agencies/<slug>/ …       index pages (agencies, places, pillars, years)
 *   /<script>/years/<year>/2/ …        later pages of a long list (pagination.ts), also of the lineage map
 *   /<script>/overview/ …              lineage map and agency × pillar matrix
 *   /<script>/search/                  search
 *   /<script>/accessibility/           the accessibility statement
 *   /<script>/data/                    open data: files, terms, sources, data dictionary
 *   /<script>/conversion/              how the Traditional text is made
 *   /data/items/<document>/<item>.json one item's open-data record
 *   /pt/, /en/                         entry pages in Portuguese and English
 *   /pt/places/<id>/ …                 one agency, place, pillar or year, names in that language
 *   /sitemap.xml, /robots.txt          for crawlers
 */
import { FOREIGN_LANGS, type ForeignId } from '../i18n/foreign.ts';
import { SCRIPT_IDS, SCRIPTS, type ScriptId } from '../i18n/scripts.ts';

/** A URL prefix: one of the two scripts, or Portuguese or English. */
export type Locale = ScriptId | ForeignId;

/**
 * Every URL prefix with its language tag: the scripts first, then the
 * foreign languages. (A function, not a constant, so that the browser
 * bundles that use this module for one URL do not carry the lists.)
 */
export function locales(): readonly { id: Locale; lang: string }[] {
  return [...SCRIPTS, ...FOREIGN_LANGS];
}

/**
 * getStaticPaths of a `[script]` route: the entries `each` gives for one
 * script, generated for every script, with `script` in params and props.
 */
export function perScript<P extends Record<string, string>, Q>(each: (script: ScriptId) => { params: P; props: Q }[]) {
  return SCRIPT_IDS.flatMap((script) => each(script).map(({ params, props }) => ({ params: { script, ...params }, props: { script, ...props } })));
}

/** getStaticPaths of a `[lang]` route: as perScript, for Portuguese and English, with `lang` in params and props. */
export function perForeignLang<P extends Record<string, string>, Q>(each: (lang: ForeignId) => { params: P; props: Q }[]) {
  return FOREIGN_LANGS.flatMap(({ id: lang }) => each(lang).map(({ params, props }) => ({ params: { lang, ...params }, props: { lang, ...props } })));
}

/** The kinds of index page, each with a list page and one page per value. */
export const INDEX_KINDS = ['agencies', 'places', 'pillars', 'years'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

/** The root: offers every script and language, and sends readers to their own (x-default). */
export const ROOT_URL = '/';

/** Home page of a script (or the entry page of a foreign language). */
export function homeUrl(locale: Locale): string {
  return `/${locale}/`;
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

/**
 * Page `page` of a list whose first page is at `first` (a path ending in `/`):
 * page 1 keeps the URL the list always had, later pages add their number
 * (`/zh-hans/years/2024/2/`, `/pt/agencies/mofcom/3/`, `/zh-hans/overview/lineage/2/`).
 */
export function pagedUrl(first: string, page: number): string {
  return page <= 1 ? first : `${first}${page}/`;
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

/** Pagefind's browser runtime, in the folder of the script's index (one index per folder, see src/integrations/pagefind.ts). */
export function pagefindUrl(script: ScriptId): string {
  return `/pagefind/${script}/pagefind.js`;
}

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

/**
 * A site path made absolute on the public origin (`SITE_URL` at build time,
 * `Astro.site` in pages). Without an origin there is no true absolute URL, so
 * this returns undefined and callers publish the root-relative path or omit
 * the field; nothing ever says `localhost`.
 */
export function absoluteUrl(path: string, origin: URL | undefined): string | undefined {
  return origin ? new URL(path, origin).href : undefined;
}

/** A link to publish: absolute on the public origin when one is set, else the root-relative path. */
export function publicUrl(path: string, origin: URL | undefined): string {
  return absoluteUrl(path, origin) ?? path;
}

/** The sitemap (written after the build, src/integrations/sitemap.ts) and robots.txt. */
export const SITEMAP_URL = '/sitemap.xml';
export const ROBOTS_URL = '/robots.txt';

/** The entry page in Portuguese or English. */
export function foreignHomeUrl(lang: ForeignId): string {
  return homeUrl(lang);
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

/**
 * A site path split into its prefix and the rest: `/zh-hant/places/BR/` →
 * `{ locale: 'zh-hant', rest: '/places/BR/' }`. A path with no prefix
 * (`/`, `/data/items.json`) has no locale and is all rest.
 */
export function splitLocale(pathname: string): { locale: Locale | undefined; rest: string } {
  const match = /^\/([^/]+)(\/.*|$)/.exec(pathname);
  const locale = locales().find((l) => l.id === match?.[1])?.id;
  return locale ? { locale, rest: match?.[2] || '/' } : { locale: undefined, rest: pathname };
}

/**
 * The same page in another script or language, from the page's own path
 * (`Astro.url.pathname`), as Starlight's `localizedUrl` does: the prefix is
 * replaced (or added, for a path without one) and the rest, query and
 * #anchor kept. Whether that page exists is `alternates`' business.
 */
export function twinUrl(pathname: string, to: Locale): string {
  return `/${to}${splitLocale(pathname).rest}`;
}

/**
 * Every version of a page, itself included, with its language tag: the page
 * in both scripts, and in Portuguese and English where those exist (the home
 * and every agency, place, pillar and year). Empty for a page outside the
 * scheme (the root, which offers every version; open-data files).
 */
export function alternates(pathname: string): { id: Locale; lang: string; path: string }[] {
  const { locale, rest } = splitLocale(pathname);
  if (!locale) return [];
  return locales()
    .filter((l) => SCRIPT_IDS.includes(l.id as ScriptId) || hasForeignTwin(rest))
    .map((l) => ({ id: l.id, lang: l.lang, path: twinUrl(pathname, l.id) }));
}
