/** The open-data export as published in dist/data: shape, counts and encodings. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Converter } from 'opencc-js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { siteOverrides } from '../../src/registry/conversion.ts';
import { restoreCell } from '../../src/lib/csv.ts';
import { CSV_COLUMNS, type OpenData } from '../../src/lib/open-data.ts';
import { generatedDocuments, generatedItems } from '../helpers/generated.ts';
import { readPage } from '../helpers/html.ts';

const data = JSON.parse(readFileSync('dist/data/items.json', 'utf8')) as OpenData;
const csv = readFileSync('dist/data/items.csv', 'utf8');

describe('items.json', () => {
  it('lists every document and every item of the content', () => {
    const docs = generatedDocuments();
    expect(data.documents.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    expect(data.items.length).toBe(docs.reduce((n, d) => n + generatedItems(d.id).length, 0));
  });

  it('has the documented shape for every item', () => {
    for (const item of data.items) {
      expect(Object.keys(item)).toEqual([
        'id',
        'document',
        'number',
        'section',
        'pillar',
        'years',
        'agencies',
        'countries',
        'related',
        'text',
        'urls',
        'pillarName',
        'agencyNames',
        'countryNames',
      ]);
      expect(Object.keys(item.agencies)).toEqual(['macao', 'mainland', 'hong-kong']);
      expect(item.id).toBe(`${item.document}/${new URL(item.urls['zh-Hans'], 'https://any.example').pathname.split('/')[3]}`);
      expect(item.urls['zh-Hant']).toMatch(/\/zh-hant\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
      expect(item.text['zh-Hant']).not.toBe(item.text['zh-Hans']);
    }
  });

  it('gives agencies as printed, Macao and mainland apart, and Traditional text with corner brackets', () => {
    const item = data.items.find((i) => i.id === 'work-list-2024-2028/2')!;
    expect(item.agencies).toEqual({ macao: ['经济财政司'], mainland: ['国家发展改革委', '商务部', '中国贸促会'], 'hong-kong': [] });
    expect(item.text['zh-Hant']).toContain('「走出去」');
    expect(data.documents[0]).toMatchObject({ id: 'arrangement-2018', date: '2018-12-06', years: [2018, null] });
    expect(data.documents[1]!.date).toBeNull();
  });
});

/** An item without the name fields, which the CSV spreads over their own columns. */
function withoutNames(item: OpenData['items'][number]) {
  const { pillarName: _p, agencyNames: _a, countryNames: _c, ...rest } = item;
  return rest;
}

