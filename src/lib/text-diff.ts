/**
 * "What changed" between two versions of a commitment, at the level of
 * Chinese words and phrases: both texts are split with Intl.Segmenter (word
 * granularity) and compared with the `diff` library's array diff.
 */
import { diffArrays } from 'diff';

/** One run of the comparison. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words and punctuation of a text, in order. */
export function segmentWords(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** The word-level differences from `before` to `after`, adjacent runs of one kind merged. */
export function diffText(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(segmentWords(before), segmentWords(after))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const text = change.value.join('');
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  }
  return parts;
}
