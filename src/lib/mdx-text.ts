/**
 * Document text in MDX bodies: written escaped so that every character shows
 * as written (no `{`, `<`, `*`, `_`, `#`, `[` is read as syntax; mdx-escape.ts),
 * and read back with the parser the site compiles MDX with (remark + MDX + GFM).
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export { escapeMdxText, paragraphsToMdx } from './mdx-escape.ts';

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