describe('names in Portuguese and English', () => {
  // Expected names read straight from the registry files, not through the site's code.
  const yaml = (file: string): unknown => parseYaml(readFileSync(file, 'utf8'));
  const agencies = yaml('content/registry/agencies.yml') as { slug: string; name: string; aliases: string[]; pt: string; en: string; acronyms: string[] }[];
  const places = (yaml('content/registry/places.yml') as { places: { id: string; name: string; pt: string; en: string }[] }).places;
  const pillars = yaml('content/registry/pillars.yml') as { slug: string; name: { 'zh-Hans': string; 'zh-Hant': string }; pt: string; en: string }[];

  it('every item names its pillar, agencies and places in pt and en beside the Chinese, in the order of the old fields', () => {
    for (const item of data.items) {
      const pillar = pillars.find((p) => p.slug === item.pillar)!;
      expect(item.pillarName).toEqual({ ...pillar.name, pt: pillar.pt, en: pillar.en });
      for (const side of ['macao', 'mainland', 'hong-kong'] as const) {
        expect(item.agencyNames[side]).toHaveLength(item.agencies[side].length);
        item.agencyNames[side].forEach((named, k) => {
          const entry = agencies.find((a) => a.slug === named.slug)!;
          // The printed name of the old field is one of the registry's forms of the same body.
          expect([entry.name, ...entry.aliases]).toContain(item.agencies[side][k]);
          expect({ pt: named.pt, en: named.en, acronyms: named.acronyms }).toEqual({ pt: entry.pt, en: entry.en, acronyms: entry.acronyms ?? [] });
          expect(named['zh-Hans'].length).toBeGreaterThan(0);
        });
      }
      expect(item.countryNames.map((c) => c.id)).toEqual(item.countries);
      for (const c of item.countryNames) {
        const entry = places.find((p) => p.id === c.id)!;
        expect({ pt: c.pt, en: c.en, 'zh-Hans': c['zh-Hans'] }).toEqual({ pt: entry.pt, en: entry.en, 'zh-Hans': entry.name });
      }
    }
  });

  it('names Brazil, MOFCOM and DSEDT as readers know them', () => {
    const brazil = data.items.flatMap((i) => i.countryNames).find((c) => c.id === 'BR')!;
    expect(brazil).toMatchObject({ pt: 'Brasil', en: 'Brazil', 'zh-Hans': '巴西' });
    const mofcom = data.items.flatMap((i) => i.agencyNames.mainland).find((a) => a.slug === 'mofcom')!;
    expect(mofcom).toMatchObject({ pt: 'Ministério do Comércio', en: 'Ministry of Commerce', acronyms: ['MOFCOM'], 'zh-Hant': '商務部' });
    expect(data.places.find((p) => p.id === 'lusophone')).toMatchObject({ pt: 'Países de língua portuguesa', en: 'Portuguese-speaking countries' });
  });

  it('gives every document its translated title, and no name holds the CSV list separator', () => {
    for (const d of data.documents) {
      const meta = yaml(`content/sources/${d.id}.yml`) as { translatedTitle: { pt: string; en: string } };
      expect(d.titleTranslated).toEqual({ pt: meta.translatedTitle.pt, en: meta.translatedTitle.en });
    }
    for (const name of [...agencies, ...places, ...pillars].flatMap((e) => [e.pt, e.en])) expect(name).not.toContain('; ');
  });
});

