/**
 * Content collections. Schemas live in src/schemas/ and are shared with
 * ingestion, so a hand-edited or malformed file fails the build with the
 * file and the field named; the registries are read by the one registry
 * loader (src/registry/), which also names the line.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxItems } from './loaders/mdx-items.ts';
import { registryLoader } from './registry/collection.ts';
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
  loader: registryLoader('agencies', (list) => list.map((a) => ({ id: a.slug, data: a }))),
  schema: AgencySchema,
});

/** Places (id = ISO code or region id). */
const places = defineCollection({
  loader: registryLoader('places', (file) => file.places.map((p) => ({ id: p.id, data: p }))),
  schema: PlaceSchema,
});

/** Terms that name places in the text (id = the term); searching a place's name finds them too. */
const placeTerms = defineCollection({
  loader: registryLoader('places', (file) => file.terms.map((t) => ({ id: t.term, data: { id: t.term, ...t } }))),
  schema: PlaceTermSchema.extend({ id: PlaceTermSchema.shape.term }),
});

/** Pillars (id = slug). */
const pillars = defineCollection({
  loader: registryLoader('pillars', (list) => list.map((p) => ({ id: p.slug, data: p }))),
  schema: PillarSchema,
});

export const collections = { documents, items, agencies, places, placeTerms, pillars };
