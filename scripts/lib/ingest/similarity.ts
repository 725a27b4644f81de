/**
 * Text similarity suited to Chinese: character bigrams and trigrams (no
 * word segmentation), weighted by TF-IDF across all items, compared by cosine.
 *
 * Grams are numbered once (`GramTable`) and vectors kept as arrays, so the
 * linker compares thousands of pairs without string-keyed maps; every sum is
 * taken in the same order as a map-based cosine would, so scores are the
 * same to the last bit.
 */

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

/** A unit TF-IDF vector: gram numbers in order of first occurrence and their weights. */
export interface GramVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Distinct characters a gram key can tell apart. */
const CHARS = 65536;

/**
 * Every gram of a set of texts, numbered, with the texts that print it and
 * its inverse document frequency. Grams are found as `charGrams` finds them,
 * in the same order, but keyed by numbers made from their characters instead
 * of strings (no string per gram occurrence).
 */
export class GramTable {
  /** Gram key (see `keyOf`) → its number. */
  private readonly numbers = new Map<number, number>();
  /** Character → its index in gram keys. */
  private readonly chars = new Map<number, number>();
  /** By gram number: the texts that print it, in text order. */
  readonly postings: number[][] = [];
  /** By gram number: log(texts / texts printing it). */
  readonly idf: Float64Array;
  /** By text: its grams' numbers and counts, in order of first occurrence (as `charGrams` lists them). */
  readonly grams: { ids: Int32Array; counts: Int32Array }[];

  constructor(texts: string[]) {
    let counts = new Int32Array(1024);
    this.grams = texts.map((text, t) => {
      const order: number[] = [];
      const see = (key: number) => {
        let id = this.numbers.get(key);
        if (id === undefined) {
          id = this.postings.length;
          this.numbers.set(key, id);
          this.postings.push([]);
          if (id >= counts.length) {
            const grown = new Int32Array(counts.length * 2);
            grown.set(counts);
            counts = grown;
          }
        }
        if (counts[id]! === 0) {
          order.push(id);
          this.postings[id]!.push(t);
        }
        counts[id]!++;
      };
      for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
        const c = Array.from(run, (ch) => this.charIndex(ch.codePointAt(0)!));
        for (let i = 0; i + 2 <= c.length; i++) see(bigram(c[i]!, c[i + 1]!));
        for (let i = 0; i + 3 <= c.length; i++) see(trigram(c[i]!, c[i + 1]!, c[i + 2]!));
      }
      const ids = Int32Array.from(order);
      const textCounts = Int32Array.from(order, (id) => counts[id]!);
      for (const id of order) counts[id] = 0;
      return { ids, counts: textCounts };
    });
    this.idf = new Float64Array(this.postings.length);
    this.postings.forEach((list, id) => (this.idf[id] = Math.log(texts.length / list.length)));
  }

  private charIndex(codePoint: number): number {
    let index = this.chars.get(codePoint);
    if (index === undefined) {
      index = this.chars.size;
      if (index >= CHARS) throw new Error(`The texts hold more than ${CHARS} distinct Han characters; widen the gram keys in similarity.ts.`);
      this.chars.set(codePoint, index);
    }
    return index;
  }

  /** The number of a gram (two or three Han characters), if any text prints it. */
  idOf(gram: string): number | undefined {
    const c = Array.from(gram, (ch) => this.chars.get(ch.codePointAt(0)!));
    if (c.some((x) => x === undefined)) return undefined;
    const key = c.length === 2 ? bigram(c[0]!, c[1]!) : c.length === 3 ? trigram(c[0]!, c[1]!, c[2]!) : undefined;
    return key === undefined ? undefined : this.numbers.get(key);
  }

  /** The inverse document frequency of a gram; 0 for a gram no text prints. */
  idfOf(gram: string): number {
    const id = this.idOf(gram);
    return id === undefined ? 0 : this.idf[id]!;
  }

  /** The unit TF-IDF vector (sublinear term frequency) of text `t`; grams of weight 0 left out. */
  vector(t: number): GramVector {
    const { ids, counts } = this.grams[t]!;
    const keep: number[] = [];
    const raw: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const w = (1 + Math.log(counts[k]!)) * this.idf[ids[k]!]!;
      if (w > 0) {
        keep.push(ids[k]!);
        raw.push(w);
      }
    }
    const norm = Math.sqrt(raw.reduce((s, w) => s + w * w, 0)) || 1;
    return { ids: Int32Array.from(keep), weights: Float64Array.from(raw, (w) => w / norm) };
  }
}

function bigram(a: number, b: number): number {
  return a * CHARS + b;
}

/** Above every bigram key; under 2^53, so exact. */
function trigram(a: number, b: number, c: number): number {
  return CHARS * CHARS + (a * CHARS + b) * CHARS + c;
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

/**
 * Phrases two texts share: maximal common runs of at least `min` Han
 * characters, most distinctive first (length times the rarity of their grams).
 */
export function sharedPhrases(a: string, b: string, idfOf: (gram: string) => number, min = 4): string[] {
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
  const weight = new Map(maximal.map((p) => [p, [...charGrams(p).keys()].reduce((s, g) => s + idfOf(g), 0)]));
  return maximal.sort((x, y) => weight.get(y)! - weight.get(x)!);
}
