/**
 * The items loader reads an item file's frontmatter with Astro's frontmatter
 * reader (src/loaders/item-frontmatter.ts): the values must be the ones the
 * ingestion writer wrote, as the writer's own YAML library reads them back —
 * for every committed item and for any text the writer may be given — and a
 * broken file is named with its line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderContent } from '../../scripts/lib/ingest/render.ts';
import { readItemFrontmatter } from '../../src/loaders/item-frontmatter.ts';
import { generatedDocuments, generatedItems } from '../helpers/generated.ts';

const ITEMS = 'content/items';

/** Frontmatter and body as split by hand, the frontmatter read by the writer's library. */
function reference(text: string): { frontmatter: unknown; body: string } {
  const start = text.indexOf('\n---\n', 3);
  return { frontmatter: parseYaml(text.slice(4, start)), body: text.slice(start + 5) };
}

describe('reading item frontmatter', () => {
  it('gives every committed item the values and body the YAML 1.2 reader gives', () => {
    const files = readdirSync(ITEMS, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const text = readFileSync(path.join(ITEMS, f), 'utf8');
      expect(readItemFrontmatter(text, f)).toEqual(reference(text));
    }
  });

  it('reads back whatever text the ingestion writer puts in the frontmatter, date-like and number-like text included', () => {
    const document = generatedDocuments()[0]!;
    const template = generatedItems(document.id)[0]!;
    // Text that YAML readers are prone to take for something else, beside any text at all.
    const tricky = fc.oneof(
      fc.string(),
      fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom('null', '~', 'true', 'no', 'yes', '0o17', '0x1F', '1e3', '.inf', '<<', '- a', '#', '"', "'", '2024-01-01 12:00:00'),
      fc.integer().map(String),
    );
    fc.assert(
      fc.property(tricky, tricky, fc.array(tricky, { minLength: 1, maxLength: 3 }), (section, printed, reasons) => {
        const data = {
          ...template.data,
          section,
          agencyListPrinted: printed,
          related: [{ id: 'other/1', score: 1, reasons, override: false, kind: 'related' as const }],
        };
        const files: Map<string, string> = renderContent([document], [{ data, paragraphs: template.paragraphs }]);
        const [file, text] = [...files].find(([f]) => f.endsWith('.mdx'))!;
        const read = readItemFrontmatter(text, file);
        expect(read.frontmatter).toEqual(data);
        expect(read.frontmatter).toEqual(reference(text).frontmatter);
      }),
      { numRuns: 300 },
    );
  });

  it('names the file when there is no frontmatter, and the file and line when it is not YAML', () => {
    expect(() => readItemFrontmatter('no frontmatter here\n', 'content/items/x/1.mdx')).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/items/x/1.mdx: An item file must start with frontmatter between "---" lines. Run \`npm run ingest\` to regenerate it.]`,
    );
    expect(() => readItemFrontmatter('---\ndocument: x\nslug: "1\nkind: item\n---\n\ntext\n', 'content/items/x/1.mdx')).toThrow(
      /^content\/items\/x\/1\.mdx:\d+: The frontmatter is not valid YAML \(.+\)\. Run `npm run ingest` to regenerate the file\.$/,
    );
    const broken = '---\ndocument: x\nslug: "1"\n  kind: item\n---\n\ntext\n';
    expect(() => readItemFrontmatter(broken, 'content/items/x/1.mdx')).toThrow(/^content\/items\/x\/1\.mdx:4: /);
  });
});