describe('items.csv', () => {
  it('is UTF-8 with a BOM and a header row', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('reads back with a standard CSV reader as items.json, record for record and field for field', () => {
    const [header, ...records] = parse(csv, { bom: true });
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(data.items.length);
    const list = (cell: string) => (cell === '' ? [] : cell.split('; '));
    records.forEach((record, r) => {
      expect(record).toHaveLength(CSV_COLUMNS.length);
      const cell = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, restoreCell(record[i]!)])) as Record<(typeof CSV_COLUMNS)[number], string>;
      const item = data.items[r]!;
      expect({
        id: cell.id,
        document: cell.document,
        number: cell.number,
        section: cell.section,
        pillar: cell.pillar,
        years: [Number(cell.year_from), cell.year_to === '' ? null : Number(cell.year_to)],
        agencies: { macao: list(cell.agencies_macao), mainland: list(cell.agencies_mainland), 'hong-kong': list(cell.agencies_hong_kong) },
        countries: list(cell.countries),
        related: list(cell.related),
        text: { 'zh-Hans': cell.text_zh_hans, 'zh-Hant': cell.text_zh_hant },
        urls: { 'zh-Hans': cell.url_zh_hans, 'zh-Hant': cell.url_zh_hant },
        pillar_pt: cell.pillar_pt,
        pillar_en: cell.pillar_en,
        agencies_macao_pt: list(cell.agencies_macao_pt),
        agencies_macao_en: list(cell.agencies_macao_en),
        agencies_mainland_pt: list(cell.agencies_mainland_pt),
        agencies_mainland_en: list(cell.agencies_mainland_en),
        agencies_hong_kong_pt: list(cell.agencies_hong_kong_pt),
        agencies_hong_kong_en: list(cell.agencies_hong_kong_en),
        countries_pt: list(cell.countries_pt),
        countries_en: list(cell.countries_en),
      }).toEqual({
        ...withoutNames(item),
        pillar_pt: item.pillarName.pt,
        pillar_en: item.pillarName.en,
        agencies_macao_pt: item.agencyNames.macao.map((a) => a.pt),
        agencies_macao_en: item.agencyNames.macao.map((a) => a.en),
        agencies_mainland_pt: item.agencyNames.mainland.map((a) => a.pt),
        agencies_mainland_en: item.agencyNames.mainland.map((a) => a.en),
        agencies_hong_kong_pt: item.agencyNames['hong-kong'].map((a) => a.pt),
        agencies_hong_kong_en: item.agencyNames['hong-kong'].map((a) => a.en),
        countries_pt: item.countryNames.map((c) => c.pt),
        countries_en: item.countryNames.map((c) => c.en),
      });
    });
    // The Beijing reply's sections hold line breaks: they must stay inside one field.
    expect(data.items.filter((i) => i.text['zh-Hans'].includes('\n')).length).toBeGreaterThan(0);
  });

  it('has no cell a spreadsheet would run as a formula', () => {
    for (const record of parse(csv, { bom: true })) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('per-item files and the open-data pages', () => {
  it('publishes every item’s record beside its page, identical to its items.json record, and links it from the item page', () => {
    for (const item of data.items) {
      const [doc, slug] = item.id.split('/');
      expect(JSON.parse(readFileSync(`dist/data/items/${doc}/${slug}.json`, 'utf8'))).toEqual(item);
    }
    expect(readPage('/zh-hans/work-list-2024-2028/14/')).toContain('href="/data/items/work-list-2024-2028/14.json"');
    expect(readPage('/zh-hant/beijing-reply-0771/section-2/')).toContain('href="/data/items/beijing-reply-0771/section-2.json"');
  });

  it('describes every field items.json holds, in both scripts', () => {
    const paths = new Set<string>();
    for (const [list, records] of Object.entries(data))
      for (const record of records as object[]) for (const key of Object.keys(record)) paths.add(`${list}[].${key}`);
    for (const script of ['zh-hans', 'zh-hant']) {
      const html = readPage(`/${script}/data/`);
      const described = [...html.matchAll(/<code lang="en">([a-z]+\[\]\.[A-Za-z]+)<\/code>/g)].map((m) => m[1]);
      expect(new Set(described)).toEqual(paths);
    }
  });

  it('states the terms and the source of every document', () => {
    const html = readPage('/zh-hans/data/');
    expect(html).toContain('CC BY 4.0');
    for (const doc of generatedDocuments()) {
      expect(html).toContain(doc.seed);
      for (const issuer of doc.issuers) expect(html).toContain(issuer);
    }
  });

  it('shows every Traditional override with its example and how often the base conversion needs it', () => {
    const base = Converter({ from: 'cn', to: 'tw' });
    const docs = generatedDocuments();
    const corpus = base(
      [
        ...docs.flatMap((d) => [d.title.full, ...d.outline.flatMap((b) => ('text' in b ? [b.text] : []))]),
        ...docs.flatMap((d) => generatedItems(d.id).flatMap((i) => i.paragraphs)),
      ]
        .join('\n')
        .normalize('NFC'),
    );
    for (const script of ['zh-hans', 'zh-hant']) {
      const rows = [
        ...readPage(`/${script}/conversion/`).matchAll(
          /<tr>\s*<td lang="zh-Hans">([^<]*)<\/td>[^]*?<th scope="row"[^>]*>([^<]*) → ([^<]*)<\/th>[^]*?<td>(\d+)<\/td>\s*<\/tr>/g,
        ),
      ];
      expect(rows.map((r) => r[2])).toEqual(siteOverrides().map((o) => o.wrong));
      for (const [, example, wrong, right, count] of rows) {
        expect(siteOverrides().find((o) => o.wrong === wrong)).toMatchObject({ right, example });
        expect(Number(count), wrong).toBe(corpus.split(wrong!).length - 1);
        expect(Number(count), wrong).toBeGreaterThan(0);
      }
    }
  });
});
