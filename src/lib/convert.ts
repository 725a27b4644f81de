/**
 * Simplified ⇄ Traditional conversion for the whole site.
 *
 * Pages, the data export and the search index all convert with the one
 * converter this module builds (src/registry/conversion.ts holds the site's),
 * so that a word is written the same way everywhere; a second converter
 * elsewhere would let the three drift apart and make Traditional queries miss
 * Traditional pages.
 *
 * Simplified → Traditional targets Macao government usage. OpenCC has no Macao
 * profile, so we start from the Taiwan profile (`cn` → `tw`) and correct it with
 * the reviewed overrides of content/registry/zh-hant-overrides.yml, each with
 * its reason and a verbatim example from the documents that the unit tests
 * convert. They correct Taiwan forms Macao does not write (平臺, 週年, 瞭解; and
 * 橋梁, because the Taiwan profile's variant step turns 樑 into 梁 where Macao
 * writes 橋樑), characters with more than one Traditional form read the wrong
 * way (国家具 as 國傢俱, 商签 as 商籤) and words Macao writes otherwise (簽注,
 * 編製). The other profiles fit less: `hk` uses Hong Kong glyph standards
 * (税 衞 户 峯 啓 鋭) that Macao does not, `twp` rewrites mainland vocabulary
 * (支持 → 支援, 項目 → 專案), and `t` writes 爲 and 衆.
 *
 * Pure: this module reads no file. The overrides are passed in
 * (`traditionalConverter`); the site's converter, built from the registry file
 * by the registry loader, is src/registry/conversion.ts.
 */
import { Converter } from 'opencc-js';
import type { ZhHantOverride } from '../schemas/registry.ts';

/**
 * Applies all overrides in one left-to-right pass with the longest `wrong` first:
 * one pass means a replacement is never rewritten by another entry, and
 * longest-first lets a specific entry win over a shorter one it contains.
 */
function buildOverrideReplacer(list: readonly ZhHantOverride[]): (text: string) => string {
  if (list.length === 0) return (text) => text;
  const byWrong = new Map(list.map((o) => [o.wrong, o.right]));
  const escaped = [...byWrong.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'gu');
  return (text) => text.replace(pattern, (m) => byWrong.get(m) ?? m);
}

/** Opening marks and the corner bracket each becomes when not nested. */
const OPENERS: Record<string, string> = { '“': '「', '‘': '『' };
const CLOSE_OF: Record<string, string> = { '「': '」', '『': '』' };
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * Turns “ ” and ‘ ’ into Macao's corner brackets 「」『』. Nesting is tracked so a
 * quotation inside a quotation gets the other bracket pair whichever curly marks
 * the source used (the documents nest “…‘…’…” but also “…“…”…”). The extractions
 * close some quotations with a fullwidth ＂ (U+FF02); it counts as a closer only
 * while a quotation is open, since on its own it cannot be told from an opener.
 * ’ between Latin letters or digits is an apostrophe and stays. Nesting restarts
 * at each line break.
 */
function toCornerQuotes(text: string): string {
  const open: string[] = [];
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\n') {
      // A quotation left open by a typo in the source must not turn every later
      // paragraph's quotations into nested ones.
      open.length = 0;
      out += ch;
      continue;
    }
    const opener = OPENERS[ch];
    if (opener !== undefined) {
      const parent = open[open.length - 1];
      const bracket = parent === undefined ? opener : parent === '「' ? '『' : '「';
      open.push(bracket);
      out += bracket;
      continue;
    }
    if (ch === '’' && LATIN_OR_DIGIT.test(chars[i - 1] ?? '') && LATIN_OR_DIGIT.test(chars[i + 1] ?? '')) {
      out += ch;
      continue;
    }
    if (ch === '”' || ch === '’' || (ch === '＂' && open.length > 0)) {
      const bracket = open.pop();
      out += bracket !== undefined ? CLOSE_OF[bracket] : ch === '”' ? '」' : '』';
      continue;
    }
    out += ch;
  }
  return out;
}

/** Corner brackets back to the curly quotation marks Simplified texts use. */
const TO_CURLY: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

let simplifiedConverter: ((text: string) => string) | undefined;
let baseConverter: ((text: string) => string) | undefined;

/**
 * OpenCC cn → tw, built on first use and cached: building loads the phrase
 * dictionary (~100 ms), converting the whole corpus afterwards takes
 * milliseconds, and many callers never need Traditional at all.
 */
function getBaseConverter(): (text: string) => string {
  baseConverter ??= Converter({ from: 'cn', to: 'tw' });
  return baseConverter;
}

/**
 * Simplified → Traditional as Macao government texts write it, with the given
 * overrides: OpenCC cn → tw, then the overrides (longest first), then
 * “” → 「」 and ‘’ → 『』 with nested quotations in 『』. Input is
 * NFC-normalised first because the source extractions contain CJK
 * compatibility ideographs that OpenCC's dictionaries do not match.
 */
export function traditionalConverter(overrides: readonly ZhHantOverride[]): (text: string) => string {
  const applyOverrides = buildOverrideReplacer(overrides);
  // Every string converted so far: pages convert the same names, titles and excerpts again and
  // again (at ×10 the build spent 1.8 s converting), and a conversion depends on nothing but the string.
  const converted = new Map<string, string>();
  return (text) => {
    let result = converted.get(text);
    if (result === undefined) {
      result = toCornerQuotes(applyOverrides(getBaseConverter()(text.normalize('NFC'))));
      converted.set(text, result);
    }
    return result;
  };
}

/**
 * The base conversion alone (OpenCC cn → tw), before the overrides and the
 * corner brackets: what the page on the Traditional text shows each override correcting.
 */
export function baseTraditional(text: string): string {
  return getBaseConverter()(text.normalize('NFC'));
}

/**
 * Traditional → Simplified: cleaning makes the stray Traditional characters of
 * the sources Simplified with it, and tests write queries in the other script
 * with it (the search page converts queries in the browser with opencc-js
 * itself: src/scripts/search/convert-query.ts). Uses OpenCC hk → cn
 * because it also accepts Taiwan and Macao forms (稅 衛 戶 as well as 税 衞 户),
 * whereas `t` leaves 衞 unconverted; then 「」 → “” and 『』 → ‘’. Input is
 * NFC-normalised for the same reason as above.
 */
export function toSimplified(text: string): string {
  simplifiedConverter ??= Converter({ from: 'hk', to: 'cn' });
  return simplifiedConverter(text.normalize('NFC')).replace(/[「」『』]/gu, (q) => TO_CURLY[q]!);
}
