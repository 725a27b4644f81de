/**
 * How text is indexed and queried, shared by the build and the browser.
 *
 * Pagefind segments Chinese into words at build time and queries with the
 * browser's segmenter; the two disagree, so results are wrong or missing
 * (measured on these texts: 会展 returned 26 pages of which 3 hold it; 部
 * missed 8 of the 34 pages that hold it, 外交部 among them). And a query word
 * the index lacks is not a miss for Pagefind: it shortens the word until some
 * indexed word starts with what is left (measured: the absent pair 中东
 * returned the 79 items holding 中). So we index each character and each pair
 * of adjacent characters as an ASCII token of fixed width, in text order, and
 * query with Pagefind's exact phrase search (`"…"`), which neither extends nor
 * shortens a word and requires the pairs of a query at consecutive positions:
 * an item matches exactly when its text or metadata holds the query.
 *
 * Registry names inside longer registry names of another entity (南亚 in
 * 东南亚) are entity-aware: their pairs there get a different token, so 南亚
 * does not match 东南亚 while 东南亚 (whose query is marked the same way) does.
 *
 * Each record has two zones: the pairs of the registered names and opening
 * words of the item first, padded to a fixed number of positions, then the
 * whole text with every character (of the metadata too). A match whose first
 * position lies in the first zone ranks higher.
 */

const RUNS = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;
/**
 * Fills positions between runs and pads the first zone; never a query token.
 * Pagefind counts every word of a record for positions but indexes only words
 * with a letter or digit, so a bare hyphen takes a position and costs nothing
 * in the index (measured on the real Pagefind: `a - b` puts b at position 2,
 * and no word "-" is written). With a letter (it was `x`), it was six in ten
 * of all indexed positions, about 670,000 at ×10, in one index file.
 */
export const SEPARATOR = '-';

/** A registry name and a longer registry name of another entity that contains it, in one script. */
export type NestedName = [inner: string, outer: string];

/**
 * Text as search compares it: lower case, accents dropped (Ministério and
 * Ministerio are one word to a reader typing on any keyboard), NFC.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

/** Runs of Han characters and runs of other letters or digits, in order. */
export function runsOf(text: string): string[] {
  return normalizeForSearch(text).match(RUNS) ?? [];
}

/** A code point as four base-36 digits (fixed width, so no token is a prefix of another of its kind). */
const code = (c: string) => c.codePointAt(0)!.toString(36).padStart(4, '0');

/** The token of one character: `c0ffx` (中). */
export function charToken(c: string): string {
  return `c${code(c)}`;
}

/** The token of two adjacent characters: `p0ffx0gfv` (中医), or `m…` inside a longer registered name. */
export function pairToken(a: string, b: string, masked = false): string {
  return `${masked ? 'm' : 'p'}${code(a)}${code(b)}`;
}

/** Start positions of `needle` in `hay` (arrays of characters). */
function occurrences(hay: string[], needle: string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((c, k) => hay[i + k] === c)) found.push(i);
  return found;
}

/**
 * The nested names as characters of their normalised form, made once per list:
 * the build asks for the masked pairs of every run of every item (normalising
 * each name again each time was the build's largest single cost).
 */
const nestedChars = new WeakMap<readonly NestedName[], [inner: string[], outer: string[]][]>();
function normalizedNested(nested: readonly NestedName[]): [inner: string[], outer: string[]][] {
  let chars = nestedChars.get(nested);
  if (!chars) nestedChars.set(nested, (chars = nested.map(([inner, outer]) => [[...normalizeForSearch(inner)], [...normalizeForSearch(outer)]])));
  return chars;
}

/** Indices i of the pairs (i, i+1) of a run that lie in an inner name inside an outer one. */
export function maskedPairs(chars: string[], nested: readonly NestedName[]): Set<number> {
  const masked = new Set<number>();
  for (const [n, o] of normalizedNested(nested)) {
    for (const at of occurrences(chars, o)) for (const k of occurrences(o, n)) for (let i = 0; i + 1 < n.length; i++) masked.add(at + k + i);
  }
  return masked;
}

/** The pair tokens of a run in order (its one character token when it has one character). */
export function runTokens(run: string, nested: readonly NestedName[]): string[] {
  const chars = [...run];
  if (chars.length === 1) return [charToken(run)];
  const masked = maskedPairs(chars, nested);
  return chars.slice(1).map((c, i) => pairToken(chars[i]!, c, masked.has(i)));
}

/**
 * The tokens of a text: each run's pairs, then the run's characters not seen
 * before (which also keep two runs' pairs apart; a separator when there are
 * none), then the characters of `extra` not seen (metadata whose pairs are in
 * the first zone).
 */
export function zoneTokens(text: string, nested: readonly NestedName[], extra = ''): string[] {
  const tokens: string[] = [];
  const seen = new Set<string>();
  const fresh = (cs: string[]) => [...new Set(cs)].filter((c) => !seen.has(c) && seen.add(c));
  for (const run of runsOf(text)) {
    const cs = [...run];
    if (cs.length > 1) tokens.push(...runTokens(run, nested));
    const chars = fresh(cs);
    if (chars.length) tokens.push(...chars.map(charToken));
    else if (cs.length > 1) tokens.push(SEPARATOR);
  }
  for (const run of runsOf(extra)) tokens.push(...fresh([...run]).map(charToken));
  return tokens;
}

