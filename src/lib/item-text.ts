/** Item text as comparisons and titles use it. */

/**
 * The text without its closing list of responsible bodies, `printed` exactly
 * as ingestion found it (the item's `agencyListPrinted`; null leaves the text
 * as it is). One full stop survives whether the source prints it before the
 * parenthesis, after it, or both (…等活动。（…）。 reads …等活动。).
 */
export function withoutAgencyList(text: string, printed: string | null): string {
  if (!printed) return text;
  const at = text.lastIndexOf(printed);
  if (at < 0) return text;
  const before = text.slice(0, at);
  const after = text.slice(at + printed.length);
  const stop = before.endsWith('。') || after.startsWith('。') ? '。' : '';
  return before.replace(/。$/, '') + stop + after.replace(/^。/, '');
}
