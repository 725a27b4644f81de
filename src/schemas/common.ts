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
