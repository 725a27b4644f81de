/** Item text as comparisons use it. */

/** The text without the closing list of responsible bodies （澳门特别行政区政府：…） of 2024–2028 items. */
export function withoutAgencyList(text: string): string {
  return text.replace(/（澳门特别行政区政府：[^）]*）/gu, '');
}
