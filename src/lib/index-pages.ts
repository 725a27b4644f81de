/**
 * The index pages as data: for each kind (agencies, places, pillars, years)
 * what its list page lists and what each value's page shows, so one pair of
 * routes (`src/pages/[script]/[kind]/`) renders every kind. A new kind is
 * one entry in `INDEX_PAGES`, with its key in `INDEX_KINDS` and its strings.
 */
import type { ScriptId } from '../i18n/scripts.ts';
import { t } from '../i18n/t.ts';
import type { NameSources } from '../schemas/common.ts';
import type { Place } from '../schemas/registry.ts';
import { agencyName, localText, pillarName, placeName } from './localize.ts';
import { laterPages, type Page } from './pagination.ts';
import { itemsOfAgency, itemsOfPillar, itemsOfPlace, itemsOfYear, itemsThroughGroups, membersOf, type SiteData, type SiteItem } from './site-data.ts';
import { INDEX_KINDS, indexUrl, type IndexKind } from './urls.ts';

/** One line of a list page: the value, its item count and, in rows, a line under it. */
export interface IndexListEntry {
  href: string;
  name: string;
  count: string;
  meta?: string;
}

/** A list page: values in groups (a heading each, or one group without), as a grid of names or as rows. */
export interface IndexList {
  layout: 'grid' | 'rows';
  groups: { heading?: string; entries: IndexListEntry[] }[];
}

/** What one value's page shows besides its items. */
export interface IndexValue {
  name: string;
  /** Items that name it (or, for a year, cover it). */
  items: SiteItem[];
  /** The line under the heading: an agency's side, a place's kind, a pillar's headings. */
  summary?: string;
  /** A country's ISO 3166-1 code, shown after the summary. */
  isoCode?: string;
  /** Portuguese and English names (registry entries). */
  foreign?: ForeignNames;
  note?: string;
  /** Related values (a place's groups, region, members), each list with its label. */
  relations: { label: string; links: { href: string; name: string }[] }[];
  /** When set, the items stand under this heading (places, whose page has a second list). */
  directHeading?: string;
  /** Items that concern it only through a group or region (places), with which ones. */
  through: { item: SiteItem; via: Place[] }[];
}

/** A registry entry's Portuguese and English names, as `ForeignNames.astro` shows them. */
interface ForeignNames {
  pt: string;
  en: string;
  acronyms: readonly string[];
  sources: NameSources;
}

const foreignNames = ({ pt, en, sources, acronyms = [] }: { pt: string; en: string; sources: NameSources; acronyms?: readonly string[] }): ForeignNames => ({
  pt,
  en,
  acronyms,
  sources,
});

/** How one kind builds its pages. */
interface IndexPageKind {
  /** Every value's key: the last part of its URL. */
  keys(site: SiteData): string[];
  list(site: SiteData, script: ScriptId): IndexList;
  value(site: SiteData, script: ScriptId, key: string): IndexValue;
}

const SIDES = { macao: 'index.macao', 'hong-kong': 'index.hongKong', mainland: 'index.mainland' } as const;
const PLACE_KINDS = ['country', 'city', 'region', 'group'] as const;
const count = (script: ScriptId, n: number) => t(script, 'index.count', { count: n });

