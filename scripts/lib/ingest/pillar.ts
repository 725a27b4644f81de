/** Step 4c, the pillar of an item from the heading it stands under. */
import type { Pillar } from '../../../src/schemas/registry.ts';
import { IngestError } from './errors.ts';

/** A heading without its printed numeral: （一）金融领域合作 → 金融领域合作. */
export function headingText(heading: string): string {
  return heading.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\s*/u, '');
}

/** The pillar whose `headings` list holds the item's section heading. */
export function pillarOf(section: string, pillars: Pillar[], file: string, line: number): string {
  const text = headingText(section);
  const pillar = pillars.find((p) => p.headings.includes(text));
  if (!pillar) {
    throw new IngestError(file, line, `The heading "${text}" maps to no pillar.`, 'Add it to the `headings` of a pillar in content/registry/pillars.yml.');
  }
  return pillar.slug;
}
