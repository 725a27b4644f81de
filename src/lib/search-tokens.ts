/**
 * How text is indexed and queried, shared by the build and the browser.
 *
 * Pagefind segments Chinese into words at build time and queries with the
 * browser's segmenter; the two disagree, so results are wrong or missing
 * (measured on these texts: 会展 returned 26 pages of which 3 hold it; 部
 * missed 8 of the 34 pages that hold it, 外交部 among them). We index every Han character and every pair of adjacent Han
 * characters instead, each encoded as an ASCII token so no segmenter splits
 * it: a page holds a one- or two-character query exactly when it holds the
 * token, and a longer query's pairs narrow the candidates, which are then
 * checked against the text itself.
 */

const HAN = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;

/** Text as search compares it: NFC, lower case, no spaces or punctuation between words of one run. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** The ASCII token of one Han character or a pair of them: `h4e2d`, `h4e2d533b`. */
export function hanToken(chars: string): string {
  return `h${[...chars].map((c) => c.codePointAt(0)!.toString(16)).join('')}`;
}

/** Runs of Han characters and runs of other letters or digits, in order. */
export function runsOf(text: string): string[] {
  return normalizeForSearch(text).match(RUNS) ?? [];
}

/** Index tokens of a text: each Han character and pair, and each other word. */
export function indexTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const run of runsOf(text)) {
    if (!HAN.test(run)) {
      tokens.add(run);
      continue;
    }
    const chars = [...run];
    chars.forEach((c, i) => {
      tokens.add(hanToken(c));
      if (i + 1 < chars.length) tokens.add(hanToken(c + chars[i + 1]));
    });
  }
  return [...tokens];
}

/** A query as Pagefind terms, and whether its candidates must be checked against the text. */
export interface QueryPlan {
  /** Space-separated tokens for `pagefind.search`, or null for no text query. */
  terms: string | null;
  /** The runs a matching item must contain, each as a substring. */
  phrases: string[];
  /** False when the tokens alone decide (a single run of one or two Han characters). */
  verify: boolean;
}

/** Plans a query: one or two Han characters are one token; longer runs are their pairs, verified. */
export function planQuery(query: string): QueryPlan {
  const phrases = runsOf(query);
  if (phrases.length === 0) return { terms: null, phrases, verify: false };
  const terms = new Set<string>();
  for (const run of phrases) {
    if (!HAN.test(run)) {
      terms.add(run);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) terms.add(hanToken(run));
    for (let i = 0; i + 1 < chars.length; i++) terms.add(hanToken(chars[i]! + chars[i + 1]!));
  }
  const single = phrases.length === 1 && HAN.test(phrases[0]!) && [...phrases[0]!].length <= 2;
  return { terms: [...terms].join(' '), phrases, verify: !single };
}

/** Whether a searchable text holds every phrase of a plan. */
export function holdsAll(text: string, phrases: string[]): boolean {
  const haystack = normalizeForSearch(text);
  return phrases.every((p) => haystack.includes(p));
}
