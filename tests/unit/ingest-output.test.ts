/**
 * The committed content against the sources: nothing lost, the right counts,
 * and the responsible bodies, places and pillars as a reader finds them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedDocuments, generatedItems, hanOf } from '../helpers/generated.ts';
import { bodiesOn } from '../../src/lib/responsible.ts';

const documents = generatedDocuments();
const byId = Object.fromEntries(documents.map((d) => [d.id, d]));

/** The whole output of a document in reading order: title, outline blocks and item texts. */
function outputText(id: string): string {
  const doc = byId[id]!;
  const items = new Map(generatedItems(id).map((i) => [i.data.slug, i]));
  return [
    doc.title.full,
    ...doc.outline.map((b) => {
      if (b.type !== 'item') return b.text;
      const item = items.get(b.slug)!;
      const printed = item.data.kind === 'section' ? item.data.section : item.data.kind === 'mechanism' ? item.data.number : '';
      return printed + item.paragraphs.join('');
    }),
  ].join('');
}

/** The Traditional characters the sources print inside Simplified text (建設, 澳門, 加強, 培養), with their Simplified forms. */
const STRAY_TRADITIONAL: Record<string, string> = { 設: '设', 門: '门', 強: '强', 養: '养' };

describe('lossless ingestion', () => {
  it.each(documents.map((d) => d.id))('keeps every Han character of %s, in order, with nothing added', (id) => {
    const raw = readFileSync(`content/sources/${id}.txt`, 'utf8').normalize('NFC');
    // The only change cleaning makes to Han characters: the stray Traditional
    // ones, found by reading the sources, made Simplified. Written out here
    // rather than computed with the converter cleaning itself uses.
    const expected = [...hanOf(raw)].map((c) => STRAY_TRADITIONAL[c] ?? c).join('');
    const actual = hanOf(outputText(id));
    expect(actual.length).toBe(expected.length);
    expect(actual).toBe(expected);
  });

  it('changes exactly the four stray Traditional characters of the 2018 Arrangement', () => {
    const raw = hanOf(readFileSync('content/sources/arrangement-2018.txt', 'utf8').normalize('NFC'));
    const out = hanOf(outputText('arrangement-2018'));
    const changed = [...raw].flatMap((c, i) => (c === out[i] ? [] : [`${c}→${out[i]}`]));
    expect(changed).toEqual(['設→设', '門→门', '強→强', '養→养']);
  });

  it('leaves no look-alike code point in any item', () => {
    for (const d of documents) {
      for (const item of generatedItems(d.id)) {
        const text = item.paragraphs.join('');
        expect(text, `${d.id}/${item.data.slug}`).not.toMatch(/[\uf900-\ufaff\u2e80-\u2fdf\ua78f\uff02\uff0d"(),]/u);
        expect(text).not.toMatch(/\p{Script=Han} +\p{Script=Han}|\d \p{Script=Han}|\p{Script=Han} \d/u);
      }
    }
  });
});

describe('segmentation', () => {
  it('finds 20 + 2, 23, 56 + 2 and 4 items, numbered as printed', () => {
    const summary = documents.map((d) => {
      const items = generatedItems(d.id);
      return [
        d.id,
        items.filter((i) => i.data.kind === 'item').length,
        items.filter((i) => i.data.kind === 'mechanism').length,
        items.filter((i) => i.data.kind === 'section').length,
      ];
    });
    // The four documents checked by reading; documents added later are checked by their own tests.
    expect(summary).toEqual(
      expect.arrayContaining([
        ['arrangement-2018', 20, 2, 0],
        ['key-work-2023', 23, 0, 0],
        ['work-list-2024-2028', 56, 2, 0],
        ['beijing-reply-0771', 0, 0, 4],
      ]),
    );
    expect(
      generatedItems('work-list-2024-2028')
        .map((i) => i.data.number)
        .slice(-3),
    ).toEqual(['56', '（一）', '（二）']);
    expect(generatedItems('beijing-reply-0771').map((i) => [i.data.number, i.data.numberPrinted])).toEqual([
      ['一', true],
      ['二', false],
      ['三', true],
      ['四', true],
    ]);
  });

  it('keeps preamble, principles and closing lines on the document', () => {
    const outline = byId['arrangement-2018']!.outline;
    const roles = outline.flatMap((b) => (b.type === 'paragraph' ? [b.role] : []));
    expect(roles).toEqual(['preamble', 'body', 'closing', 'closing']);
    expect(outline.at(-2)).toEqual({ type: 'paragraph', role: 'closing', text: '《安排》自双方代表正式签署之日起生效。' });
    const reply = byId['beijing-reply-0771']!.outline;
    expect(reply[0]).toEqual({ type: 'paragraph', role: 'preamble', text: '李静代表：' });
  });

  it('keeps each item’s section heading as printed', () => {
    const item = generatedItems('arrangement-2018').find((i) => i.data.slug === '1')!;
    expect([item.data.part, item.data.section]).toEqual(['二、重点领域', '（一）金融领域合作']);
    const section2 = generatedItems('beijing-reply-0771')[1]!;
    expect(section2.data.section).toBe('关于加大投资引资、拓宽合作领域，推动京澳企业“走出去”“引进来”');
  });
});

describe('responsible bodies', () => {
  const expected = JSON.parse(readFileSync('tests/fixtures/work-list-agencies.json', 'utf8')) as Record<
    string,
    Record<string, { macao: string[]; mainland: string[] }>
  >;
  it.each(Object.keys(expected))('match what a reader finds in every item of %s', (document) => {
    const actual = Object.fromEntries(
      generatedItems(document).map((i) => [
        i.data.slug,
        { macao: bodiesOn(i.data, 'macao').map((a) => a.printed), mainland: bodiesOn(i.data, 'mainland').map((a) => a.printed) },
      ]),
    );
    expect(actual).toEqual(expected[document]);
  });
});

describe('agencies the audit found missing', () => {
  const refs = (doc: string, slug: string) => {
    const data = generatedItems(doc).find((i) => i.data.slug === slug)!.data;
    return { macao: bodiesOn(data, 'macao').map((a) => a.slug), mainland: bodiesOn(data, 'mainland').map((a) => a.slug) };
  };

  it('gives the Beijing reply its Macao counterparts: 政策研究和区域发展局, 经济及科技发展局, 文化局 and 旅游局', () => {
    expect(refs('beijing-reply-0771', 'section-1').macao).toContain('dsepdr');
    expect(refs('beijing-reply-0771', 'section-3').macao).toEqual(['dsedt']);
    expect(refs('beijing-reply-0771', 'section-4').macao).toEqual(['cultural-affairs-bureau', 'mgto']);
  });

  it('captures 朝阳区政府 in section 二 without reading 旅游局 into 市文化和旅游局', () => {
    expect(refs('beijing-reply-0771', 'section-2').mainland).toContain('bj-chaoyang');
    expect(refs('beijing-reply-0771', 'section-4').mainland).toEqual(['bj-culture-tourism', 'bj-cultural-heritage']);
  });

  it('reads 市科委 (section 三) as the body the opening calls 市科委中关村管委会', () => {
    expect(refs('beijing-reply-0771', 'section-3').mainland).toContain('bj-stc');
    const doc = generatedDocuments().find((d) => d.id === 'beijing-reply-0771')!;
    expect(doc.outline.some((b) => b.type !== 'item' && b.text.includes('市科委中关村管委会'))).toBe(true);
  });

  it('does not make national bodies that the reply only cites responsible for its sections', () => {
    expect(refs('beijing-reply-0771', 'section-2').mainland).not.toContain('ndrc');
  });

  it('gives the 2018 mechanism its 联席会议 members, so 国务院港澳事务办公室 has an item', () => {
    expect(refs('arrangement-2018', 'mechanism-1')).toEqual({ macao: ['macao-government'], mainland: ['ndrc', 'hkmao'] });
  });
});

describe('places and pillars (reviewed sample)', () => {
  const item = (doc: string, slug: string) => generatedItems(doc).find((i) => i.data.slug === slug)!.data;
  it.each([
    // 亚洲 only in 亚洲基础设施投资银行 and 亚洲金融合作协会: organisation names, not Asia.
    ['arrangement-2018', '1', ['lusophone', 'asean', 'eu', 'africa', 'latin-america'], 'finance'],
    ['arrangement-2018', '18', ['southeast-asia', 'south-asia', 'greater-bay-area'], 'greater-bay-area'],
    ['key-work-2023', '12', ['lusophone', 'bri-partners', 'eu', 'southeast-asia'], 'people'],
    ['work-list-2024-2028', '25', ['BR', 'TL', 'dili', 'brasilia', 'lusophone', 'bri-partners'], 'people'],
    ['work-list-2024-2028', '41', ['BR', 'PT', 'zhuhai', 'lusophone', 'greater-bay-area', 'hengqin'], 'greater-bay-area'],
    ['work-list-2024-2028', '50', ['lusophone', 'bri-partners'], 'new-fields'],
    ['work-list-2024-2028', 'mechanism-2', [], 'mechanism'],
    // 粤港澳大湾区 only in the festival's name 第四届粤港澳大湾区中国戏剧文化节.
    ['beijing-reply-0771', 'section-4', ['beijing'], 'people'],
  ])('%s/%s names %j and stands in pillar %s', (doc, slug, places, pillar) => {
    const data = item(doc, slug);
    expect([...data.places].sort()).toEqual([...places].sort());
    expect(data.pillar).toBe(pillar);
  });

  it('does not read 南亚 into 东南亚', () => {
    expect(item('key-work-2023', '12').places).not.toContain('south-asia');
    expect(item('work-list-2024-2028', '7').places).toEqual(['southeast-asia', 'greater-bay-area']);
  });
});
