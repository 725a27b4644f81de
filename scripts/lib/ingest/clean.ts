/**
 * Step 2, clean: turns a raw extraction into lines of ordinary text, keeping
 * each line's number in the source for error messages. Every rule here is
 * about what the extraction added (page numbers, look-alike code points,
 * broken quotation marks, stray spaces), never about the words themselves.
 */
import { toSimplified } from '../../../src/lib/convert.ts';

/** A non-empty line of cleaned text and where it stood in the source. */
export interface Line {
  text: string;
  /** 1-based line number in the source file. */
  line: number;
}

/** Han ideographs and the CJK punctuation that sits between them. */
const CJK = '\\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u00b7';
const IDEOGRAPH = /\p{Script=Han}/u;
/** One character of Chinese text (an ideograph or CJK punctuation). */
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');

/** Cleans a whole source text into lines; see the README for the rules. */
export function cleanSource(raw: string): Line[] {
  const lines: Line[] = [];
  raw.split('\n').forEach((text, index) => {
    const cleaned = cleanLine(text);
    if (cleaned === '' || isPageNumber(cleaned) || isSignatureRule(cleaned)) return;
    lines.push({ text: cleaned, line: index + 1 });
  });
  return balanceQuotes(lines);
}

/** Normalises one line: code points, script, punctuation and spaces. */
export function cleanLine(text: string): string {
  let t = normalizeCodePoints(text);
  // Stray Traditional characters inside Simplified text (建設, 澳門, 加強, 培養).
  // Measured: on these documents the conversion changes nothing else.
  t = toSimplified(t);
  t = normalizePunctuation(t);
  return normalizeSpaces(t);
}

/**
 * Look-alike code points to the ordinary ones: CJK compatibility ideographs
 * (NFC), Kangxi radicals and full-width ASCII letters and digits (NFKC, for
 * those ranges only: NFKC elsewhere would turn ， into a comma), invisible
 * characters removed, unusual spaces made plain.
 */
export function normalizeCodePoints(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2e80-\u2fdf\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (c) => c.normalize('NFKC'))
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/gu, ' ')
    .replace(/[\ua78f\u2027\u30fb\uff65\u2022]/gu, '·');
}

/** Half-width parentheses, commas, semicolons and colons inside Chinese text (not around Latin text), made once. */
const HALF_WIDTH_IN_CHINESE = [
  [new RegExp(`\\((?=[${CJK}])|(?<=[${CJK}])\\(`, 'gu'), '（'],
  [new RegExp(`\\)(?=[${CJK}])|(?<=[${CJK}])\\)`, 'gu'), '）'],
  [new RegExp(`(?<=[${CJK}]),|,(?=[${CJK}])`, 'gu'), '，'],
  [new RegExp(`(?<=[${CJK}]);|;(?=[${CJK}])`, 'gu'), '；'],
  [new RegExp(`(?<=[${CJK}]):|:(?=[${CJK}])`, 'gu'), '：'],
] as const;

/** Punctuation as Simplified Chinese texts write it. */
export function normalizePunctuation(text: string): string {
  return (
    HALF_WIDTH_IN_CHINESE.reduce((t, [pattern, fullWidth]) => t.replace(pattern, fullWidth), text)
      // One dash for ranges and joined names: 2024-2028, 中国－葡语国家.
      .replace(/\uff0d/g, '—')
      .replace(/(?<=[\p{Script=Han}\d])\s*[-\uff0d\u2010-\u2013\u2015\u2212]\s*(?=[\p{Script=Han}\d])/gu, '—')
  );
}

/**
 * A space next to Chinese text is extraction noise (21 世纪, 落实 “以会带展”
 * 模式), except between two ideographs (two signatories on one line); spaces
 * in Latin text (UN Tourism) stay. Runs of spaces become one.
 */
export function normalizeSpaces(text: string): string {
  return text
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/ /g, (_space, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + 1] ?? '';
      if (IDEOGRAPH.test(before) && IDEOGRAPH.test(after)) return ' ';
      return CJK_CHAR.test(before) || CJK_CHAR.test(after) ? '' : ' ';
    });
}

/** A line that holds only a page number. */
export function isPageNumber(text: string): boolean {
  return /^\d{1,3}$/.test(text);
}

/** A line of underscores: the blank for a signature, not text. */
export function isSignatureRule(text: string): boolean {
  return /^[_ ]+$/.test(text);
}

/**
 * Full-width quotation marks (＂), and straight ones (") next to Chinese
 * text, become “ or ” by position,
 * and an opening mark repeated at the start of a line while a quotation is
 * already open (a line break artefact: 发挥“国际青年 / “中医生交流基地”) is
 * dropped.
 */
export function balanceQuotes(lines: Line[]): Line[] {
  let open = false;
  return lines.map(({ text, line }) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === '“') {
        if (open && i === 0) continue;
        open = true;
        out += c;
      } else if (c === '”') {
        open = false;
        out += c;
      } else if (c === '＂' || (c === '"' && nextToChinese(text, i))) {
        out += open ? '”' : '“';
        open = !open;
      } else {
        out += c;
      }
    }
    return { text: out, line };
  });
}

function nextToChinese(text: string, i: number): boolean {
  return CJK_CHAR.test(text[i - 1] ?? '') || CJK_CHAR.test(text[i + 1] ?? '');
}
