/**
 * Synthetic corpora for the benchmark, made from the real documents: each
 * replica renames every Han character through a seeded permutation, so it has
 * the real structure, lengths and character statistics but shares no wording
 * with the other replicas (links stay as dense as in the real corpus instead
 * of joining every copy to every other). Headings, numerals and the lists of
 * responsible bodies are kept, so segmentation, pillars and agencies work.
 */
import { parse as parseYaml, stringify } from 'yaml';
import { toSimplified } from '../../../src/lib/convert.ts';
import type { SourceFiles } from '../temp-project.ts';

const NUMERALS = new Set('一二三四五六七八九十');
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]).*$/u;
const AGENCY_LABEL = [...'（澳门特别行政区政府：'];

/** A seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of the given characters. */
function permutation(chars: string[], seed: number): Map<string, string> {
  const next = random(seed);
  const shuffled = [...chars];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return new Map(chars.map((c, i) => [c, shuffled[i]!]));
}

/** Offsets inside responsible-body parentheses (the label may break across lines). */
function protectedOffsets(text: string): Set<number> {
  const label = new RegExp(AGENCY_LABEL.join('\\s*'), 'gu');
  const offsets = new Set<number>();
  for (const m of text.matchAll(label)) {
    const end = text.indexOf('）', m.index + m[0].length);
    for (let i = m.index; i <= (end < 0 ? text.length : end); i++) offsets.add(i);
  }
  return offsets;
}

/** The text with Han characters renamed, except in headings, numerals and lists of bodies. */
function renameText(text: string, map: Map<string, string>, keepLines: Set<string>): string {
  const keep = protectedOffsets(text);
  let offset = 0;
  return text
    .split('\n')
    .map((line) => {
      const start = offset;
      offset += line.length + 1;
      if (HEADING.test(line) || keepLines.has(line.trim())) return line;
      return [...line].map((c, i) => (keep.has(start + i) ? c : (map.get(c) ?? c))).join('');
    })
    .join('\n');
}

/** The real sources plus `copies - 1` renamed replicas of all of them. */
export function syntheticCorpus(real: SourceFiles[], copies: number): SourceFiles[] {
  const normalized = real.map((s) => ({ ...s, text: s.text.normalize('NFC') }));
  // Characters cleaning would change (stray Traditional ones) stay themselves, so titles still match.
  const chars = [...new Set(normalized.flatMap((s) => [...s.text]).filter((c) => /\p{Script=Han}/u.test(c) && !NUMERALS.has(c) && toSimplified(c) === c))].sort();
  const out: SourceFiles[] = [...real];
  for (let r = 1; r < copies; r++) {
    const map = permutation(chars, r);
    for (const s of normalized) {
      const meta = parseYaml(s.meta) as { id: string; order: number; seed: string; label: string; title: { full: string; short: string | null }; unnumberedHeadings?: string[] };
      const keepLines = new Set(meta.unnumberedHeadings ?? []);
      const rename = (t: string) => [...t].map((c) => map.get(c) ?? c).join('');
      const replica = {
        ...meta,
        id: `${meta.id}-r${r}`,
        order: meta.order + real.length * r,
        seed: 'synthetic',
        label: `${meta.label}（样本${r}）`,
        title: { full: rename(meta.title.full), short: meta.title.short && rename(meta.title.short) },
      };
      out.push({ id: replica.id, text: renameText(s.text, map, keepLines), meta: stringify(replica) });
    }
  }
  return out;
}