/** Every kind of index page. */
export const INDEX_PAGES: Record<IndexKind, IndexPageKind> = {
  agencies: {
    keys: (site) => site.agencies.map((a) => a.slug),
    list: (site, script) => ({
      layout: 'grid',
      groups: (Object.keys(SIDES) as (keyof typeof SIDES)[]).map((side) => ({
        heading: t(script, SIDES[side]),
        entries: site.agencies
          .filter((a) => a.side === side)
          .map((a) => ({ href: indexUrl(script, 'agencies', a.slug), name: agencyName(script, a), count: count(script, itemsOfAgency(site, a.slug).length) })),
      })),
    }),
    value: (site, script, slug) => {
      const agency = site.agency(slug);
      // Every printed form other than the heading, so 市科委 and 我办 are findable on the page.
      const printed = [agency.name, ...agency.aliases].filter((n) => n !== (agency.display ?? agency.name));
      const printedNote = printed.length > 0 ? ` （${t(script, 'agency.printed')}${printed.map((a) => localText(script, a)).join('、')}）` : '';
      return {
        name: agencyName(script, agency),
        items: itemsOfAgency(site, slug),
        summary: `${t(script, SIDES[agency.side])}${printedNote}`,
        foreign: foreignNames(agency),
        ...(agency.note ? { note: localText(script, agency.note) } : {}),
        relations: [],
        through: [],
      };
    },
  },
  places: {
    keys: (site) => site.places.map((p) => p.id),
    list: (site, script) => ({
      layout: 'grid',
      groups: PLACE_KINDS.map((kind) => ({
        heading: t(script, `index.kind.${kind}`),
        entries: site.places
          .filter((p) => p.kind === kind)
          .map((p) => {
            const through = itemsThroughGroups(site, p.id).length;
            const more = through > 0 ? `（${t(script, 'place.throughCount', { count: through })}）` : '';
            return { href: indexUrl(script, 'places', p.id), name: placeName(script, p), count: `${count(script, itemsOfPlace(site, p.id).length)}${more}` };
          }),
      })),
    }),
    value: (site, script, id) => {
      const place = site.place(id);
      const name = placeName(script, place);
      const links = (list: Place[]) => list.map((p) => ({ href: indexUrl(script, 'places', p.id), name: placeName(script, p) }));
      return {
        name,
        items: itemsOfPlace(site, id),
        summary: t(script, `index.kind.${place.kind}`),
        ...(/^[A-Z]{2}$/.test(place.id) ? { isoCode: place.id } : {}),
        foreign: foreignNames(place),
        ...(place.note ? { note: localText(script, place.note) } : {}),
        relations: [
          { label: t(script, 'place.within'), links: links(place.within.map((p) => site.place(p))) },
          { label: t(script, 'place.memberOf'), links: links(place.memberOf.map((p) => site.place(p))) },
          { label: t(script, place.kind === 'group' ? 'place.members' : 'place.contains'), links: links(membersOf(site, id)) },
        ].filter((r) => r.links.length > 0),
        directHeading: t(script, 'place.direct', { name }),
        through: itemsThroughGroups(site, id),
      };
    },
  },
  pillars: {
    keys: (site) => site.pillars.map((p) => p.slug),
    list: (site, script) => ({
      layout: 'rows',
      groups: [
        {
          entries: site.pillars.map((p) => ({
            href: indexUrl(script, 'pillars', p.slug),
            name: pillarName(script, p),
            count: count(script, itemsOfPillar(site, p.slug).length),
            meta: p.headings.map((h) => localText(script, h)).join(' · '),
          })),
        },
      ],
    }),
    value: (site, script, slug) => {
      const pillar = site.pillar(slug);
      return {
        name: pillarName(script, pillar),
        items: itemsOfPillar(site, slug),
        summary: pillar.headings.map((h) => localText(script, h)).join(' · '),
        foreign: foreignNames(pillar),
        relations: [],
        through: [],
      };
    },
  },
  years: {
    keys: (site) => site.years.map(String),
    list: (site, script) => ({
      layout: 'grid',
      groups: [
        {
          entries: site.years.map((y) => ({
            href: indexUrl(script, 'years', y),
            name: t(script, 'years.single', { from: y }),
            count: count(script, itemsOfYear(site, y).length),
          })),
        },
      ],
    }),
    value: (site, script, year) => ({ name: t(script, 'years.single', { from: year }), items: itemsOfYear(site, Number(year)), relations: [], through: [] }),
  },
};

/** The static paths of every value page, `{ kind, key }` for each kind: under each script (with `perScript`), and under `/pt/` and `/en/`. */
export function indexValuePaths(site: SiteData): { params: { kind: IndexKind; key: string }; props: { kind: IndexKind; entryKey: string } }[] {
  return INDEX_KINDS.flatMap((kind) => INDEX_PAGES[kind].keys(site).map((key) => ({ params: { kind, key }, props: { kind, entryKey: key } })));
}

/** Every later page (2, 3, …) of every kind's long lists: the same in every script and language. */
export function laterIndexPages(site: SiteData): { kind: IndexKind; key: string; page: number }[] {
  return INDEX_KINDS.flatMap((kind) =>
    INDEX_PAGES[kind].keys(site).flatMap((key) => laterPages(INDEX_PAGES[kind].value(site, 'zh-hans', key).items.length).map((page) => ({ kind, key, page }))),
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
