/**
 * How search reads text (src/lib/search-tokens.ts), beyond the tokens of
 * search-tokens.test.ts: folding, the two zones of a record, whether a text
 * holds a query, and the spans the results mark — each checked against plain
 * string search on generated texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsAll, indexContent, matchSpans, normalizeForSearch, pairTokens, runsOf, SEPARATOR, zoneTokens } from '../../src/lib/search-tokens.ts';

const HAN = '中国澳门葡语合作';
const text = fc.array(fc.constantFrom(...`${HAN}，。 `), { maxLength: 40 }).map((cs) => cs.join(''));
const phrase = fc.array(fc.constantFrom(...HAN), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
/** The runs of a generated text: what lies between punctuation and spaces. */
const segments = (t: string) => t.split(/[，。 ]/).filter(Boolean);

describe('folding', () => {
  it('drops accents and case, so Ministerio finds Ministério and MOFCOM finds mofcom', () => {
    expect(normalizeForSearch('Ministério do Comércio')).toBe('ministerio do comercio');
    expect(runsOf('MOFCOM、Brasil 巴西')).toEqual(['mofcom', 'brasil', '巴西']);
  });
  it('is idempotent and keeps Chinese as it is (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normalizeForSearch(normalizeForSearch(s))).toBe(normalizeForSearch(s));
      }),
    );
    expect(normalizeForSearch('澳門特別行政區')).toBe('澳門特別行政區');
  });
});

describe('the two zones of a record', () => {
  it('pads the first zone to its size, so the text always starts at the same position', () => {
    const first = pairTokens('商务部 合作', []);
    const content = indexContent(first, zoneTokens('中国', []), 10).split(' ');
    expect(content.slice(0, first.length)).toEqual(first);
    expect(content.slice(first.length, 10).every((t) => t === SEPARATOR)).toBe(true);
    expect(content.slice(10)).toEqual(zoneTokens('中国', []));
  });
  it('keeps the pairs of each name apart and leaves out single characters', () => {
    expect(pairTokens('商务部、中', []).filter((t) => t === SEPARATOR)).toHaveLength(1);
    expect(pairTokens('中', [])).toEqual([]);
  });
  it('refuses a first zone larger than its size, saying by how much', () => {
    expect(() => indexContent(pairTokens('国家发展和改革委员会', []), [], 3)).toThrow('The first zone has 10 tokens, more than 3.');
  });
});

describe('holding a query', () => {
  it('holds every phrase exactly when each lies inside one run of the text (property)', () => {
    fc.assert(
      fc.property(text, fc.array(phrase, { minLength: 1, maxLength: 3 }), (t, phrases) => {
        expect(holdsAll(t, phrases, [])).toBe(phrases.every((p) => segments(t).some((s) => s.includes(p))));
      }),
      { numRuns: 500 },
    );
  });
});

describe('marked spans', () => {
  it('are in order, never overlap, each spell a phrase, and cover every occurrence of every phrase (property)', () => {
    fc.assert(
      fc.property(text, fc.array(phrase, { minLength: 1, maxLength: 3 }), (t, phrases) => {
        const spans = matchSpans(t, phrases, []);
        spans.forEach(([from, to], i) => {
          expect(phrases).toContain(t.slice(from, to));
          if (i > 0) expect(from).toBeGreaterThanOrEqual(spans[i - 1]![1]);
        });
        for (const p of phrases) {
          for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
            expect(spans.some(([from, to]) => from < at + p.length && at < to)).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
  it('mark Latin names whatever their case', () => {
    expect(matchSpans('Apoio do MOFCOM e Mofcom', ['mofcom'], [])).toEqual([
      [9, 15],
      [18, 24],
    ]);
  });
});
