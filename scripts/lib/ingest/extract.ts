/**
 * Step 4, extract: turns segmented units into validated item records
 * (frontmatter plus paragraphs), with agencies, places, pillar and years.
 */
import { ItemSchema, type Item } from '../../../src/schemas/item.ts';
import type { SourceMeta } from '../../../src/schemas/source.ts';
import { IngestError } from './errors.ts';
import { extractAgencies } from './extract-agencies.ts';
import { placesOfItem } from './extract-places.ts';
import { pillarOf } from './pillar.ts';
import type { Registries } from './registry.ts';
import { formatSchemaIssue } from '../../../src/registry/schema-errors.ts';
import type { Unit } from './segment.ts';
import type { UnknownAgency } from './unknown-agencies.ts';

/** An item ready to write: its frontmatter and its text, paragraph by paragraph. */
export interface ItemRecord {
  data: Item;
  paragraphs: string[];
}

/** Builds the records of one document's items; bodies the registry lacks go to `unknown`. */
export function extractItems(units: Unit[], meta: SourceMeta, registries: Registries, file: string, unknown: UnknownAgency[] = []): ItemRecord[] {
  return units.map((unit) => {
    const paragraphs = unit.paragraphs.map((p) => p.text);
    const text = paragraphs.join('\n');
    const bodies = extractAgencies(unit, meta, registries.agencies, file, unknown);
    const candidate: Item = {
      document: meta.id,
      slug: unit.slug,
      number: unit.number,
      numberPrinted: unit.numberPrinted,
      kind: unit.kind,
      order: unit.order,
      section: unit.section,
      part: unit.part,
      pillar: pillarOf(unit.section, registries.pillars, file, unit.line),
      years: meta.years,
      agencies: bodies.lists,
      agenciesNote: bodies.note,
      agencyListPrinted: bodies.printed,
      places: placesOfItem(`${meta.id}/${unit.slug}`, text, registries.placeTerms, registries, file, unit.line),
      related: [],
    };
    const result = ItemSchema.safeParse(candidate);
    if (!result.success) throw new IngestError(file, unit.line, formatSchemaIssue(result.error), 'This is a bug in ingestion or the registry.');
    return { data: result.data, paragraphs };
  });
}
