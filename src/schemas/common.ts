/** Small shared schema pieces. */
import { z } from 'astro/zod';

/** A stable lowercase ASCII slug: it becomes part of URLs and never changes once published. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII letters, digits and single hyphens');

/** A year span: first year and last year; the last is null when the document sets no end. */
export const YearsSchema = z
  .tuple([z.number().int().min(1900).max(2100), z.number().int().min(1900).max(2100).nullable()])
  .refine(([from, to]) => to === null || to >= from, 'the last year must not come before the first');

/** Text that must not be empty or padded. */
export const TextSchema = z.string().trim().min(1);

/**
 * Where a Portuguese or English name was checked: the http(s) URL of a public
 * page that prints the form (gov.mo, the Official Gazette, a body's own site,
 * Macao's press), or `descriptive` when no official form was found or checked
 * and the name is a plain description of ours.
 */
export const NameSourceSchema = z.union([z.url({ protocol: /^https?$/ }), z.literal('descriptive')]);

/** The source of each foreign-language name of an entry, `pt` and `en` apart. */
export const NameSourcesSchema = z.strictObject({
  /** Where the Portuguese name was checked, or `descriptive`. */
  pt: NameSourceSchema,
  /** Where the English name was checked, or `descriptive`. */
  en: NameSourceSchema,
});
export type NameSources = z.infer<typeof NameSourcesSchema>;
