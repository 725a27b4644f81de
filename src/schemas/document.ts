/**
 * A document as written by ingestion to `content/documents/<id>.yml`: the
 * hand-kept metadata plus the outline of the whole text in order, so the
 * document page shows preamble, headings and closing lines as printed.
 */
import { z } from 'astro/zod';
import { TextSchema } from './common.ts';
import { SourceMetaSchema } from './source.ts';

/** One block of a document, in reading order. */
export const BlockSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('heading'),
    /** 1 for 一、…, 2 for （一）… */
    level: z.union([z.literal(1), z.literal(2)]),
    /** As printed, numeral included. */
    text: TextSchema,
  }),
  z.strictObject({
    type: z.literal('paragraph'),
    /** preamble (before the first heading), body (under a heading, not an item) or closing. */
    role: z.enum(['preamble', 'body', 'closing']),
    text: TextSchema,
  }),
  z.strictObject({
    type: z.literal('item'),
    /** Item slug in this document. */
    slug: z.string(),
  }),
]);
export type Block = z.infer<typeof BlockSchema>;

export const DocumentSchema = SourceMetaSchema.extend({
  /** Every block of the text after the title, in order. */
  outline: z.array(BlockSchema).min(1),
});

/** A document with its outline. */
export type DocumentData = z.infer<typeof DocumentSchema>;
