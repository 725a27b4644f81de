/** The timeline orders documents by date, so a document added later with an earlier date sits where it belongs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronological } from '../../src/lib/lineage.ts';
import type { DocumentData } from '../../src/schemas/document.ts';
import { generatedDocuments } from '../helpers/generated.ts';

const documents = generatedDocuments();

describe('chronological', () => {
  it('puts a 2017 document added last before the 2018 Arrangement', () => {
    const added = { ...documents[0]!, id: 'plan-2017', order: documents.length + 1, years: [2017, 2017], date: '2017-05-01' } as DocumentData;
    expect(chronological([...documents, added]).map((d) => d.id)).toEqual(['plan-2017', ...chronological(documents).map((d) => d.id)]);
  });

  it('keeps today’s documents in their reading order', () => {
    expect(chronological(documents).map((d) => d.id)).toEqual(documents.map((d) => d.id));
  });

  it('orders any documents by first year, then known date, then reading order', () => {
    const doc = fc.record({
      first: fc.integer({ min: 2010, max: 2030 }),
      date: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
      order: fc.integer({ min: 1, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 8 }), (specs) => {
        const docs = specs.map((s, i): DocumentData => ({
          ...documents[0]!,
          id: `d${i}`,
          order: s.order,
          years: [s.first, null],
          date: s.date === null ? null : `${s.first}-01-${String(s.date).padStart(2, '0')}`,
        }));
        const sorted = chronological(docs);
        expect(sorted).toHaveLength(docs.length);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          expect(a.years[0]).toBeLessThanOrEqual(b.years[0]);
          if (a.years[0] === b.years[0] && a.date && b.date) expect(a.date <= b.date).toBe(true);
          if (a.years[0] === b.years[0] && b.date && !a.date) throw new Error('a dated document must come before an undated one of the same year');
        }
      }),
    );
  });
});
