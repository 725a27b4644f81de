/**
 * Content collections. Schemas live in src/schemas/ and are shared with
 * ingestion, so a hand-edited or malformed file fails the build with the
 * file and the field named.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { mdxItems } from './loaders/mdx-items.ts';
import { DocumentSchema } from './schemas/document.ts';
import { ItemSchema } from './schemas/item.ts';
import { AgencySchema, PillarSchema, PlaceSchema, PlaceTermSchema } from './schemas/registry.ts';

/** Generated documents: metadata plus outline. Id = document id. */
const documents = defineCollection({
  loader: glob({ base: './content/documents', pattern: '*.yml', generateId: ({ entry }) => entry.replace(/\.yml$/, '') }),
  schema: DocumentSchema,
});

/** Generated items. Id = `<document>/<item>`, exactly the path; bodies rendered during content sync. */
const items = defineCollection({
  loader: mdxItems('./content/items'),
  schema: ItemSchema,
});

/** The agency registry (id = slug). */
const agencies = defineCollection({
  loader: file('content/registry/agencies.yml', { parser: (text) => parseYaml(text) as Record<string, unknown>[] }),
  schema: AgencySchema,
});

/** Places (id = ISO code or region id). */
const places = defineCollection({
  loader: file('content/registry/places.yml', { parser: (text) => (parseYaml(text) as { places: Record<string, unknown>[] }).places }),
  schema: PlaceSchema,
});

/** Terms that name places in the text (id = the term); searching a place's name finds them too. */
const placeTerms = defineCollection({
  loader: file('content/registry/places.yml', {
    parser: (text) => (parseYaml(text) as { terms: Record<string, unknown>[] }).terms.map((t) => ({ id: t['term'], ...t })),
  }),
  schema: PlaceTermSchema.extend({ id: PlaceTermSchema.shape.term }),
});

/** Pillars (id = slug). */
const pillars = defineCollection({
  loader: file('content/registry/pillars.yml', { parser: (text) => parseYaml(text) as Record<string, unknown>[] }),
  schema: PillarSchema,
});

export const collections = { documents, items, agencies, places, placeTerms, pillars };
