/**
 * One item of a document, as written by ingestion to
 * `content/items/<document>/<item>.mdx`. The body is the cleaned text.
 */
import { z } from 'astro/zod';
import { SlugSchema, TextSchema, YearsSchema } from './common.ts';
import { SideSchema } from './registry.ts';

/** A responsible body as the item prints it, resolved to the registry. */
export const AgencyRefSchema = z.strictObject({
  /** Registry slug. */
  slug: SlugSchema,
  /** The name exactly as this item prints it (may be an alias). */
  printed: TextSchema,
});

/** One list of responsible bodies in an item: its printed label, whose side it is, and the bodies. */
export const ResponsibleListSchema = z.strictObject({
  /** The label as printed before the list (澳门特别行政区政府), or null for an unlabelled list. */
  label: TextSchema.nullable(),
  /** Whose bodies these are. */
  side: SideSchema,
  /** The bodies, in printed order. */
  bodies: z.array(AgencyRefSchema).min(1),
});

/** A link to the same commitment in another document. */
export const RelatedSchema = z.strictObject({
  /** `<document>/<item>` of the linked item. */
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  /** Strength of the link, 0–1, for ranking. */
  score: z.number().min(0).max(1),
  /** Why the link exists: the shared names or terms, shown to readers. */
  reasons: z.array(TextSchema),
  /** True when the link comes from `content/registry/links.yml`. */
  override: z.boolean().default(false),
  /**
   * `continuation` when one of the two documents carries the other's
   * commitments forward (its `continues`), so the later item is a version of
   * the earlier one; `related` otherwise (the Beijing reply reports on its own work).
   */
  kind: z.enum(['continuation', 'related']).default('related'),
});

export const ItemSchema = z.strictObject({
  /** Document id. */
  document: SlugSchema,
  /** Item slug within the document: `14`, `mechanism-1`, `section-2`. Part of the URL. */
  slug: SlugSchema,
  /** The number as printed: `14`, `（二）`, `一`. */
  number: TextSchema,
  /** False when the source prints no numeral and `number` was inferred from the order. */
  numberPrinted: z.boolean().default(true),
  /** What kind of unit this is. */
  kind: z.enum(['item', 'mechanism', 'section']),
  /** Position in the document, from 1. */
  order: z.number().int().min(1),
  /** The heading of the section it stands in, as printed (with its numeral, if any). */
  section: TextSchema,
  /** The enclosing top-level heading as printed, when `section` is a sub-heading. */
  part: TextSchema.nullable().default(null),
  /** Pillar slug from the shared taxonomy. */
  pillar: SlugSchema,
  /** Years the item covers. */
  years: YearsSchema,
  /**
   * Responsible bodies as the item lists them: one entry per list (e.g.
   * 澳门特别行政区政府：… and 内地相关单位：…), in printed order.
   */
  agencies: z.array(ResponsibleListSchema).default([]),
  /** Why the item names no responsible bodies where its document usually does (from the metadata), else null. */
  agenciesNote: TextSchema.nullable().default(null),
  /** The closing parenthesis of responsible bodies exactly as printed, so the text can be shown without it; null when there is none. */
  agencyListPrinted: TextSchema.nullable().default(null),
  /** Countries (ISO 3166-1 alpha-2) and region or group ids the item names. */
  places: z.array(z.string()).default([]),
  /** Items in other documents that carry the same commitment, strongest first. */
  related: z.array(RelatedSchema).default([]),
});

/** An item's frontmatter. */
export type Item = z.infer<typeof ItemSchema>;
export type AgencyRef = z.infer<typeof AgencyRefSchema>;
export type Related = z.infer<typeof RelatedSchema>;
export type ResponsibleList = z.infer<typeof ResponsibleListSchema>;
