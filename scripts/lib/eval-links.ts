/** Scoring links against the evaluation set. */
import type { Related } from '../../src/schemas/item.ts';

/** The evaluation set: pairs that must be linked and pairs that must not. */
export interface EvalSet {
  must_link: [string, string][];
  must_not_link: [string, string][];
}

/** The scores. Precision counts only links the set judges (must or must-not). */
export interface EvalResult {
  links: number;
  fromOverrides: number;
  truePositives: number;
  judged: number;
  precision: number;
  recall: number;
  /** Recall counting only links the linker made itself. */
  recallWithoutOverrides: number;
  missed: [string, string][];
  forbidden: [string, string][];
}

/** Scores the links of `items` against `set`. */
export function evaluateLinks(items: { id: string; related: Related[] }[], set: EvalSet): EvalResult {
  const pairKey = (a: string, b: string) => [a, b].sort().join(' ');
  const made = new Map<string, boolean>();
  for (const item of items) for (const r of item.related) made.set(pairKey(item.id, r.id), r.override);
  const has = ([a, b]: [string, string]) => made.has(pairKey(a, b));
  const truePositives = set.must_link.filter(has).length;
  const forbidden = set.must_not_link.filter(has);
  const judged = truePositives + forbidden.length;
  return {
    links: made.size,
    fromOverrides: [...made.values()].filter(Boolean).length,
    truePositives,
    judged,
    precision: judged ? truePositives / judged : 1,
    recall: truePositives / set.must_link.length,
    recallWithoutOverrides: set.must_link.filter((p) => made.get(pairKey(p[0], p[1])) === false).length / set.must_link.length,
    missed: set.must_link.filter((p) => !has(p)),
    forbidden,
  };
}
