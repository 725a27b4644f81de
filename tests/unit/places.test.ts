/**
 * The place registry and what ingestion makes of it: a hierarchy (cities in
 * countries and regions, countries in groups), organisation names that do not
 * tag the place inside them, decisions on 相关国家和地区, and a registry that
 * knows the countries, regions and groups Chinese government documents name.
 */
import { describe, expect, it } from 'vitest';
import { extractPlaces, placesOfItem } from '../../scripts/lib/ingest/extract-places.ts';
import { readRegistry } from '../../src/registry/load.ts';
import { generatedItems } from '../helpers/generated.ts';

const registry = readRegistry(process.cwd(), 'places');
const place = (id: string) => registry.places.find((p) => p.id === id)!;
const named = (text: string) => extractPlaces(text, registry.terms, registry.places);
const item = (id: string) => {
  const [doc, slug] = id.split('/');
  return generatedItems(doc!).find((i) => i.data.slug === slug)!;
};

describe('registry', () => {
  it.each([
    ['the Lusophone group', 'lusophone', ['PT', 'BR', 'TL', 'AO', 'MZ', 'CV', 'GW', 'ST', 'GQ']],
    ['ASEAN', 'asean', ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL']],
  ])('holds every country of %s with its ISO code, each a member of it', (_name, group, codes) => {
    for (const code of codes) {
      expect(place(code), code).toMatchObject({ id: code, kind: 'country' });
      expect(place(code).memberOf, code).toContain(group);
    }
    expect(
      registry.places
        .filter((p) => p.memberOf.includes(group))
        .map((p) => p.id)
        .sort(),
    ).toEqual([...codes].sort());
  });

  it('holds the regions and groups Chinese government documents commonly name, and finds them in text', () => {
    const expected: [string, string][] = [
      ['中东', 'middle-east'],
      ['中亚', 'central-asia'],
      ['南亚', 'south-asia'],
      ['东南亚', 'southeast-asia'],
      ['非洲', 'africa'],
      ['拉美', 'latin-america'],
      ['欧洲', 'europe'],
      ['东盟', 'asean'],
      ['欧盟', 'eu'],
      ['RCEP', 'rcep'],
      ['金砖国家', 'brics'],
      ['上合组织', 'sco'],
    ];
    for (const [term, id] of expected) expect(named(`加强与${term}的合作`), term).toEqual([id]);
    for (const name of ['安哥拉', '莫桑比克', '佛得角', '几内亚比绍']) expect(named(`与${name}合作`), name).toHaveLength(1);
  });

  it('gives every country an ISO 3166-1 alpha-2 id and keeps ids unique', () => {
    for (const p of registry.places.filter((x) => x.kind === 'country')) expect(p.id).toMatch(/^[A-Z]{2}$/);
    expect(new Set(registry.places.map((p) => p.id)).size).toBe(registry.places.length);
  });
});

describe('hierarchy', () => {
  it('tags a city with the country or region it lies in', () => {
    expect(named('与帝力市缔结为友好城市')).toEqual(['TL', 'dili']);
    expect(named('巴西利亚市')).toEqual(['BR', 'brasilia']);
    expect(named('推进与珠海市合作')).toEqual(['greater-bay-area', 'zhuhai']);
    expect(named('在上海举行')).toEqual(['shanghai']);
  });

  it('does not make a country’s groups direct tags: 巴西 is 巴西, not 葡语国家', () => {
    expect(named('与巴西合作')).toEqual(['BR']);
  });
});

describe('names of organisations and events', () => {
  it.each([
    ['亚洲基础设施投资银行', 'asia'],
    ['亚太反洗钱组织', 'asia-pacific'],
    ['粤港澳大湾区葡语教育联盟', 'lusophone'],
    ['粤港澳大湾区葡语教育联盟', 'greater-bay-area'],
    ['第四届粤港澳大湾区中国戏剧文化节', 'greater-bay-area'],
    ['上海合作组织', 'shanghai'],
  ])('%s does not tag %s', (name, id) => {
    expect(named(`参加${name}的活动`)).not.toContain(id);
  });

  it('keeps the festival from tagging the Beijing reply’s section 四 with the Greater Bay Area', () => {
    expect(item('beijing-reply-0771/section-4').data.places).not.toContain('greater-bay-area');
    expect(item('work-list-2024-2028/13').data.places).not.toContain('asia-pacific');
  });
});

describe('相关国家和地区', () => {
  const decided = [
    'arrangement-2018/10',
    'arrangement-2018/12',
    'arrangement-2018/15',
    'arrangement-2018/16',
    'key-work-2023/15',
    'key-work-2023/17',
    'work-list-2024-2028/33',
  ];

  it.each(decided)('%s has a recorded decision with a reason, and carries what it decided', (id) => {
    const decision = registry.decisions.find((d) => d.item === id)!;
    expect(decision.reason.length).toBeGreaterThan(10);
    expect(item(id).paragraphs.join('')).toContain(decision.phrase);
    for (const p of decision.places) expect(item(id).data.places).toContain(p);
  });

  it('refuses an item that says it with no decision and none of the places it may mean', () => {
    const rules = { places: registry.places, vague: registry.vague, decisions: [] };
    expect(() => placesOfItem('new-doc/1', '加强与相关国家和地区的交流。', registry.terms, rules, 'content/sources/new-doc.txt', 12)).toThrow(
      /^content\/sources\/new-doc\.txt:12: Item new-doc\/1 says "相关国家和地区" but names none of the places it may mean \(bri-partners\)\./,
    );
    expect(placesOfItem('new-doc/1', '加强与“一带一路”沿线国家等相关国家和地区的交流。', registry.terms, rules, 'x', 1)).toEqual(['bri-partners']);
  });
});
