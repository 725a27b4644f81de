/**
 * The opening words of a commitment: its text up to the first stop, cut with
 * an ellipsis when long. One function for the site (item names in headings
 * and links, src/lib/item-title.ts) and for search (the first ranking zone at
 * build time, the line under each result in the browser); they differ only in
 * where the words stop and how many they may be.
 */

/** Where opening words stop, how many characters they may have, and the ellipsis after a cut. */
export const OPENING = {
  /** The name of an item (第14条 充分发挥中葡合作发展基金的作用): up to its first pause. */
  clause: { stops: /[，。；：！？]/u, max: 20, ellipsis: '…' },
  /** A search result's line and first ranking zone: up to the first full stop, semicolon, colon or line end. */
  sentence: { stops: /[。；：\n]/u, max: 40, ellipsis: '……' },
} as const;

/** How far opening words run. */
export type OpeningKind = keyof typeof OPENING;

/** The opening words of `text` (Simplified or Traditional): up to the first stop of `kind`, cut at its maximum with an ellipsis. */
export function openingWords(text: string, kind: OpeningKind = 'sentence'): string {
  const { stops, max, ellipsis } = OPENING[kind];
  const first = text.split(stops)[0] ?? '';
  const chars = [...first];
  return chars.length > max ? `${chars.slice(0, max).join('')}${ellipsis}` : first;
}
