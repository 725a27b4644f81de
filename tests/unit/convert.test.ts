import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { Converter } from 'opencc-js';
import { toSimplified, traditionalConverter } from '../../src/lib/convert.ts';
import { siteOverrides, toTraditional } from '../../src/registry/conversion.ts';

const overrides = siteOverrides();

// The four source documents as the site is built from them. Examples are matched on
// the NFC-normalised text with all whitespace removed, because the extractions carry
// CJK compatibility ideographs and line breaks inside words.
const sourcesDir = fileURLToPath(new URL('../../content/sources/', import.meta.url));
const documents: { name: string; text: string }[] = readdirSync(sourcesDir)
  .filter((name: string) => name.endsWith('.txt'))
  .sort()
  .map((name: string) => ({
    name,
    text: readFileSync(`${sourcesDir}${name}`, 'utf8').normalize('NFC').replace(/\s+/gu, ''),
  }));

// The base profile on its own, to confirm each override still corrects something.
const baseProfile = Converter({ from: 'cn', to: 'tw' });

describe('overrides', () => {
  it('come from the registry file and are not empty', () => {
    expect(documents).toHaveLength(readdirSync('content/sources').filter((f) => f.endsWith('.txt')).length);
    expect(documents.length).toBeGreaterThan(0);
    expect(overrides.length).toBeGreaterThan(0);
  });

  it.each(overrides)('writes $right instead of $wrong when converting “$example”', (o) => {
    expect(
      documents.some((d) => d.text.includes(o.example)),
      `example “${o.example}” must occur verbatim in the source documents`,
    ).toBe(true);
    expect(baseProfile(o.example), 'the base profile should produce the wrong form for this example').toContain(o.wrong);
    const converted = toTraditional(o.example);
    expect(converted).toContain(o.right);
    expect(converted).not.toContain(o.wrong);
  });

  it('leaves none of the corrected forms anywhere in the converted documents', () => {
    for (const d of documents) {
      const converted = toTraditional(d.text);
      for (const o of overrides) expect(converted, `${d.name}: ${o.wrong}`).not.toContain(o.wrong);
    }
  });
});

describe('a converter given its overrides', () => {
  it('applies exactly the overrides it is given, reading no file', () => {
    expect(traditionalConverter([])('中葡商贸合作服务平台')).toBe('中葡商貿合作服務平臺');
    const one = [{ wrong: '平臺', right: '平台', reason: 'test', example: '平台' }];
    expect(traditionalConverter(one)('中葡商贸合作服务平台')).toBe('中葡商貿合作服務平台');
    expect(traditionalConverter(one)('澳门的桥梁纽带作用')).toBe('澳門的橋梁紐帶作用');
  });

  it('lets the longer of two overlapping overrides win, in one pass', () => {
    const list = [
      { wrong: '平臺', right: 'A', reason: 'test', example: '平台' },
      { wrong: '服務平臺', right: 'B平臺', reason: 'test', example: '服务平台' },
    ];
    expect(traditionalConverter(list)('服务平台与平台')).toBe('B平臺與A');
  });
});

describe('quotation marks in Traditional text', () => {
  it('become corner brackets 「」', () => {
    expect(toTraditional('支持“一带一路”建设')).toBe('支持「一帶一路」建設');
  });

  it('become 『』 when nested inside 「」', () => {
    expect(toTraditional('关于“深入推进京澳合作，共建‘一带一路’高质量发展”的建议')).toBe('關於「深入推進京澳合作，共建『一帶一路』高質量發展」的建議');
    expect(toTraditional('支持举办“‘一带一路’绿色创新大会”')).toBe('支持舉辦「『一帶一路』綠色創新大會」');
  });

  it('become 『』 for a quotation nested with the same curly marks', () => {
    expect(toTraditional('发挥“国际青年“中医生交流基地”的作用”')).toBe('發揮「國際青年『中醫生交流基地』的作用」');
  });

  it('turn single curly quotes on their own into 『』', () => {
    expect(toTraditional('‘一带一路’')).toBe('『一帶一路』');
  });

  it('treat a fullwidth ＂ as the closer of an open quotation', () => {
    expect(toTraditional('（以下简称“澳门＂）')).toBe('（以下簡稱「澳門」）');
    expect(toTraditional('＂')).toBe('＂');
  });

  it('keep an apostrophe between Latin letters', () => {
    expect(toTraditional('Alzheimer’s')).toBe('Alzheimer’s');
  });

  it('start unnested again after a line break', () => {
    expect(toTraditional('“未闭合\n“一带一路”')).toBe('「未閉合\n「一帶一路」');
  });
});

describe('toSimplified', () => {
  const sentences = [
    '2024年是澳门回归祖国25周年，也是共建“一带一路”金色10年的开局之年。',
    '关于“深入推进京澳合作，共建‘一带一路’高质量发展，助力北京中国式现代化建设”的建议收悉',
    '（澳门特别行政区政府：经济财政司，内地相关单位：税务总局）',
    '继续加强葡语国家具社会效益及支持中小型企业发展项目的开发力度，促进中国与葡语国家经济合作。',
    '为参与者提供一个全面了解“一带一路”倡议下文化发展的平台。',
    '持续做好人才签注签发工作',
  ];

  it.each(sentences)('gives back the source sentence from its Traditional form: %s', (sentence) => {
    expect(documents.some((d) => d.text.includes(sentence))).toBe(true);
    expect(toSimplified(toTraditional(sentence))).toBe(sentence);
  });

  it('accepts Hong Kong, Taiwan and Macao glyph forms alike', () => {
    expect(toSimplified('衞生局')).toBe('卫生局');
    expect(toSimplified('衛生局')).toBe('卫生局');
    expect(toSimplified('税務')).toBe('税务');
    expect(toSimplified('稅務')).toBe('税务');
    expect(toSimplified('平臺')).toBe('平台');
    expect(toSimplified('平台')).toBe('平台');
  });

  it('turns corner brackets back into curly quotation marks', () => {
    expect(toSimplified('「一國兩制」與『一帶一路』')).toBe('“一国两制”与‘一带一路’');
  });
});

describe('the converted documents', () => {
  // Hong Kong glyph standard forms that Macao government texts write otherwise
  // (稅 衛 戶 峰 啟 銳 線), plus 爲 衆 from OpenCC's own standard.
  const hongKongOnly = ['衞', '峯', '啓', '户', '税', '鋭', '綫', '爲', '衆'];

  it('contain no Hong Kong-only glyph forms and no 平臺', () => {
    for (const d of documents) {
      const converted = toTraditional(d.text);
      for (const glyph of hongKongOnly) expect(converted, `${d.name}: ${glyph}`).not.toContain(glyph);
      expect(converted, d.name).not.toContain('平臺');
    }
  });

  it('write the Macao forms 稅 衛 平台 and 澳門', () => {
    const converted = documents.map((d) => toTraditional(d.text)).join('\n');
    for (const form of ['稅', '衛生', '平台', '澳門']) expect(converted).toContain(form);
  });

  it('write 橋樑 and 編製 as Macao does, never the Taiwan 橋梁 or the other word 編制', () => {
    const converted = documents.map((d) => toTraditional(d.text)).join('\n');
    expect(converted).toContain('橋樑紐帶');
    expect(converted).toContain('正在編製');
    expect(converted).not.toMatch(/橋梁|編制/);
  });
});
