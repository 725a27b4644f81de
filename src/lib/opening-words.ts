/** The opening words of a commitment, for search result titles (build and browser). */

/** The text up to the first full stop, semicolon, colon or line end, at most 40 characters. */
export function openingWords(text: string): string {
  const first = text.split(/[。；：\n]/u)[0] ?? '';
  const chars = [...first];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}……` : first;
}
