/** How items are named: number labels by kind, opening words, and the shown text without the agency list. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutAgencyList } from '../../src/lib/item-text.ts';
import { itemNumberLabel, itemOpeningWords } from '../../src/lib/item-title.ts';
import { OPENING, openingWords } from '../../src/lib/opening-words.ts';
import { generatedDocuments, generatedItems } from '../helpers/generated.ts';

const item = (doc: string, slug: string) => generatedItems(doc).find((i) => i.data.slug === slug)!;

describe('item number labels', () => {
  it.each([
    ['work-list-2024-2028', '14', '第14条', '第14條'],
    ['beijing-reply-0771', 'section-2', '第二部分', '第二部分'],
    ['work-list-2024-2028', 'mechanism-2', '工作机制（二）', '工作機制（二）'],
    ['arrangement-2018', 'mechanism-1', '工作机制（一）', '工作機制（一）'],
  ])('%s/%s is %s (%s)', (doc, slug, hans, hant) => {
    expect(itemNumberLabel('zh-hans', item(doc, slug).data)).toBe(hans);
    expect(itemNumberLabel('zh-hant', item(doc, slug).data)).toBe(hant);
  });
});

describe('opening words', () => {
  it('are a section’s heading without its numeral, or the text up to its first pause', () => {
    expect(itemOpeningWords(item('beijing-reply-0771', 'section-2'))).toBe('关于加大投资引资、拓宽合作领域');
    expect(itemOpeningWords(item('beijing-reply-0771', 'section-1'))).toBe('关于加强政策扶持');
    expect(itemOpeningWords(item('work-list-2024-2028', '14'))).toBe('充分发挥中葡合作发展基金的作用');
  });

  it('start every item’s text (or heading), are at most 20 characters plus an ellipsis, and name every item of a document differently', () => {
    for (const doc of generatedDocuments()) {
      const items = generatedItems(doc.id);
      const words = items.map(itemOpeningWords);
      words.forEach((w, i) => {
        const bare = w.replace(/…$/, '');
        const source = items[i]!.data.kind === 'section' ? items[i]!.data.section : items[i]!.paragraphs.join('');
        expect(source).toContain(bare);
        expect([...bare].length).toBeLessThanOrEqual(OPENING.clause.max);
        expect(bare.length).toBeGreaterThan(0);
      });
      expect(new Set(words).size, doc.id).toBe(words.length);
    }
  });
});

describe('opening words of any text', () => {
  const STOPS = { clause: '，。；：！？', sentence: '。；：\n' };
  it.each(['clause', 'sentence'] as const)('run to the first %s stop, cut with an ellipsis past the maximum', (kind) => {
    const text = fc.array(fc.constantFrom('甲', '乙', 'a', ' ', ...STOPS.clause, '\n'), { maxLength: 60 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const chars = [...t];
        const end = chars.findIndex((c) => STOPS[kind].includes(c));
        const first = end < 0 ? chars : chars.slice(0, end);
        const max = kind === 'clause' ? 20 : 40;
        const expected = first.length > max ? first.slice(0, max).join('') + (kind === 'clause' ? '…' : '……') : first.join('');
        expect(openingWords(t, kind)).toBe(expected);
      }),
    );
  });
});

describe('the text without its agency list', () => {
  it('keeps one full stop where the source prints one on each side of the parenthesis', () => {
    const mechanism = item('work-list-2024-2028', 'mechanism-2');
    const text = mechanism.paragraphs.join('');
    expect(text).toContain('等活动。（');
    expect(withoutAgencyList(text, mechanism.data.agencyListPrinted)).toMatch(/等活动。$/);
    const list = '（澳门特别行政区政府：乙，内地相关单位：丙）';
    expect(withoutAgencyList(`甲。${list}`, list)).toBe('甲。');
    expect(withoutAgencyList('甲（澳门特别行政区政府：乙）。', '（澳门特别行政区政府：乙）')).toBe('甲。');
    expect(withoutAgencyList('甲（澳门特别行政区政府：乙）', '（澳门特别行政区政府：乙）')).toBe('甲');
    expect(withoutAgencyList('甲（省发展改革委，省交通运输厅）。', '（省发展改革委，省交通运输厅）')).toBe('甲。');
    expect(withoutAgencyList('甲（乙）', null)).toBe('甲（乙）');
  });

  it('never leaves two full stops in a row where the source had none', () => {
    const han = fc.constantFrom('甲', '乙', '。', '，');
    fc.assert(
      fc.property(fc.array(han, { maxLength: 6 }), fc.boolean(), fc.boolean(), (before, stopBefore, stopAfter) => {
        const head = before.join('').replace(/。+$/, '');
        const out = withoutAgencyList(`${head}${stopBefore ? '。' : ''}（澳门特别行政区政府：乙）${stopAfter ? '。' : ''}`, '（澳门特别行政区政府：乙）');
        expect(out).toBe(`${head}${stopBefore || stopAfter ? '。' : ''}`);
      }),
    );
  });
});
