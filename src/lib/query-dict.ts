/**
 * Converting a query into the script of the index it searches.
 *
 * Traditional → Simplified is opencc-js (loaded in the browser only when a
 * query needs it). Simplified → Traditional in the browser would need
 * OpenCC's phrase dictionary (about 450 KB gzipped), so the build derives a
 * small table instead from the site's own parallel texts: every Simplified
 * character of the corpus with the Traditional form the site prints for it,
 * and, where one character has several forms, the pairs that decide.
 */

/** The per-script data the search page loads. */
export interface QueryDict {
  /** Every Han character the index of this script holds. */
  chars: string;
  /** Simplified character → Traditional, for the Traditional index; empty for the Simplified one. */
  chars2t: Record<string, string>;
  /** Simplified pair → Traditional pair, for characters with more than one form. */
  pairs2t: Record<string, string>;
}

const HAN = /\p{Script=Han}/u;

/** Builds the table from aligned [Simplified, Traditional] texts of equal length. */
export function buildQueryDict(pairs: [string, string][], traditional: boolean): QueryDict {
  const chars = new Set<string>();
  const forms = new Map<string, Map<string, number>>();
  const pairForms = new Map<string, string>();
  for (const [s, t] of pairs) {
    const sc = [...s];
    const tc = [...t];
    for (const c of traditional ? tc : sc) if (HAN.test(c)) chars.add(c);
    if (!traditional) continue;
    if (sc.length !== tc.length) throw new Error(`Cannot align a text whose conversion changes its length: "${s.slice(0, 20)}…"`);
    sc.forEach((c, i) => {
      if (!HAN.test(c)) return;
      const counts = forms.get(c) ?? new Map<string, number>();
      counts.set(tc[i]!, (counts.get(tc[i]!) ?? 0) + 1);
      forms.set(c, counts);
      if (i + 1 < sc.length && HAN.test(sc[i + 1]!)) pairForms.set(c + sc[i + 1], tc[i]! + tc[i + 1]!);
    });
  }
  const chars2t: Record<string, string> = {};
  const pairs2t: Record<string, string> = {};
  const ambiguous = new Set<string>();
  for (const [c, counts] of [...forms].sort()) {
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    if (best !== c) chars2t[c] = best;
    if (counts.size > 1) ambiguous.add(c);
  }
  for (const [pair, form] of [...pairForms].sort()) {
    const [a, b] = [...pair];
    if (ambiguous.has(a!) || ambiguous.has(b!)) pairs2t[pair] = form;
  }
  return { chars: [...chars].sort().join(''), chars2t, pairs2t };
}

/** Whether a query holds a Han character the index does not: it may be in the other script. */
export function needsConversion(query: string, dict: QueryDict): boolean {
  return [...query].some((c) => HAN.test(c) && !dict.chars.includes(c));
}

/**
 * Simplified text into the site's Traditional forms: a character with one
 * form takes it; one with several takes the form its pair with the next (or
 * the previous) character has in the corpus, else its most frequent form.
 */
export function simplifiedToSiteTraditional(text: string, dict: QueryDict): string {
  const chars = [...text];
  return chars
    .map((c, i) => {
      const withNext = dict.pairs2t[c + (chars[i + 1] ?? '')];
      if (withNext) return [...withNext][0]!;
      const withPrevious = i > 0 ? dict.pairs2t[chars[i - 1]! + c] : undefined;
      if (withPrevious) return [...withPrevious][1]!;
      return dict.chars2t[c] ?? c;
    })
    .join('');
}
