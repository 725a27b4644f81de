/**
 * Document text in MDX bodies: written escaped so that every character shows
 * as written (no `{`, `<`, `*`, `_`, `#`, `[` is read as syntax), and read
 * back with the same MDX parser Astro uses.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/**
 * Escapes one paragraph of plain text for an MDX body. CommonMark lets every
 * ASCII punctuation character be escaped with a backslash, and MDX keeps
 * that, so escaping all of them is simple and always safe.
 */
export function escapeMdxText(text: string): string {
  if (/[\n\r]/.test(text)) throw new Error('A paragraph must not contain a line break.');
  return text.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** An MDX body made of paragraphs of plain text. */
export function paragraphsToMdx(paragraphs: string[]): string {
  return paragraphs.map(escapeMdxText).join('\n\n') + '\n';
}

/** The paragraphs of plain text in an MDX body, as the MDX parser reads them. */
export function mdxToParagraphs(body: string): string[] {
  const tree = mdxToMdast(body, { features: { frontmatter: true } });
  const children = (tree as { children?: MdastNode[] }).children ?? [];
  return children.filter((n) => n.type !== 'yaml' && n.type !== 'toml').map(textOf);
}

function textOf(node: MdastNode): string {
  const n = node as { type: string; value?: string; children?: MdastNode[] };
  if (n.type === 'text') return n.value ?? '';
  if (n.type === 'paragraph') return (n.children ?? []).map(textOf).join('');
  throw new Error(`Unexpected ${n.type} in document text: the body must hold plain paragraphs only.`);
}
