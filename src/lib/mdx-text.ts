/**
 * Document text in MDX bodies: written escaped so that every character shows
 * as written (no `{`, `<`, `*`, `_`, `#`, `[` is read as syntax), and read
 * back with the parser the site compiles MDX with (remark + MDX + GFM).
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

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

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/** The paragraphs of plain text in an MDX body (without frontmatter), as the site's parser reads them. */
export function mdxToParagraphs(body: string): string[] {
  const tree = parser.runSync(parser.parse(body)) as Node;
  return (tree.children ?? []).map(textOf);
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  // Only the empty string expressions the writer inserts are allowed.
  if (node.type === 'mdxTextExpression' && node.value === '""') return '';
  if (node.type === 'paragraph') return (node.children ?? []).map(textOf).join('');
  throw new Error(`Unexpected ${node.type} in document text: the body must hold plain paragraphs only.`);
}
