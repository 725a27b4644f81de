/**
 * Step 5, link: each item's `related` items in the other documents. Two
 * signals: the named programmes, platforms and bodies both items print
 * (content/registry/programmes.yml, rarer names weigh more), and the
 * TF-IDF cosine of their character n-grams. Links are symmetric, ranked,
 * and carry their reasons; content/registry/links.yml adds or rejects links.
 */
import { withoutAgencyList } from '../../../src/lib/item-text.ts';
import type { DocumentData } from '../../../src/schemas/document.ts';
import type { Related } from '../../../src/schemas/item.ts';
import type { LinkOverrides, Programme } from '../../../src/schemas/registry.ts';
import { IngestError } from './errors.ts';
import type { ItemRecord } from './extract.ts';
import type { Registries } from './registry.ts';
import { GramTable } from './gram-table.ts';
import { charGrams, CosineScratch, phraseWeight, sharedPhrases } from './similarity.ts';

/** The thresholds, tuned on tests/fixtures/links-eval.yml (see README, "Lineage"). */
export const LINKING = {
  /** Cosine that links two items on wording alone. */
  textOnly: 0.19,
  /** Cosine that suffices when the items also share a named programme. */
  withProgramme: 0.1,
  /** A programme named by at most this many items is distinctive enough to link on its own. */
  distinctiveProgramme: 6,
  /** A gram printed in at most this many items makes its items candidates for a link. */
  rareGramItems: 20,
  /** Phrases shorter than this are not given as reasons. */
  minPhrase: 4,
  /** A phrase printed in more items than this is too common to be a reason (一带一路, 支持澳门). */
  commonPhrase: 5,
} as const;

/** The text compared: the item without its list of responsible bodies. */
export function comparableText(paragraphs: string[], agencyListPrinted: string | null): string {
  return withoutAgencyList(paragraphs.join(''), agencyListPrinted);
}

/** Programmes a text names, by their canonical name. */
export function programmesIn(text: string, programmes: Programme[]): string[] {
  return programmes.filter((p) => [p.name, ...p.also].some((form) => text.includes(form))).map((p) => p.name);
}

interface Candidate {
  a: number;
  b: number;
  score: number;
  reasons: string[];
  /** True for a link added by content/registry/links.yml. */
  override: boolean;
}

/** Whether a link between items of documents `a` and `b` is a continuation: one continues the other. */
export function isContinuation(a: Pick<DocumentData, 'id' | 'continues'>, b: Pick<DocumentData, 'id' | 'continues'>): boolean {
  return a.continues.includes(b.id) || b.continues.includes(a.id);
}

/** Returns the items with `related` filled, each link marked continuation or related. */
export function linkItems(items: ItemRecord[], registries: Registries, documents: Pick<DocumentData, 'id' | 'continues'>[]): ItemRecord[] {
  const ids = items.map((i) => `${i.data.document}/${i.data.slug}`);
  const texts = items.map((i) => comparableText(i.paragraphs, i.data.agencyListPrinted));
  const table = new GramTable(texts);
  const vectors = items.map((_, i) => table.vector(i));
  const named = texts.map((t) => programmesIn(t, registries.programmes));
  const programmeDf = new Map<string, number>();
  named.flat().forEach((p) => programmeDf.set(p, (programmeDf.get(p) ?? 0) + 1));

  const links = new Map<string, Candidate>();
  const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  // How many items print a phrase: only those holding its rarest gram can.
  const phraseDf = memoised((phrase: string) => {
    const postings = [...charGrams(phrase).keys()].map((g) => table.postings[table.idOf(g)!] ?? []);
    const rarest = postings.sort((x, y) => x.length - y.length)[0]!;
    return rarest.filter((i) => texts[i]!.includes(phrase)).length;
  });
  const scratch = new CosineScratch(table.postings.length);
  const weightOf = memoised((phrase: string) => phraseWeight(phrase, (gram) => table.idfOf(gram)));
  for (const [a, partners] of candidatePairs(table, named, items)) {
    scratch.hold(vectors[a]!);
    for (const b of partners) {
      const cos = scratch.cosine(vectors[b]!);
      const shared = named[a]!.length && named[b]!.length ? named[a]!.filter((p) => named[b]!.includes(p)) : [];
      const distinctive = shared.filter((p) => programmeDf.get(p)! <= LINKING.distinctiveProgramme);
      const linked = cos >= LINKING.textOnly || (shared.length > 0 && cos >= LINKING.withProgramme) || distinctive.length > 0;
      if (!linked) continue;
      const programmeWeight = shared.reduce((s, p) => s + Math.log(items.length / programmeDf.get(p)!), 0);
      const score = Math.min(1, cos + programmeWeight / 10);
      const phrases = sharedPhrases(texts[a]!, texts[b]!, weightOf, LINKING.minPhrase).filter(
        (p) => !shared.some((s) => s.includes(p) || p.includes(s)) && phraseDf(p) <= LINKING.commonPhrase,
      );
      links.set(key(a, b), { a, b, score: round(score), reasons: [...shared, ...phrases].slice(0, 3), override: false });
    }
  }
  applyOverrides(links, registries.links, ids, key);

  const related: Related[][] = items.map(() => []);
  const documentOf = new Map(documents.map((d) => [d.id, d]));
  for (const { a, b, score, reasons, override } of links.values()) {
    const kind = isContinuation(documentOf.get(items[a]!.data.document)!, documentOf.get(items[b]!.data.document)!) ? 'continuation' : 'related';
    related[a]!.push({ id: ids[b]!, score, reasons, override, kind });
    related[b]!.push({ id: ids[a]!, score, reasons, override, kind });
  }
  return items.map((item, i) => ({
    ...item,
    data: { ...item.data, related: related[i]!.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id)) },
  }));
}

