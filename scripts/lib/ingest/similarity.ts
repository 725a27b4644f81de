/**
 * Text similarity suited to Chinese: character bigrams and trigrams (no
 * word segmentation), weighted by TF-IDF across all items, compared by cosine.
 *
 * Grams are numbered once (gram-table.ts) and vectors kept as arrays, so the
 * linker compares thousands of pairs without string-keyed maps; every sum is
 * taken in the same order as a map-based cosine would, so scores are the
 * same to the last bit.
 */
import type { GramVector } from './gram-table.ts';

/** Character bigrams and trigrams of the Han runs of a text, with counts, in order of first occurrence. */
export function charGrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 2 <= chars.length; i++) {
      const g = chars[i]! + chars[i + 1]!;
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
    for (let i = 0; i + 3 <= chars.length; i++) {
      const g = chars[i]! + chars[i + 1]! + chars[i + 2]!;
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
  }
  return grams;
}

/**
 * Cosines of unit vectors, one vector held spread out over every gram
 * number (`hold`) and compared with many others, as the linker does item by
 * item. The shorter vector of a pair is summed in its own order (the longer
 * when both are as long: the second).
 */
export class CosineScratch {
  private readonly held: Float64Array;
  private readonly other: Float64Array;
  private current: GramVector | null = null;

  constructor(grams: number) {
    this.held = new Float64Array(grams);
    this.other = new Float64Array(grams);
  }

  /** Makes `a` the vector the next cosines are taken against. */
  hold(a: GramVector): void {
    const old = this.current;
    if (old) for (let k = 0; k < old.ids.length; k++) this.held[old.ids[k]!] = 0;
    this.current = a;
    for (let k = 0; k < a.ids.length; k++) this.held[a.ids[k]!] = a.weights[k]!;
  }

  /** Cosine of the held vector and `b`. */
  cosine(b: GramVector): number {
    const a = this.current!;
    let sum = 0;
    if (a.ids.length < b.ids.length) {
      for (let k = 0; k < b.ids.length; k++) this.other[b.ids[k]!] = b.weights[k]!;
      for (let k = 0; k < a.ids.length; k++) sum += a.weights[k]! * this.other[a.ids[k]!]!;
      for (let k = 0; k < b.ids.length; k++) this.other[b.ids[k]!] = 0;
    } else {
      for (let k = 0; k < b.ids.length; k++) sum += b.weights[k]! * this.held[b.ids[k]!]!;
    }
    return sum;
  }
}

/** How distinctive a phrase is: the sum of the inverse document frequencies of its grams. */
export function phraseWeight(phrase: string, idfOf: (gram: string) => number): number {
  return [...charGrams(phrase).keys()].reduce((s, g) => s + idfOf(g), 0);
}

/**
 * Phrases two texts share: maximal common runs of at least `min` Han
 * characters, most distinctive first (length times the rarity of their grams).
 */
export function sharedPhrases(a: string, b: string, weightOf: (phrase: string) => number, min = 4): string[] {
  const found = new Set<string>();
  const chars = [...a];
  const han = chars.map((c) => /^\p{Script=Han}$/u.test(c));
  for (let i = 0; i + min <= chars.length; i++) {
    if (!han.slice(i, i + min).every(Boolean)) continue;
    let s = chars.slice(i, i + min - 1).join('');
    let best = '';
    for (let j = i + min; j <= chars.length && han[j - 1]; j++) {
      s += chars[j - 1]!;
      if (!b.includes(s)) break;
      best = s;
    }
    if (best) found.add(best);
  }
  const maximal = [...found].filter((p) => ![...found].some((q) => q !== p && q.includes(p)));
  const weight = new Map(maximal.map((p) => [p, weightOf(p)]));
  return maximal.sort((x, y) => weight.get(y)! - weight.get(x)!);
}
