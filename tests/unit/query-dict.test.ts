/**
 * The query table of the search page (src/lib/query-dict.ts): the Han
 * characters an index holds, and Simplified → the site's Traditional forms
 * from parallel texts, where a pair decides for a character with several forms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQueryDict, needsConversion, simplifiedToSiteTraditional } from '../../src/lib/query-dict.ts';

/** Parallel texts written out by hand: 发 is 發 twice and 髮 once, 台 is always 台, 后 is 後. */
const PARALLEL: [string, string][] = [
  ['发展平台', '發展平台'],
  ['理头发', '理頭髮'],
  ['发现以后', '發現以後'],
];

describe('the Simplified table', () => {
  it('holds every Han character of the Simplified texts and converts nothing', () => {
    const dict = buildQueryDict(PARALLEL, false);
    expect([...dict.chars].sort()).toEqual([...new Set('发展平台理头发发现以后')].sort());
    expect(dict.chars2t).toEqual({});
    expect(dict.pairs2t).toEqual({});
  });
});

describe('the Traditional table', () => {
  const dict = buildQueryDict(PARALLEL, true);

  it('holds the Traditional characters, and a form for each Simplified one that differs', () => {
    expect([...dict.chars].sort()).toEqual([...new Set('發展平台理頭髮發現以後')].sort());
    expect(dict.chars2t).toEqual({ 发: '發', 头: '頭', 后: '後', 现: '現' });
  });

  it('keeps the pairs of a character with several forms, and only those', () => {
    expect(dict.pairs2t).toEqual({ 发展: '發展', 头发: '頭髮', 发现: '發現' });
  });

  it('converts by pair where one decides, else by the most frequent form', () => {
    expect(simplifiedToSiteTraditional('头发', dict)).toBe('頭髮');
    expect(simplifiedToSiteTraditional('发展', dict)).toBe('發展');
    expect(simplifiedToSiteTraditional('发', dict)).toBe('發');
    expect(simplifiedToSiteTraditional('以后发现平台', dict)).toBe('以後發現平台');
    expect(simplifiedToSiteTraditional('ab 中', dict)).toBe('ab 中');
  });

  it('refuses texts whose conversion changes their length', () => {
    expect(() => buildQueryDict([['发展', '發展了']], true)).toThrow(/Cannot align a text whose conversion changes its length/);
  });

  it('converts any text of characters with one form each, character by character', () => {
    const simplified = [...'国际合作发展经济贸易'];
    const traditional = [...'國際合作發展經濟貿易'];
    const form = new Map(simplified.map((c, i) => [c, traditional[i]!]));
    const text = fc.array(fc.constantFrom(...simplified, 'x', '，'), { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), text, (corpus, query) => {
        const pairs = corpus.map((t): [string, string] => [t, [...t].map((c) => form.get(c) ?? c).join('')]);
        const table = buildQueryDict(pairs, true);
        const seen = new Set(corpus.join(''));
        const expected = [...query].map((c) => (seen.has(c) ? (form.get(c) ?? c) : c)).join('');
        expect(simplifiedToSiteTraditional(query, table)).toBe(expected);
      }),
    );
  });
});

describe('whether a query needs converting', () => {
  it('is true exactly when it holds a Han character the index lacks', () => {
    const dict = buildQueryDict(PARALLEL, true);
    const pool = [...'發展头发后a1 ，'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 8 }), (cs) => {
        const lacking = cs.some((c) => '头发后'.includes(c));
        expect(needsConversion(cs.join(''), dict)).toBe(lacking);
      }),
    );
  });
});
