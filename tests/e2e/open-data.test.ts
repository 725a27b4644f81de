/** The open-data export as published in dist/data: shape, counts and encodings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
      expect(item.id).toBe(`${item.document}/${new URL(item.urls['zh-Hans'], 'https://any.example').pathname.split('/')[3]}`);
      expect(item.urls['zh-Hant']).toMatch(/\/zh-hant\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
      expect(item.text['zh-Hant']).not.toBe(item.text['zh-Hans']);
    }
  });

  it('gives agencies as printed, Macao and mainland apart, and Traditional text with corner brackets', () => {
    const item = data.items.find((i) => i.id === 'work-list-2024-2028/2')!;
    expect(item.agencies).toEqual({ macao: ['经济财政司'], mainland: ['国家发展改革委', '商务部', '中国贸促会'] });
    expect(item.text['zh-Hant']).toContain('「走出去」');
    expect(data.documents[0]).toMatchObject({ id: 'arrangement-2018', date: '2018-12-06', years: [2018, null] });
    expect(data.documents[1]!.date).toBeNull();
  });
});

describe('items.csv', () => {
  it('is UTF-8 with a BOM, a header row and one row per item', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = csv.trim().split('\r\n').length - 1;
    // Item texts never contain CRLF, so rows and records agree.
    expect(rows).toBe(data.items.length);
    expect(csv).toContain('work-list-2024-2028/14,work-list-2024-2028,14,（二）资金融通,finance,2024,2028,经济财政司,国家外汇局; 国家开发银行,lusophone');
  });
});
