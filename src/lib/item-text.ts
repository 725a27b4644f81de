/** Item text as comparisons and titles use it. */

/**
 * The text without the closing list of responsible bodies （澳门特别行政区政府：…）
 * of 2024–2028 items. One full stop survives whether the source prints it before
 * the parenthesis, after it, or both (…等活动。（…）。 reads …等活动。).
 */
export function withoutAgencyList(text: string): string {
  return text.replace(/(。?)（澳门特别行政区政府：[^）]*）(。?)/gu, (_whole, before: string, after: string) => before || after);
}
