/**
 * The text of `npm run ingest -- --dry-run <file>`: the outline ingestion
 * would write for one document — headings, paragraphs by role, and every item
 * with its first words, pillar, responsible bodies and places — so staff can
 * check a new document before anything is written.
 */
import { withoutAgencyList } from '../../../src/lib/item-text.ts';
import type { DryRun } from './pipeline.ts';

/** How many characters of an item or paragraph to show. */
const FIRST_WORDS = 24;

const start = (text: string) => (text.length > FIRST_WORDS ? `${text.slice(0, FIRST_WORDS)}…` : text);

/** Formats a dry run as indented plain text. */
export function formatDryRun({ document, items }: DryRun): string {
  const bySlug = new Map(items.map((i) => [i.data.slug, i]));
  const lines = [
    `${document.id}: ${document.title.full}`,
    `  ${items.length} items · ${document.kind} · ${document.structure} · numbering "${document.itemNumbering}" · years ${document.years[0]}–${document.years[1] ?? '…'}`,
    '',
  ];
  for (const block of document.outline) {
    if (block.type === 'heading') lines.push(`${'  '.repeat(block.level - 1)}# ${block.text}`);
    else if (block.type === 'paragraph') lines.push(`  [${block.role}] ${start(block.text)}`);
    else {
      const item = bySlug.get(block.slug);
      if (!item) continue;
      const d = item.data;
      const bodies = d.agencies.map((l) => `${l.label ?? l.side}：${l.bodies.map((b) => b.printed).join('、')}`);
      lines.push(`  ${d.number.padStart(3)}  ${start(withoutAgencyList(item.paragraphs.join(''), d.agencyListPrinted))}`);
      lines.push(
        `       pillar ${d.pillar}${bodies.length ? ` · bodies ${bodies.join('；')}` : d.agenciesNote ? ` · no bodies: ${d.agenciesNote}` : ''}${d.places.length ? ` · places ${d.places.join(', ')}` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n\nDry run: nothing was written.\n`;
}
