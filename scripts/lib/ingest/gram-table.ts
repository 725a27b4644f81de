/**
 * The grams of the texts the linker compares, numbered once: character
 * bigrams and trigrams of Han runs, found as `charGrams` (similarity.ts)
 * finds them and in the same order, but keyed by the numbers of their
 * characters in a table of typed arrays, with no string per occurrence
 * (at ×50, about 1.6 million occurrences of 390,000 grams).
 */

/** Distinct characters a gram key can tell apart (15 bits each, so a key is two 31-bit numbers). */
const CHARS = 1 << 15;

/** A unit TF-IDF vector: gram numbers in order of first occurrence and their weights. */
export interface GramVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Every gram of a set of texts, numbered, with the texts that print it and its inverse document frequency. */
export class GramTable {
  private readonly keys = new GramKeys();
  /** Character → its index in gram keys. */
  private readonly chars = new Map<number, number>();
  /** By gram number: the texts that print it, in text order. */
  readonly postings: number[][] = [];
  /** By gram number: log(texts / texts printing it). */
  readonly idf: Float64Array;
  /** By text: its grams' numbers and counts, in order of first occurrence (as `charGrams` lists them). */
  readonly grams: { ids: Int32Array; counts: Int32Array }[];

  constructor(texts: string[]) {
    this.grams = texts.map((text, t) => {
      const order: number[] = [];
      for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
        const c: number[] = [];
        for (const ch of run) c.push(this.charIndex(ch.codePointAt(0)!));
        for (let i = 0; i + 2 <= c.length; i++) this.see(c[i]!, c[i + 1]!, t, order);
        for (let i = 0; i + 3 <= c.length; i++) this.see(c[i]! + (c[i + 2]! + 1) * CHARS, c[i + 1]!, t, order);
      }
      const ids = Int32Array.from(order);
      const textCounts = new Int32Array(order.length);
      for (let k = 0; k < order.length; k++) {
        textCounts[k] = this.counts[order[k]!]!;
        this.counts[order[k]!] = 0;
      }
      return { ids, counts: textCounts };
    });
    this.idf = new Float64Array(this.postings.length);
    this.postings.forEach((list, id) => (this.idf[id] = Math.log(texts.length / list.length)));
  }

  /** Occurrences of each gram in the text being read; back to 0 after each text. */
  private counts = new Int32Array(1024);

  /** Counts one occurrence of a gram in text `t`, adding it to `order` at its first. */
  private see(hi: number, lo: number, t: number, order: number[]): void {
    const id = this.keys.number(hi, lo);
    if (id === this.postings.length) {
      this.postings.push([]);
      if (id >= this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    if (this.counts[id] === 0) {
      order.push(id);
      this.postings[id]!.push(t);
    }
    this.counts[id]!++;
  }

  private charIndex(codePoint: number): number {
    let index = this.chars.get(codePoint);
    if (index === undefined) {
      index = this.chars.size;
      if (index >= CHARS - 1) throw new Error(`The texts hold more than ${CHARS - 1} distinct Han characters; widen the gram keys in gram-table.ts.`);
      this.chars.set(codePoint, index);
    }
    return index;
  }

  /** The number of a gram (two or three Han characters), if any text prints it. */
  idOf(gram: string): number | undefined {
    const c = Array.from(gram, (ch) => this.chars.get(ch.codePointAt(0)!));
    if (c.some((x) => x === undefined) || c.length < 2 || c.length > 3) return undefined;
    const [a, b, third] = c as number[];
    return this.keys.find(a! + (third === undefined ? 0 : (third + 1) * CHARS), b!);
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

/** Gram keys (two non-negative 31-bit numbers) → numbers from 0 in order of first sight: open addressing over typed arrays. */
class GramKeys {
  private his = new Int32Array(1 << 12).fill(-1);
  private los = new Int32Array(1 << 12);
  private numbers = new Int32Array(1 << 12);
  private size = 0;

  /** The key's number, given the next one if the key is new. */
  number(hi: number, lo: number): number {
    const slot = this.slot(hi, lo);
    if (this.his[slot] !== -1) return this.numbers[slot]!;
    this.his[slot] = hi;
    this.los[slot] = lo;
    this.numbers[slot] = this.size;
    if (++this.size * 2 > this.his.length) this.grow();
    return this.size - 1;
  }

  /** The key's number, if it was seen. */
  find(hi: number, lo: number): number | undefined {
    const slot = this.slot(hi, lo);
    return this.his[slot] === -1 ? undefined : this.numbers[slot];
  }

  private slot(hi: number, lo: number): number {
    const mask = this.his.length - 1;
    let h = Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca77);
    h = (h ^ (h >>> 15)) & mask;
    while (this.his[h] !== -1 && (this.his[h] !== hi || this.los[h] !== lo)) h = (h + 1) & mask;
    return h;
  }

  private grow(): void {
    const [his, los, numbers] = [this.his, this.los, this.numbers];
    this.his = new Int32Array(his.length * 2).fill(-1);
    this.los = new Int32Array(his.length * 2);
    this.numbers = new Int32Array(his.length * 2);
    for (let i = 0; i < his.length; i++) {
      if (his[i] === -1) continue;
      const slot = this.slot(his[i]!, los[i]!);
      this.his[slot] = his[i]!;
      this.los[slot] = los[i]!;
      this.numbers[slot] = numbers[i]!;
    }
  }
}
