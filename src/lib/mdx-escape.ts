/**
 * Writing document text into MDX bodies, escaped so that every character
 * shows as written (no `{`, `<`, `*`, `_`, `#`, `[` is read as syntax). Kept
 * apart from the parser (mdx-text.ts) so ingestion, which only writes, does
 * not load remark and micromark (about 0.3 s of every run).
 */

/**
 * Escapes one paragraph of plain text for an MDX body. CommonMark lets every
 * ASCII punctuation character be escaped with a backslash, and MDX keeps
 * that, so escaping all of them is simple and always safe.
 */
export function escapeMdxText(text: string): string {
  if (/[\n\r]/.test(text)) throw new Error('A paragraph must not contain a line break.');
  return (
    text
      .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`)
      // GFM turns www., http(s):// and e-mail addresses in text into links,
      // escaped or not. An empty expression splits the text node so it never
      // sees one; it renders as nothing.
      .replace(/(h)(?=ttps?\\:)|(w)(?=ww\\\.)/gi, (c) => `${c}{""}`)
      .replace(/\\@/g, '{""}\\@')
  );
}

/** An MDX body made of paragraphs of plain text. */
export function paragraphsToMdx(paragraphs: string[]): string {
  return paragraphs.map(escapeMdxText).join('\n\n') + '\n';
}
