/**
 * The URL scheme (src/lib/urls.ts): every route's path, the twin of a page in
 * another script or language, its alternates and the absolute URL. Expected
 * paths are written out here from the scheme as the README publishes it, not
 * computed with the module; the lock file checks the scheme against every
 * URL the site has ever published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readLock } from '../../src/integrations/url-lock.ts';
import { sitemapPages, sitemapXml } from '../../src/integrations/sitemap.ts';
import {
  INDEX_KINDS,
  absoluteUrl,
  accessibilityUrl,
  alternates,
  conversionPageUrl,
  dataPageUrl,
  documentUrl,
  foreignHomeUrl,
  foreignIndexUrl,
  hasForeignTwin,
  homeUrl,
  indexListUrl,
  indexUrl,
  itemDataUrl,
  itemInDocumentUrl,
  itemUrl,
  overviewUrl,
  perScript,
  publicUrl,
  queryDictUrl,
  searchUrl,
  splitLocale,
  twinUrl,
  type Locale,
} from '../../src/lib/urls.ts';

const SCRIPT_IDS = ['zh-hans', 'zh-hant'] as const;
const FOREIGN_IDS = ['pt', 'en'] as const;
const TAGS: Record<Locale, string> = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', pt: 'pt', en: 'en' };

const script = fc.constantFrom(...SCRIPT_IDS);
const foreign = fc.constantFrom(...FOREIGN_IDS);
const kind = fc.constantFrom(...INDEX_KINDS);
/** A path segment as ids and slugs are: lower-case letters, digits and inner hyphens. */
const slug = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/);
const origin = fc.webUrl({ withQueryParameters: false, withFragments: false }).map((u) => new URL(new URL(u).origin));

/** Every kind of page in one script, with the path the README's scheme gives it. */
const page = fc.oneof(
  fc.record({ s: script }).map(({ s }) => ({ s, path: homeUrl(s), want: `/${s}/` })),
  fc.record({ s: script, d: slug }).map(({ s, d }) => ({ s, path: documentUrl(s, d), want: `/${s}/${d}/` })),
  fc.record({ s: script, d: slug, i: slug }).map(({ s, d, i }) => ({ s, path: itemUrl(s, d, i), want: `/${s}/${d}/${i}/` })),
  fc.record({ s: script, k: kind }).map(({ s, k }) => ({ s, path: indexListUrl(s, k), want: `/${s}/${k}/` })),
  fc.record({ s: script, k: kind, v: slug }).map(({ s, k, v }) => ({ s, path: indexUrl(s, k, v), want: `/${s}/${k}/${v}/` })),
  fc.record({ s: script }).map(({ s }) => ({ s, path: overviewUrl(s), want: `/${s}/overview/` })),
  fc.record({ s: script, p: fc.constantFrom('lineage', 'matrix' as const) }).map(({ s, p }) => ({ s, path: overviewUrl(s, p), want: `/${s}/overview/${p}/` })),
  fc.record({ s: script }).map(({ s }) => ({ s, path: searchUrl(s), want: `/${s}/search/` })),
  fc.record({ s: script }).map(({ s }) => ({ s, path: accessibilityUrl(s), want: `/${s}/accessibility/` })),
  fc.record({ s: script }).map(({ s }) => ({ s, path: dataPageUrl(s), want: `/${s}/data/` })),
  fc.record({ s: script }).map(({ s }) => ({ s, path: conversionPageUrl(s), want: `/${s}/conversion/` })),
);

describe('every route', () => {
  it('has the path the published scheme gives it', () => {
    fc.assert(
      fc.property(page, ({ path, want }) => {
        expect(path).toBe(want);
      }),
    );
  });

  it('is under its script, and the rest starts and ends with "/"', () => {
    fc.assert(
      fc.property(page, ({ s, path }) => {
        const { locale, rest } = splitLocale(path);
        expect(locale).toBe(s);
        expect(rest).toMatch(/^\/(?:.*\/)?$/);
        expect(`/${s}${rest}`).toBe(path);
      }),
    );
  });

  it('builds anchors, search queries, the query table and open-data records', () => {
    fc.assert(
      fc.property(script, slug, slug, fc.string(), (s, d, i, q) => {
        expect(itemInDocumentUrl(s, d, i)).toBe(`/${s}/${d}/#item-${i}`);
        expect(itemDataUrl(d, i)).toBe(`/data/items/${d}/${i}.json`);
        expect(queryDictUrl(s)).toBe(`/${s}/search/query-dict.json`);
        // The query survives the round trip through the URL, whatever it holds.
        const url = new URL(searchUrl(s, { q }), 'https://x.test');
        expect(url.pathname).toBe(`/${s}/search/`);
        expect(url.searchParams.get('q')).toBe(q);
      }),
    );
    expect(searchUrl('zh-hans', {})).toBe('/zh-hans/search/');
  });

  it('gives the Portuguese and English pages their paths', () => {
    fc.assert(
      fc.property(foreign, kind, slug, (l, k, v) => {
        expect(foreignHomeUrl(l)).toBe(`/${l}/`);
        expect(foreignIndexUrl(l, k, v)).toBe(`/${l}/${k}/${v}/`);
      }),
    );
  });

  it('generates getStaticPaths for every script, with the script in params and props', () => {
    const paths = perScript((s) => [{ params: { document: `d-${s}` }, props: { n: s.length } }]);
    expect(paths).toEqual(SCRIPT_IDS.map((s) => ({ params: { script: s, document: `d-${s}` }, props: { script: s, n: s.length } })));
  });
});

