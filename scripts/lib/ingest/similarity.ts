/**
 * Text similarity suited to Chinese: character bigrams and trigrams (no
 * word segmentation), weighted by TF-IDF across all items, compared by cosine.
 */

/** Character bigrams and trigrams of the Han runs of a text, with counts. */
export function charGrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let n = 2; n <= 3; n++) {
      for (let i = 0; i + n <= chars.length; i++) {
        const g = chars.slice(i, i + n).join('');
        grams.set(g, (grams.get(g) ?? 0) + 1);
      }
    }
  }
  return grams;
}

/** Inverse document frequency of every gram over a set of texts. */
export function inverseFrequencies(docs: Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const g of d.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  return new Map([...df].map(([g, n]) => [g, Math.log(docs.length / n)]));
}

/** A unit TF-IDF vector (sublinear term frequency). */
export function tfidfVector(grams: Map<string, number>, idf: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  for (const [g, n] of grams) {
    const w = (1 + Math.log(n)) * (idf.get(g) ?? 0);
    if (w > 0) v.set(g, w);
  }
  const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1;
  for (const [g, w] of v) v.set(g, w / norm);
  return v;
}

/** Cosine of two unit vectors. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [g, w] of small) sum += w * (large.get(g) ?? 0);
  return sum;
}

/**
 * Phrases two texts share: maximal common runs of at least `min` Han
 * characters, most distinctive first (length times the rarity of their grams).
 */
export function sharedPhrases(a: string, b: string, idf: Map<string, number>, min = 4): string[] {
  const found = new Set<string>();
  const chars = [...a];
  for (let i = 0; i < chars.length; i++) {
    let best = '';
    for (let j = i + min; j <= chars.length; j++) {
      const s = chars.slice(i, j).join('');
      if (!/^\p{Script=Han}+$/u.test(s) || !b.includes(s)) break;
      best = s;
    }
    if (best) found.add(best);
  }
  const maximal = [...found].filter((p) => ![...found].some((q) => q !== p && q.includes(p)));
  const weight = (p: string) => [...charGrams(p).keys()].reduce((s, g) => s + (idf.get(g) ?? 0), 0);
  return maximal.sort((x, y) => weight(y) - weight(x));
}
