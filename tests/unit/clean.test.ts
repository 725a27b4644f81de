/** Cleaning rules, one behaviour each. */
import { describe, expect, it } from 'vitest';
import { balanceQuotes, cleanLine, cleanSource, isPageNumber } from '../../scripts/lib/ingest/clean.ts';

describe('cleaning a line', () => {
  it.each([
    ['CJK compatibility ideographs become ordinary ones', '一带一\uf937', '一带一路'],
    ['stray Traditional characters in Simplified text become Simplified', '支持澳門打造', '支持澳门打造'],
    ['spaces around numbers inside Chinese go', '21 世纪海上丝绸之路', '21世纪海上丝绸之路'],
    ['spaces around quotation marks go', '落实 “以会带展” 模式', '落实“以会带展”模式'],
    ['spaces in Latin text stay', '联合国旅游组织（UN Tourism）', '联合国旅游组织（UN Tourism）'],
    ['a space between two signatories stays', '国家发展和改革委员会 澳门特别行政区政府', '国家发展和改革委员会 澳门特别行政区政府'],
    ['half-width parentheses and commas in Chinese become full-width', '(一)金融领域合作,建设', '（一）金融领域合作，建设'],
    ['half-width parentheses around Latin text stay', 'alert(1) and (x)', 'alert(1) and (x)'],
    ['one dash for ranges and joined names', '2024-2028年，中国－葡语国家', '2024—2028年，中国—葡语国家'],
    ['the sinological dot becomes a middle dot', '税务学院ꞏ澳门', '税务学院·澳门'],
    ['full-width letters and digits become ASCII', 'ＱＦＬＰ１', 'QFLP1'],
  ])('%s', (_rule, input, output) => {
    expect(cleanLine(input)).toBe(output);
  });
});

describe('cleaning a source', () => {
  it('drops page-number lines and signature rules, keeping line numbers', () => {
    expect(cleanSource('甲\n\n5 \n乙\n____  ____ \n')).toEqual([
      { text: '甲', line: 1 },
      { text: '乙', line: 4 },
    ]);
    expect(isPageNumber('10年的开局之年')).toBe(false);
  });

  it('turns ＂ into the closing or opening mark by position', () => {
    expect(balanceQuotes([{ text: '“一带一路＂建设，＂一国两制＂', line: 1 }])[0]!.text).toBe('“一带一路”建设，“一国两制”');
  });

  it('drops an opening mark repeated at the start of a line while a quotation is open', () => {
    const lines = balanceQuotes([
      { text: '发挥“国际青年', line: 1 },
      { text: '“中医生交流基地”的作用', line: 3 },
    ]);
    expect(lines.map((l) => l.text).join('')).toBe('发挥“国际青年中医生交流基地”的作用');
  });
});
