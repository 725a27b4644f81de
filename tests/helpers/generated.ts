/** Reads the committed, generated content the way the site does. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { mdxToParagraphs } from '../../src/lib/mdx-text.ts';
import { DocumentSchema, type DocumentData } from '../../src/schemas/document.ts';
import { ItemSchema, type Item } from '../../src/schemas/item.ts';

/** A generated item: frontmatter and paragraphs. */
export interface GeneratedItem {
  data: Item;
  paragraphs: string[];
}

/** Every generated document, in reading order. */
export function generatedDocuments(root = '.'): DocumentData[] {
  return readdirSync(`${root}/content/documents`)
    .map((f) => DocumentSchema.parse(parseYaml(readFileSync(`${root}/content/documents/${f}`, 'utf8'))))
    .sort((a, b) => a.order - b.order);
}

/** Every generated item of a document, in document order. */
export function generatedItems(document: string, root = '.'): GeneratedItem[] {
  return readdirSync(`${root}/content/items/${document}`)
    .map((f) => {
      const text = readFileSync(`${root}/content/items/${document}/${f}`, 'utf8');
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
      return { data: ItemSchema.parse(parseYaml(frontmatter!)), paragraphs: mdxToParagraphs(body!) };
    })
    .sort((a, b) => a.data.order - b.data.order);
}

/** Han characters of a text, in order. */
export function hanOf(text: string): string {
  return (text.match(/\p{Script=Han}/gu) ?? []).join('');
}