describe('the scheme and the route files', () => {
  it('agree: the functions build every item, document, agency, place and pillar page the build has published', async () => {
    const published = new Set(await readLock('urls.lock'));
    const items = readdirSync('content/items').flatMap((d) => readdirSync(`content/items/${d}`).map((f) => [d, f.replace(/\.mdx$/, '')] as const));
    // A registry file is a list of entries, or (places.yml) a map holding one.
    type Entry = Record<string, string>;
    const registry = (file: string, key: string): string[] => {
      const data = parse(readFileSync(`content/registry/${file}`, 'utf8')) as Entry[] | Record<string, Entry[]>;
      const list: Entry[] = Array.isArray(data) ? data : (Object.values(data).find((v) => Array.isArray(v)) ?? []);
      return list.map((e) => String(e[key]));
    };
    const entries = [
      ...registry('agencies.yml', 'slug').map((v) => ['agencies', v] as const),
      ...registry('places.yml', 'id').map((v) => ['places', v] as const),
      ...registry('pillars.yml', 'slug').map((v) => ['pillars', v] as const),
    ];
    expect(items.length).toBeGreaterThan(100);
    expect(entries.length).toBeGreaterThan(100);
    const built = [
      ...SCRIPT_IDS.flatMap((s) => [
        homeUrl(s),
        searchUrl(s),
        overviewUrl(s),
        overviewUrl(s, 'lineage'),
        overviewUrl(s, 'matrix'),
        accessibilityUrl(s),
        dataPageUrl(s),
        conversionPageUrl(s),
        ...INDEX_KINDS.map((k) => indexListUrl(s, k)),
        ...items.flatMap(([d, i]) => [documentUrl(s, d), itemUrl(s, d, i)]),
        ...entries.map(([k, v]) => indexUrl(s, k, v)),
      ]),
      ...items.map(([d, i]) => itemDataUrl(d, i)),
      ...FOREIGN_IDS.flatMap((l) => [foreignHomeUrl(l), ...entries.map(([k, v]) => foreignIndexUrl(l, k, v))]),
    ];
    expect(built.filter((u) => !published.has(u))).toEqual([]);
  });
});

describe('the twin of a page', () => {
  it('is the same page built for the other script, and the way back is the page itself', () => {
    fc.assert(
      fc.property(page, script, ({ s, path }, to) => {
        const twin = twinUrl(path, to);
        expect(twin).toBe(path.replace(new RegExp(`^/${s}/`), `/${to}/`));
        expect(twinUrl(twin, s)).toBe(path);
      }),
    );
  });

  it('of an agency, place, pillar or year is its page in Portuguese and English, and back', () => {
    fc.assert(
      fc.property(script, foreign, kind, slug, (s, l, k, v) => {
        expect(twinUrl(indexUrl(s, k, v), l)).toBe(foreignIndexUrl(l, k, v));
        expect(twinUrl(foreignIndexUrl(l, k, v), s)).toBe(indexUrl(s, k, v));
        expect(twinUrl(homeUrl(s), l)).toBe(foreignHomeUrl(l));
      }),
    );
  });

  it('keeps the query and anchor, and is prefixed onto a path with no prefix', () => {
    expect(twinUrl('/zh-hans/search/?q=%E4%B8%AD', 'zh-hant')).toBe('/zh-hant/search/?q=%E4%B8%AD');
    expect(twinUrl('/zh-hans/arrangement-2018/#item-3', 'zh-hant')).toBe('/zh-hant/arrangement-2018/#item-3');
    expect(twinUrl('/', 'pt')).toBe('/pt/');
  });

  it('is not fooled by a segment that only looks like a prefix', () => {
    for (const path of ['/zh-hansx/', '/ptx/a/', '/data/items.json', '/', '/zh-Hans/']) expect(splitLocale(path)).toEqual({ locale: undefined, rest: path });
    expect(splitLocale('/pt')).toEqual({ locale: 'pt', rest: '/' });
  });
});

