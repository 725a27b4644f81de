/**
 * The index tokens and query plans (src/lib/search-tokens.ts), without a
 * browser: a query's phrase of tokens lies at consecutive positions of an
 * item's tokens exactly when the item's text holds the query, checked against
 * plain substring search on generated texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { charToken, planQuery, runsOf, zoneTokens, type NestedName } from '../../src/lib/search-tokens.ts';

const NESTED: NestedName[] = [['南亚', '东南亚']];

/** Whether the tokens hold the phrase at consecutive positions (what Pagefind's exact search checks). */
function holdsPhrase(tokens: string[], search: string): boolean {
  const words = search.replace(/"/g, '').split(' ');
  return tokens.some((_, at) => words.every((w, k) => tokens[at + k] === w));
}

describe('tokens and plans', () => {
  it('a one-run query matches exactly the texts that hold it (no registry names involved)', () => {
    const alphabet = fc.constantFrom(...'中国澳门葡语合作金融aB1，。 '.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.array(alphabet, { minLength: 1, maxLength: 4 }), (textChars, queryChars) => {
        const text = textChars.join('');
        const query = queryChars.join('');
        const runs = runsOf(query);
        fc.pre(runs.length === 1);
        const plan = planQuery(query, NESTED);
        const tokens = zoneTokens(text, NESTED);
        expect(holdsPhrase(tokens, plan.searches[0]!)).toBe(runsOf(text).some((r) => r.includes(runs[0]!)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives absent pairs no token to fall back on: tokens have a fixed width', () => {
    expect(charToken('中')).toBe(`c${(0x4e2d).toString(36).padStart(4, '0')}`);
    expect(planQuery('中东', []).searches).toEqual([`"p${(0x4e2d).toString(36).padStart(4, '0')}${(0x4e1c).toString(36).padStart(4, '0')}"`]);
    expect(charToken('𠀀').length).toBe(charToken('a').length);
    expect(new Set(zoneTokens('中国与东盟', []).map((t) => t.length)).size).toBeLessThanOrEqual(3);
  });

  it('reads 南亚 as itself, not inside 东南亚, and 东南亚 as a whole', () => {
    const tokens = zoneTokens('加强与东南亚合作', NESTED);
    expect(holdsPhrase(tokens, planQuery('南亚', NESTED).searches[0]!)).toBe(false);
    expect(holdsPhrase(tokens, planQuery('东南亚', NESTED).searches[0]!)).toBe(true);
    expect(holdsPhrase(tokens, planQuery('东南', NESTED).searches[0]!)).toBe(true);
    expect(holdsPhrase(zoneTokens('南亚及东南亚', NESTED), planQuery('南亚', NESTED).searches[0]!)).toBe(true);
  });
});

/** Registry names of different entities where one contains the other, read from the registry files. */
function registryNested(): NestedName[] {
  const agencies = parse(readFileSync('content/registry/agencies.yml', 'utf8')) as { slug: string; name: string; aliases?: string[]; short?: string[] }[];
  const places = parse(readFileSync('content/registry/places.yml', 'utf8')) as {
    places: { id: string; name: string }[];
    terms: { term: string; places: string[] }[];
  };
  const names: [string, string[]][] = [
    ...agencies.flatMap((a) => [a.name, ...(a.aliases ?? []), ...(a.short ?? [])].map((n): [string, string[]] => [n, [a.slug]])),
    ...places.places.map((p): [string, string[]] => [p.name, [p.id]]),
    ...places.terms.map((t): [string, string[]] => [t.term, t.places]),
  ];
  return names.flatMap(([inner, ei]) =>
    names.filter(([outer, eo]) => outer !== inner && outer.includes(inner) && !ei.some((e) => eo.includes(e))).map(([outer]): NestedName => [inner, outer]),
  );
}

describe('every nested pair of registry names', () => {
  const nested = registryNested();
  it('includes 南亚 in 东南亚 and 发改委 in 北京市发改委', () => {
    expect(nested).toContainEqual(['南亚', '东南亚']);
    expect(nested).toContainEqual(['发改委', '北京市发改委']);
  });
  it.each(nested)('“%s” is not found inside “%s”, which is found whole', (inner, outer) => {
    const tokens = zoneTokens(`加强与${outer}合作`, nested);
    expect(holdsPhrase(tokens, planQuery(inner, nested).searches[0]!)).toBe(false);
    expect(holdsPhrase(tokens, planQuery(outer, nested).searches[0]!)).toBe(true);
    expect(holdsPhrase(zoneTokens(`${inner}及${outer}`, nested), planQuery(inner, nested).searches[0]!)).toBe(true);
  });
});

describe('a query that overlaps part of a registry name', () => {
  // 澳门特别行政区政府 (the government) lies inside 澳门特别行政区政府政策研究和区域发展局 (one of its bureaus).
  const nested: NestedName[] = [['澳门特别行政区政府', '澳门特别行政区政府政策研究和区域发展局']];
  const tokens = zoneTokens('经由澳门特别行政区政府政策研究和区域发展局汇总', nested);
  const matches = (query: string) => {
    const plan = planQuery(query, nested);
    return [plan.searches[0]!, ...plan.alternatives[0]!].some((s) => holdsPhrase(tokens, s));
  };

  it('matches where the text prints the overlap inside the longer name (经由澳门, 政府政策)', () => {
    expect(matches('经由澳门')).toBe(true);
    expect(matches('政府政策')).toBe(true);
    expect(matches('由澳门特')).toBe(true);
  });

  it('still does not count the whole inner name there, and finds the outer name', () => {
    expect(matches('澳门特别行政区政府')).toBe(false);
    expect(matches('澳门特别行政区政府政策研究和区域发展局')).toBe(true);
  });

  it('matches exactly the texts that hold the query, for any slice of such a text', () => {
    const text = '经由澳门特别行政区政府政策研究和区域发展局汇总，澳门特别行政区政府负责';
    const all = zoneTokens(text, nested);
    const chars = [...text.replace(/，/g, '')];
    fc.assert(
      fc.property(fc.nat(chars.length - 1), fc.integer({ min: 2, max: 6 }), (at, n) => {
        const query = chars.slice(at, at + n).join('');
        fc.pre(runsOf(query).length === 1 && query !== '澳门特别行政区政府');
        const plan = planQuery(query, nested);
        expect([plan.searches[0]!, ...plan.alternatives[0]!].some((s) => holdsPhrase(all, s))).toBe(runsOf(text).some((r) => r.includes(query)));
      }),
      { numRuns: 300 },
    );
  });
});