/**
 * Pairs worth scoring, as each item's later partners in other documents:
 * items that share a distinctive gram (one printed in few items) or a
 * programme. Others cannot reach the thresholds, which need shared rare
 * grams; this keeps linking close to linear in the number of items instead
 * of comparing every pair.
 */
function candidatePairs(table: GramTable, named: string[][], items: ItemRecord[]): [number, number[]][] {
  const n = items.length;
  const rare = Math.log(n / Math.max(2, Math.min(LINKING.rareGramItems, n / 4)));
  const byProgramme = new Map<string, number[]>();
  named.forEach((names, i) => names.forEach((name) => byProgramme.set(name, [...(byProgramme.get(name) ?? []), i])));
  const seen = new Int32Array(n).fill(-1);
  const out: [number, number[]][] = [];
  for (let a = 0; a < n; a++) {
    const partners: number[] = [];
    const add = (list: number[]) => {
      for (const b of list) {
        if (b <= a || seen[b] === a || items[b]!.data.document === items[a]!.data.document) continue;
        seen[b] = a;
        partners.push(b);
      }
    };
    for (const id of table.grams[a]!.ids) if (table.idf[id]! >= rare) add(table.postings[id]!);
    for (const name of named[a]!) add(byProgramme.get(name)!);
    if (partners.length) out.push([a, partners.sort((x, y) => x - y)]);
  }
  return out;
}

/** `f` remembering its answer for each argument. */
function memoised<T>(f: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (!memo.has(key)) memo.set(key, f(key));
    return memo.get(key)!;
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function applyOverrides(links: Map<string, Candidate>, overrides: LinkOverrides, ids: string[], key: (a: number, b: number) => string): void {
  const file = 'content/registry/links.yml';
  const indexOf = (id: string) => {
    const i = ids.indexOf(id);
    if (i < 0) throw new IngestError(file, null, `The link override names "${id}", which is not an item.`, 'Use <document>/<item> ids as in content/items.');
    return i;
  };
  for (const { pair } of overrides.reject) {
    const k = key(indexOf(pair[0]), indexOf(pair[1]));
    if (!links.delete(k))
      throw new IngestError(file, null, `The rejected link ${pair[0]} – ${pair[1]} is not made by the linker.`, 'Remove the stale override.');
  }
  for (const { pair, reason } of overrides.add) {
    const [a, b] = [indexOf(pair[0]), indexOf(pair[1])];
    if (links.has(key(a, b)))
      throw new IngestError(file, null, `The added link ${pair[0]} – ${pair[1]} is made by the linker already.`, 'Remove the stale override.');
    links.set(key(a, b), { a: Math.min(a, b), b: Math.max(a, b), score: 0.5, reasons: [reason], override: true });
  }
}
