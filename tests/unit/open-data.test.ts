/**
 * The open-data export (src/lib/open-data.ts) of the committed content:
 * every item once, with its text in both scripts, its bodies by side and
 * their names from the registry, its places, its URLs; and the CSV, read
 * back by a standard CSV reader, holding the same.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, buildOpenData, openDataCsv } from '../../src/lib/open-data.ts';
import { readRegistries } from '../../src/registry/load.ts';
import { generatedDocuments, generatedItems, hanOf } from '../helpers/generated.ts';
import { committedSiteData } from '../helpers/site-data.ts';

const site = committedSiteData();
const registries = readRegistries(process.cwd());
const origin = new URL('https://bri.example.mo');
const relative = buildOpenData(site, undefined);
const absolute = buildOpenData(site, origin);
const committed = generatedDocuments().flatMap((d) => generatedItems(d.id).map((i) => ({ id: `${d.id}/${i.data.slug}`, ...i })));

describe('the JSON export', () => {
  it('holds every committed item once, in reading order, with its text as printed', () => {
    expect(relative.items.map((i) => i.id)).toEqual(committed.map((i) => i.id));
    for (const [k, item] of relative.items.entries()) {
      expect(item.text['zh-Hans']).toBe(committed[k]!.paragraphs.join('\n'));
      // Conversion maps character to character: the same length and line breaks, and no Simplified text left where Traditional differs.
      expect([...item.text['zh-Hant']]).toHaveLength([...item.text['zh-Hans']].length);
      expect(hanOf(item.text['zh-Hant'])).not.toBe(hanOf(item.text['zh-Hans']));
    }
  });

  it('lists the bodies of each side as printed, with their registry names in every language', () => {
    const agency = new Map(registries.agencies.map((a) => [a.slug, a]));
    for (const [k, item] of relative.items.entries()) {
      for (const side of ['macao', 'mainland', 'hong-kong'] as const) {
        const refs = committed[k]!.data.agencies.filter((l) => l.side === side).flatMap((l) => l.bodies);
        expect(item.agencies[side]).toEqual(refs.map((r) => r.printed));
        expect(item.agencyNames[side].map((n) => [n.slug, n.pt, n.en, n['zh-Hans']])).toEqual(
          refs.map((r) => [r.slug, agency.get(r.slug)!.pt, agency.get(r.slug)!.en, agency.get(r.slug)!.display ?? agency.get(r.slug)!.name]),
        );
      }
    }
    expect(relative.items.some((i) => i.agencies.macao.length > 0 && i.agencies.mainland.length > 0)).toBe(true);
  });

  it('names the places of each item from the registry and lists the whole registry', () => {
    const place = new Map(registries.places.places.map((p) => [p.id, p]));
    for (const [k, item] of relative.items.entries()) {
      expect(item.countries).toEqual(committed[k]!.data.places);
      expect(item.countryNames.map((c) => [c.id, c.pt, c.en, c['zh-Hans']])).toEqual(
        item.countries.map((id) => [id, place.get(id)!.pt, place.get(id)!.en, place.get(id)!.name]),
      );
    }
    expect(relative.places.map((p) => p.id)).toEqual(registries.places.places.map((p) => p.id));
  });

  it('gives root-relative URLs without an origin and the same URLs on the origin with one', () => {
    for (const [k, item] of relative.items.entries()) {
      for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
        expect(item.urls[lang]).toMatch(/^\/[^/]/);
        expect(absolute.items[k]!.urls[lang]).toBe(new URL(item.urls[lang], origin).href);
      }
      expect(item.urls['zh-Hans']).not.toBe(item.urls['zh-Hant']);
    }
    expect(absolute.documents.map((d) => d.urls['zh-Hans'])).toEqual(relative.documents.map((d) => new URL(d.urls['zh-Hans'], origin).href));
  });
});

describe('the CSV export', () => {
  const csv = openDataCsv(relative);
  const rows = parseCsv<Record<string, string>>(csv, { bom: true, columns: true });

  it('starts with a byte order mark and the documented columns', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
  });

  it('holds one row per item with the JSON export’s values, lists joined with "; "', () => {
    expect(rows).toHaveLength(relative.items.length);
    for (const [k, item] of relative.items.entries()) {
      const row = rows[k]!;
      const unquote = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r'])/, '');
      expect(row['id']).toBe(item.id);
      expect(unquote(row['text_zh_hans']!)).toBe(item.text['zh-Hans']);
      expect(unquote(row['text_zh_hant']!)).toBe(item.text['zh-Hant']);
      expect(row['year_from']).toBe(String(item.years[0]));
      expect(row['year_to']).toBe(item.years[1] === null ? '' : String(item.years[1]));
      expect(row['agencies_mainland']).toBe(item.agencies.mainland.join('; '));
      expect(row['agencies_macao_en']).toBe(item.agencyNames.macao.map((a) => a.en).join('; '));
      expect(row['countries_pt']).toBe(item.countryNames.map((c) => c.pt).join('; '));
      expect(row['url_zh_hant']).toBe(item.urls['zh-Hant']);
    }
  });
});