/** The tokens of the first zone: the pairs of each run (registered names, opening words), separated. */
export function pairTokens(text: string, nested: readonly NestedName[]): string[] {
  return runsOf(text)
    .filter((run) => [...run].length > 1)
    .flatMap((run) => [...runTokens(run, nested), SEPARATOR]);
}

/** The indexed content of an item: the first zone padded to `zone` positions, then the text. */
export function indexContent(first: string[], text: string[], zone: number): string {
  if (first.length > zone) throw new Error(`The first zone has ${first.length} tokens, more than ${zone}.`);
  return [...first, ...Array<string>(zone - first.length).fill(SEPARATOR), ...text].join(' ');
}

/** A query as Pagefind exact phrase searches, one per run, all of which must match. */
export interface QueryPlan {
  /** The runs a matching item holds, each as a substring (for highlighting). */
  phrases: string[];
  /** One quoted phrase of tokens per run, for `pagefind.search`. */
  searches: string[];
  /**
   * Per run, other phrases that also match it: where the run shares pairs with
   * a registry name it does not hold whole (经由澳门 and 澳门特别行政区政府), a text
   * may print them inside a longer name, where they are masked. An item
   * matches a run when it matches its search or one of these.
   */
  alternatives: string[][];
}

/** Plans a query: each run is the phrase of its pair tokens (or its one character token). */
export function planQuery(query: string, nested: readonly NestedName[]): QueryPlan {
  const phrases = [...new Set(runsOf(query))];
  const quote = (tokens: string[]) => `"${tokens.join(' ')}"`;
  return {
    phrases,
    searches: phrases.map((run) => quote(runTokens(run, nested))),
    alternatives: phrases.map((run) => partialMaskings(run, nested).map(quote)),
  };
}

/**
 * The token variants of a run that overlaps part of an inner registry name
 * without holding it whole: for each such overlap, the run's tokens with the
 * overlapping pairs masked, as the text has them where that name lies inside
 * a longer one.
 */
function partialMaskings(run: string, nested: readonly NestedName[]): string[][] {
  const chars = [...run];
  if (chars.length < 2) return [];
  const base = maskedPairs(chars, nested);
  const variants = new Map<string, Set<number>>();
  for (const [inner] of nested) {
    const n = [...normalizeForSearch(inner)];
    const whole = new Set(occurrences(chars, n));
    // The inner name placed at `start` relative to the run (it may begin before the run or end after it).
    for (let start = 1 - n.length; start < chars.length; start++) {
      if (whole.has(start)) continue;
      const pairs: number[] = [];
      let agrees = true;
      for (let i = Math.max(0, start); i < Math.min(chars.length, start + n.length); i++) if (chars[i] !== n[i - start]) agrees = false;
      if (!agrees) continue;
      for (let i = Math.max(0, start); i + 1 < Math.min(chars.length, start + n.length); i++) if (!base.has(i)) pairs.push(i);
      if (pairs.length) variants.set(pairs.join(','), new Set(pairs));
    }
  }
  return [...variants.values()].map((extra) => chars.slice(1).map((c, i) => pairToken(chars[i]!, c, base.has(i) || extra.has(i))));
}

/** Whether a searchable text holds every phrase (occurrences inside a longer registered name aside). */
export function holdsAll(text: string, phrases: string[], nested: readonly NestedName[]): boolean {
  const runs = runsOf(text).map((r) => ({ chars: [...r], masked: maskedPairs([...r], nested) }));
  return phrases.every((phrase) => {
    const q = [...phrase];
    const qMasked = maskedPairs(q, nested);
    return runs.some(({ chars, masked }) =>
      occurrences(chars, q).some((at) => q.length === 1 || q.slice(1).every((_, i) => masked.has(at + i) === qMasked.has(i))),
    );
  });
}

/**
 * Where a text holds each phrase as search reads it (occurrences of a
 * registry name inside a longer one of another entity left out): spans
 * [start, end) in UTF-16 offsets of the text, in order, without overlaps.
 */
export function matchSpans(text: string, phrases: readonly string[], nested: readonly NestedName[]): [number, number][] {
  const lower = text.toLowerCase();
  const units = lower.split('');
  const masked = maskedPairs(units, nested);
  const spans: [number, number][] = [];
  for (const phrase of phrases) {
    if (!phrase) continue;
    const q = phrase.split('');
    const qMasked = maskedPairs(q, nested);
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      if (q.slice(1).every((_, i) => masked.has(at + i) === qMasked.has(i))) spans.push([at, at + phrase.length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: [number, number][] = [];
  for (const span of spans) if (!kept.length || span[0] >= kept.at(-1)![1]) kept.push(span);
  return kept;
}