describe('the alternates of a page', () => {
  it('are both scripts for every page, and Portuguese and English too for the home and every index entry', () => {
    fc.assert(
      fc.property(page, ({ path }) => {
        const { rest } = splitLocale(path);
        const foreignTwin = rest === '/' || new RegExp(`^/(?:${INDEX_KINDS.join('|')})/[^/]+/$`).test(rest);
        const want = [...SCRIPT_IDS, ...(foreignTwin ? FOREIGN_IDS : [])];
        expect(alternates(path)).toEqual(want.map((id) => ({ id, lang: TAGS[id], path: `/${id}${rest}` })));
        expect(hasForeignTwin(rest)).toBe(foreignTwin);
      }),
    );
  });

  it('are the same set from every version of a page', () => {
    fc.assert(
      fc.property(script, foreign, kind, slug, (s, l, k, v) => {
        expect(alternates(foreignIndexUrl(l, k, v))).toEqual(alternates(indexUrl(s, k, v)));
      }),
    );
  });

  it('are none for a path outside the scheme', () => {
    expect(alternates('/')).toEqual([]);
    expect(alternates('/data/items.json')).toEqual([]);
  });

  it('name only pages that exist, for every page the site has published', async () => {
    const locked = await readLock('urls.lock');
    const published = new Set(locked);
    const pages = locked.filter((u) => u !== '/' && u.endsWith('/'));
    expect(pages.length).toBeGreaterThan(500);
    const missing = pages.flatMap((p) =>
      alternates(p)
        .filter((a) => !published.has(a.path))
        .map((a) => `${p} → ${a.path}`),
    );
    expect(missing).toEqual([]);
    // And every published page is in the scheme: under a script or a language.
    expect(pages.filter((p) => splitLocale(p).locale === undefined)).toEqual([]);
  });
});

describe('absolute URLs', () => {
  it('are the path on the public origin, and only when there is one', () => {
    fc.assert(
      fc.property(page, origin, ({ path }, o) => {
        expect(absoluteUrl(path, o)).toBe(`${o.origin}${path}`);
        expect(publicUrl(path, o)).toBe(`${o.origin}${path}`);
        expect(absoluteUrl(path, undefined)).toBeUndefined();
        expect(publicUrl(path, undefined)).toBe(path);
      }),
    );
  });
});

describe('the sitemap', () => {
  const built = ['/', '/data/items.json', '/zh-hans/', '/zh-hant/', '/pt/', '/en/', '/zh-hans/old/1/', '/zh-hans/a/1/', '/zh-hant/a/1/'];

  it('lists the pages under a script or language, not the root, data files or redirect pages', () => {
    expect(sitemapPages(built, ['/zh-hans/old/1/'])).toEqual(['/zh-hans/', '/zh-hant/', '/pt/', '/en/', '/zh-hans/a/1/', '/zh-hant/a/1/']);
  });

  it('lists nothing without a public origin, and says why', () => {
    const xml = sitemapXml(['/zh-hans/'], undefined);
    expect(xml).not.toContain('<url>');
    expect(xml).toContain('SITE_URL');
  });

  it('gives every page its absolute URL and the alternates its head links to', () => {
    fc.assert(
      fc.property(fc.uniqueArray(page, { selector: (p) => p.path, maxLength: 8 }), origin, (pages, o) => {
        const xml = sitemapXml(
          pages.map((p) => p.path),
          o,
        );
        const entries = [...xml.matchAll(/<url>\n {4}<loc>([^<]*)<\/loc>\n((?: {4}<xhtml:link [^\n]*\n)*) {2}<\/url>/g)];
        expect(entries.map((e) => e[1])).toEqual(pages.map((p) => `${o.origin}${p.path}`.replace(/&/g, '&amp;')));
        entries.forEach((e, n) => {
          const links = [...e[2]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
          const rest = splitLocale(pages[n]!.path).rest;
          expect(links).toEqual(alternates(pages[n]!.path).map((a) => [TAGS[a.id], `${o.origin}/${a.id}${rest}`.replace(/&/g, '&amp;')]));
        });
      }),
    );
  });
});
