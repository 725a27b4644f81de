/**
 * Hand-kept registries in `content/registry/`: agencies, places, pillars.
 * Ingestion and the site validate them with these schemas.
 */
import { z } from 'astro/zod';
import { SlugSchema, TextSchema } from './common.ts';

/** One responsible body. */
export const AgencySchema = z.strictObject({
  /** Stable ASCII slug; part of the agency page URL. */
  slug: SlugSchema,
  /** Canonical name exactly as printed (Simplified). */
  name: TextSchema,
  /** Other printed forms of the same body in these documents. */
  aliases: z.array(TextSchema).default([]),
  /** Forms people type that the documents do not print (发改委, 国开行), for search only. */
  short: z.array(TextSchema).default([]),
  /** Which side the body belongs to. */
  side: z.enum(['macao', 'mainland']),
  /** Level of government. */
  level: z.enum(['national', 'provincial', 'municipal', 'macao']),
  /** Official English name where known, else null. */
  en: TextSchema.nullable().default(null),
});
export type Agency = z.infer<typeof AgencySchema>;

/** One country, region or group that items name. */
export const PlaceSchema = z.strictObject({
  /** ISO 3166-1 alpha-2 code for a country (upper case), or a lowercase ASCII id for a region or group. */
  id: z.union([z.string().regex(/^[A-Z]{2}$/), SlugSchema]),
  /** country, region (geographic) or group (of states or of partners). */
  kind: z.enum(['country', 'region', 'group']),
  /** Name in Simplified Chinese. */
  name: TextSchema,
  /** English name, for the open data. */
  en: TextSchema,
  /** What this id covers, for the README and the place page. */
  note: TextSchema.optional(),
});
export type Place = z.infer<typeof PlaceSchema>;

/**
 * A term the place extractor looks for. Longest terms win, so a longer name
 * that merely contains a shorter one (东南亚 contains 南亚) is read as itself.
 * A term with no places blocks a shorter match inside it.
 */
export const PlaceTermSchema = z.strictObject({
  /** The text as it appears in the documents (Simplified, cleaned). */
  term: TextSchema,
  /** Place ids the term names; empty to block a shorter term inside it. */
  places: z.array(z.string()),
  /** Why this term maps as it does. */
  reason: TextSchema.optional(),
});
export type PlaceTerm = z.infer<typeof PlaceTermSchema>;

/** The places registry file. */
export const PlacesFileSchema = z.strictObject({
  places: z.array(PlaceSchema),
  terms: z.array(PlaceTermSchema),
});

/** One pillar of the shared taxonomy. */
export const PillarSchema = z.strictObject({
  /** Stable ASCII slug. */
  slug: SlugSchema,
  /** Position in lists and drawings. */
  order: z.number().int().min(1),
  /** Display names, written by hand in both scripts. */
  name: z.strictObject({ 'zh-Hans': TextSchema, 'zh-Hant': TextSchema }),
  /** English name, for the open data. */
  en: TextSchema,
  /** Section headings as printed (numeral removed) in any document that map to this pillar. */
  headings: z.array(TextSchema).min(1),
});
export type Pillar = z.infer<typeof PillarSchema>;

/** A named programme, platform, fund, event or body that items carry forward. */
export const ProgrammeSchema = z.strictObject({
  /** The name as the documents print it (Simplified). */
  name: TextSchema,
  /** Other printed forms. */
  also: z.array(TextSchema).default([]),
});
export type Programme = z.infer<typeof ProgrammeSchema>;

/** `<document>/<item>`. */
const ItemIdSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be <document>/<item>');

/** A hand-kept decision about one link. */
export const LinkOverrideSchema = z.strictObject({
  /** The two items, in either order. */
  pair: z.tuple([ItemIdSchema, ItemIdSchema]),
  /** Why, in one line; shown to readers for an added link. */
  reason: TextSchema,
});

/** `content/registry/links.yml`: links to add and links to reject. */
export const LinkOverridesSchema = z.strictObject({
  add: z.array(LinkOverrideSchema).default([]),
  reject: z.array(LinkOverrideSchema).default([]),
});
export type LinkOverrides = z.infer<typeof LinkOverridesSchema>;
