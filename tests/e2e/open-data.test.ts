/** The open-data export as published in dist/data: shape, counts and encodings. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { restoreCell } from '../../src/lib/csv.ts';
import { CSV_COLUMNS, type OpenData } from '../../src/lib/open-data.ts';
import { generatedDocuments, generatedItems } from '../helpers/generated.ts';

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
      expect(Object.keys(item)).toEqual(['id', 'document', 'number', 'section', 'pillar', 'years', 'agencies', 'countries', 'related', 'text', 'urls']);
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
      }).toEqual(item);
    });
    // The Beijing reply's sections hold line breaks: they must stay inside one field.
    expect(data.items.filter((i) => i.text['zh-Hans'].includes('\n')).length).toBeGreaterThan(0);
  });

  it('has no cell a spreadsheet would run as a formula', () => {
    for (const record of parse(csv, { bom: true })) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
