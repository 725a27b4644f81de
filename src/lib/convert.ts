/**
 * Simplified ⇄ Traditional conversion for the whole site.
 *
 * Pages, the data export and the search index all convert through this module so
 * that a word is written the same way everywhere; a second converter elsewhere would
 * let the three drift apart and make Traditional queries miss Traditional pages.
 *
 * Simplified → Traditional targets Macao government usage. OpenCC has no Macao
 * profile, so we start from the Taiwan profile (`cn` → `tw`) and correct it:
 * on the four source documents `tw` differs from Macao usage only in 平臺 (Macao:
 * 平台), while `hk` uses Hong Kong glyph standards (税 衞 户 峯 啓 鋭) that Macao does
 * not, `twp` rewrites mainland vocabulary (支持 → 支援, 項目 → 專案), and `t` writes
 * 爲 and 衆. The reviewed corrections live in content/registry/zh-hant-overrides.yml,
 * each with a verbatim example from the documents that the unit tests convert.
 *
 * Runs at build time only (Node): the Simplified → Traditional phrase dictionary is
 * large and the override file is read from disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter } from 'opencc-js';
import { parse } from 'yaml';

/**
 * One reviewed correction of the base OpenCC output.
 * `wrong` is what cn → tw produces, `right` the Macao form; `example` is a Simplified
 * phrase from the source documents that produces `wrong`, so each entry stays
 * testable and traceable to the text that needed it.
 */
export interface Override {
  wrong: string;
  right: string;
  reason: string;
  example: string;
}

/** Path of the override dictionary relative to the project root. */
const OVERRIDES_PATH = 'content/registry/zh-hant-overrides.yml';

/**
 * Finds the override file. The plain relative URL works when this file runs from
 * src/lib (tsx, vitest, Vite dev). A Vite/Astro production build moves the code
 * into bundled chunks under dist/ or .astro/, where that relative URL points
 * nowhere, so we then walk up from the chunk to the project root, and finally try
 * the working directory (builds and scripts run from the project root).
 */
function locateOverrides(): string {
  const direct = new URL('../../content/registry/zh-hant-overrides.yml', import.meta.url);
  if (direct.protocol === 'file:' && existsSync(direct)) return fileURLToPath(direct);

  if (import.meta.url.startsWith('file:')) {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
      const candidate = join(dir, OVERRIDES_PATH);
      if (existsSync(candidate)) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }

  const fromCwd = join(process.cwd(), OVERRIDES_PATH);
  if (existsSync(fromCwd)) return fromCwd;
  throw new Error(`convert: cannot find ${OVERRIDES_PATH} (looked next to ${import.meta.url} and in ${process.cwd()})`);
}

/**
 * Parses and checks the override file. A malformed entry would silently stop a
 * correction from applying, so we fail the build instead.
 */
function loadOverrides(): readonly Override[] {
  const path = locateOverrides();
  const data: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`convert: ${path} must be a YAML list`);
  const seen = new Set<string>();
  const list = data.map((entry: unknown, i): Override => {
    const e = entry as Record<string, unknown> | null;
    for (const key of ['wrong', 'right', 'reason', 'example'] as const) {
      if (typeof e?.[key] !== 'string' || e[key].trim() === '') {
        throw new Error(`convert: ${path} entry ${i + 1} needs a non-empty string "${key}"`);
      }
    }
    const o = e as unknown as Override;
    if (o.wrong === o.right) throw new Error(`convert: ${path} entry ${i + 1} has wrong === right`);
    if (seen.has(o.wrong)) throw new Error(`convert: ${path} lists "${o.wrong}" twice`);
    seen.add(o.wrong);
    return Object.freeze({ wrong: o.wrong, right: o.right, reason: o.reason, example: o.example });
  });
  return Object.freeze(list);
}

/**
 * The reviewed override dictionary, in file order. Exported so tests and the data
 * export can show which corrections the Traditional text carries.
 */
export const overrides: readonly Override[] = loadOverrides();

/**
 * Applies all overrides in one left-to-right pass with the longest `wrong` first:
 * one pass means a replacement is never rewritten by another entry, and
 * longest-first lets a specific entry win over a shorter one it contains.
 */
function buildOverrideReplacer(list: readonly Override[]): (text: string) => string {
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

let traditionalConverter: ((text: string) => string) | undefined;
let simplifiedConverter: ((text: string) => string) | undefined;

/**
 * Builds cn → tw plus the overrides on first use and caches it: building loads the
 * phrase dictionary (~100 ms), converting the whole corpus afterwards takes
 * milliseconds, and many callers never need Traditional at all.
 */
let baseConverter: ((text: string) => string) | undefined;
function getBaseConverter(): (text: string) => string {
  baseConverter ??= Converter({ from: 'cn', to: 'tw' });
  return baseConverter;
}

function getTraditionalConverter(): (text: string) => string {
  if (traditionalConverter === undefined) {
    const opencc = getBaseConverter();
    const applyOverrides = buildOverrideReplacer(overrides);
    traditionalConverter = (text: string) => applyOverrides(opencc(text));
  }
  return traditionalConverter;
}

/**
 * Simplified → Traditional as Macao government texts write it: OpenCC cn → tw,
 * then the reviewed overrides (content/registry/zh-hant-overrides.yml, longest
 * first), then “” → 「」 and ‘’ → 『』 with nested quotations in 『』.
 * Input is NFC-normalised first because the source extractions contain CJK
 * compatibility ideographs that OpenCC's dictionaries do not match.
 */
export function toTraditional(text: string): string {
  let converted = converted2t.get(text);
  if (converted === undefined) {
    converted = toCornerQuotes(getTraditionalConverter()(text.normalize('NFC')));
    converted2t.set(text, converted);
  }
  return converted;
}

/**
 * Every string converted so far: pages convert the same names, titles and
 * excerpts again and again (at ×10 the build spent 1.8 s converting), and a
 * conversion depends on nothing but the string.
 */
const converted2t = new Map<string, string>();

/**
 * The base conversion alone (OpenCC cn → tw), before the overrides and the
 * corner brackets: what the page on the Traditional text shows each override correcting.
 */
export function baseTraditional(text: string): string {
  return getBaseConverter()(text.normalize('NFC'));
}

/**
 * Traditional → Simplified, for queries typed in Traditional against the
 * Simplified index. Uses OpenCC hk → cn because it also accepts Taiwan and Macao
 * forms (稅 衛 戶 as well as 税 衞 户), whereas `t` leaves 衞 unconverted; then
 * 「」 → “” and 『』 → ‘’. Input is NFC-normalised for the same reason as above.
 */
export function toSimplified(text: string): string {
  simplifiedConverter ??= Converter({ from: 'hk', to: 'cn' });
  return simplifiedConverter(text.normalize('NFC')).replace(/[「」『』]/gu, (q) => TO_CURLY[q]!);
}
