/**
 * What the Portuguese and English pages list: every agency, place, pillar and
 * year with its name in that language, its Chinese name and its item counts,
 * from the same site data as the Chinese pages.
 */
import { ft, type ForeignId } from '../i18n/foreign.ts';
import type { Agency } from '../schemas/registry.ts';
import { agencyName, pillarName } from './localize.ts';
import { itemsOfAgency, itemsOfPillar, itemsOfPlace, itemsOfYear, itemsThroughGroups, type SiteData, type SiteItem } from './site-data.ts';
import type { IndexKind } from './urls.ts';

/** One agency, place, pillar or year as the foreign pages show it. */
export interface ForeignEntry {
  kind: IndexKind;
  /** Slug, place id or year: the last part of its URL. */
  key: string;
  /** The name in the page's language. */
  name: string;
  /** The Simplified Chinese name. */
  zhName: string;
  /** Items that name it (or, for a year, cover it). */
  items: SiteItem[];
  /** For a place: items that concern it only through a group or region, with which ones. */
  through: { item: SiteItem; via: string[] }[];
  /** Places: country, group, region or city; agencies: macao or mainland; else null. */
  group: string | null;
}

/** An agency's name in a language, with its acronyms: "Ministry of Commerce (MOFCOM)". */
export function agencyForeignName(lang: ForeignId, agency: Pick<Agency, 'pt' | 'en' | 'acronyms'>): string {
  const name = agency[lang];
  return agency.acronyms.length > 0 ? `${name} (${agency.acronyms.join(', ')})` : name;
}

/** Every entry of one kind, sorted by its name in the language (years in order). */
export function foreignEntries(site: SiteData, lang: ForeignId, kind: IndexKind): ForeignEntry[] {
  // Every foreign page asks for the entries of its kind: made once per site, language and kind.
  let perSite = entriesMade.get(site);
  if (!perSite) entriesMade.set(site, (perSite = new Map<string, ForeignEntry[]>()));
  const key = `${lang}/${kind}`;
  let entries = perSite.get(key);
  if (!entries) perSite.set(key, (entries = makeEntries(site, lang, kind)));
  return entries;
}

const entriesMade = new WeakMap<SiteData, Map<string, ForeignEntry[]>>();

function makeEntries(site: SiteData, lang: ForeignId, kind: IndexKind): ForeignEntry[] {
  const byName = (a: ForeignEntry, b: ForeignEntry) => a.name.localeCompare(b.name, lang);
  switch (kind) {
    case 'agencies':
      return site.agencies
        .map((a) => ({
          kind,
          key: a.slug,
          name: agencyForeignName(lang, a),
          zhName: agencyName('zh-hans', a),
          items: itemsOfAgency(site, a.slug),
          through: [],
          group: a.side,
        }))
        .sort(byName);
    case 'places':
      return site.places
        .map((p) => ({
          kind,
          key: p.id,
          name: p[lang],
          zhName: p.name,
          items: itemsOfPlace(site, p.id),
          through: itemsThroughGroups(site, p.id).map(({ item, via }) => ({ item, via: via.map((v) => v[lang]) })),
          group: p.kind,
        }))
        .sort(byName);
    case 'pillars':
      return site.pillars.map((p) => ({
        kind,
        key: p.slug,
        name: p[lang],
        zhName: pillarName('zh-hans', p),
        items: itemsOfPillar(site, p.slug),
        through: [],
        group: null,
      }));
    case 'years':
      return site.years.map((y) => ({
        kind,
        key: String(y),
        name: ft(lang, 'year.name', { year: y }),
        zhName: `${y}年`,
        items: itemsOfYear(site, y),
        through: [],
        group: null,
      }));
  }
}
