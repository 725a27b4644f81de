/**
 * The open-data export (`/data/items.json`, `/data/items.csv`), a public API
 * documented in the README. Built from the same site data as the pages.
 */
import { SCRIPTS, byLang, type Lang } from '../i18n/scripts.ts';
import { writeCsv } from './csv.ts';
import { agencyName, localText, pillarName, placeName } from './localize.ts';
import type { SiteData } from './site-data.ts';
import { documentUrl, itemUrl, publicUrl } from './urls.ts';
import { bodiesOn } from './responsible.ts';

/** A text in both scripts, keyed by language tag. */
type Bilingual = Record<Lang, string>;

/** A registry name in both Chinese scripts, Portuguese and English. */
export type NameSet = Bilingual & { pt: string; en: string };

/** An agency responsible for an item, named in every language, with its registry slug. */
export type ExportAgencyName = NameSet & { slug: string; acronyms: string[] };

/** One document in the export. */
export interface ExportDocument {
  id: string;
  title: Bilingual;
  issuers: string[];
  date: string | null;
  years: [number, number | null];
  urls: Bilingual;
  /** The title translated for readers who do not read Chinese (the text stays in Chinese). */
  titleTranslated: { pt: string; en: string };
}

/** One item in the export. */
export interface ExportItem {
  id: string;
  document: string;
  number: string;
  section: string;
  pillar: string;
  years: [number, number | null];
  /** Responsible bodies as printed, by side (every list of that side, in order). */
  agencies: { macao: string[]; mainland: string[]; 'hong-kong': string[] };
  countries: string[];
  related: string[];
  text: Bilingual;
  urls: Bilingual;
  /** The pillar's name in every language. */
  pillarName: NameSet;
  /** The registry names of `agencies`, in the same order, with Portuguese and English. */
  agencyNames: { macao: ExportAgencyName[]; mainland: ExportAgencyName[]; 'hong-kong': ExportAgencyName[] };
  /** The names of `countries`, in the same order. */
  countryNames: (NameSet & { id: string })[];
}

/** One place of the registry, with its hierarchy: what `countries` of an item may hold. */
export interface ExportPlace {
  id: string;
  kind: 'country' | 'city' | 'region' | 'group';
  name: Bilingual;
  en: string;
  /** Portuguese name. */
  pt: string;
  /** Where a city lies; an item naming the city carries these too. */
  within: string[];
  /** The groups and regions a country belongs to; items naming them concern it through them. */
  memberOf: string[];
}

/** The whole export. */
export interface OpenData {
  documents: ExportDocument[];
  items: ExportItem[];
  places: ExportPlace[];
}

function pillarNames(site: SiteData, slug: string): NameSet {
  const p = site.pillar(slug);
  return { ...byLang((s) => pillarName(s, p)), pt: p.pt, en: p.en };
}

function agencyNames(site: SiteData, slug: string): ExportAgencyName {
  const a = site.agency(slug);
  return { slug, ...byLang((s) => agencyName(s, a)), pt: a.pt, en: a.en, acronyms: a.acronyms };
}

function placeNames(site: SiteData, id: string): NameSet & { id: string } {
  const p = site.place(id);
  return { id, ...byLang((s) => localText(s, p.name)), pt: p.pt, en: p.en };
}

/** Builds the export; URLs are absolute on the public origin when one is set, else root-relative. */
export function buildOpenData(site: SiteData, origin: URL | undefined): OpenData {
  const abs = (path: string) => publicUrl(path, origin);
  return {
    documents: site.documents.map((d) => ({
      id: d.id,
      title: byLang((s) => localText(s, d.title.full)),
      issuers: d.issuers,
      date: d.date,
      years: d.years,
      urls: byLang((s) => abs(documentUrl(s, d.id))),
      titleTranslated: { pt: d.translatedTitle.pt, en: d.translatedTitle.en },
    })),
    items: site.items.map((i) => ({
      id: i.id,
      document: i.data.document,
      number: i.data.number,
      section: i.data.section,
      pillar: i.data.pillar,
      years: i.data.years,
      agencies: {
        macao: bodiesOn(i.data, 'macao').map((a) => a.printed),
        mainland: bodiesOn(i.data, 'mainland').map((a) => a.printed),
        'hong-kong': bodiesOn(i.data, 'hong-kong').map((a) => a.printed),
      },
      countries: i.data.places,
      related: i.data.related.map((r) => r.id),
      text: byLang((s) => localText(s, i.paragraphs.join('\n'))),
      urls: byLang((s) => abs(itemUrl(s, i.data.document, i.data.slug))),
      pillarName: pillarNames(site, i.data.pillar),
      agencyNames: {
        macao: bodiesOn(i.data, 'macao').map((a) => agencyNames(site, a.slug)),
        mainland: bodiesOn(i.data, 'mainland').map((a) => agencyNames(site, a.slug)),
        'hong-kong': bodiesOn(i.data, 'hong-kong').map((a) => agencyNames(site, a.slug)),
      },
      countryNames: i.data.places.map((id) => placeNames(site, id)),
    })),
    places: site.places.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: byLang((s) => placeName(s, p)),
      en: p.en,
      pt: p.pt,
      within: p.within,
      memberOf: p.memberOf,
    })),
  };
}

/** CSV columns, in order. Lists are joined with "; ". */
export const CSV_COLUMNS = [
  'id',
  'document',
  'number',
  'section',
  'pillar',
  'year_from',
  'year_to',
  'agencies_macao',
  'agencies_mainland',
  'agencies_hong_kong',
  'countries',
  'related',
  'text_zh_hans',
  'text_zh_hant',
  'url_zh_hans',
  'url_zh_hant',
  'pillar_pt',
  'pillar_en',
  'agencies_macao_pt',
  'agencies_macao_en',
  'agencies_mainland_pt',
  'agencies_mainland_en',
  'agencies_hong_kong_pt',
  'agencies_hong_kong_en',
  'countries_pt',
  'countries_en',
] as const;

/**
 * The export as CSV: UTF-8 with a BOM so Excel reads the Chinese, one row per
 * item, cells quoted where needed and formula-like cells prefixed with `'`
 * (see `csv.ts`). Throws when a cell exceeds what a spreadsheet holds.
 */
export function openDataCsv(data: OpenData): string {
  const rows = data.items.map((i) => [
    i.id,
    i.document,
    i.number,
    i.section,
    i.pillar,
    i.years[0],
    i.years[1] ?? '',
    i.agencies.macao.join('; '),
    i.agencies.mainland.join('; '),
    i.agencies['hong-kong'].join('; '),
    i.countries.join('; '),
    i.related.join('; '),
    ...SCRIPTS.map((s) => i.text[s.lang]),
    ...SCRIPTS.map((s) => i.urls[s.lang]),
    i.pillarName.pt,
    i.pillarName.en,
    i.agencyNames.macao.map((a) => a.pt).join('; '),
    i.agencyNames.macao.map((a) => a.en).join('; '),
    i.agencyNames.mainland.map((a) => a.pt).join('; '),
    i.agencyNames.mainland.map((a) => a.en).join('; '),
    i.agencyNames['hong-kong'].map((a) => a.pt).join('; '),
    i.agencyNames['hong-kong'].map((a) => a.en).join('; '),
    i.countryNames.map((c) => c.pt).join('; '),
    i.countryNames.map((c) => c.en).join('; '),
  ]);
  return `\uFEFF${writeCsv(CSV_COLUMNS, rows, (r) => `items.csv: item ${data.items[r]!.id}`)}`;
}
