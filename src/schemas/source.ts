/**
 * Metadata of a source document, hand-kept beside its verbatim text in
 * `content/sources/<id>.yml`. Only checked facts go here: an unknown is null.
 */
import { z } from 'astro/zod';
import { NameSourcesSchema, SlugSchema, TextSchema, YearsSchema } from './common.ts';
import { LevelSchema, SideSchema } from './registry.ts';

export const SourceMetaSchema = z.strictObject({
  /** Stable ASCII id; part of every URL of the document. Chosen once, for good. */
  id: SlugSchema,
  /** Position of the document in reading order (2018 → 2023 → 2024–2028 → Beijing reply). */
  order: z.number().int().min(1),
  /** File name of the seed this text was copied from, for provenance. */
  seed: z.string(),
  /** Titles in Simplified Chinese as printed; `full` must equal the title lines of the source. */
  title: z.strictObject({
    /** The full title exactly as the source prints it (after cleaning). */
    full: TextSchema,
    /** The short form the document itself defines (e.g. 《安排》), or null when it defines none. */
    short: TextSchema.nullable(),
  }),
  /** The title translated for readers who do not read Chinese; both required. */
  translatedTitle: z.strictObject({
    /** The title in Portuguese. */
    pt: TextSchema,
    /** The title in English. */
    en: TextSchema,
    /** Where each translation was checked (a public URL), or `descriptive` when it is ours. */
    sources: NameSourcesSchema,
  }),
  /** A short label for lists, filters and headings, chosen by the site (Simplified). */
  label: TextSchema,
  /** Issuing bodies as printed; a role in parentheses where the issuer is not a signatory. */
  issuers: z.array(TextSchema).min(1),
  /** Date of signature or publication (YYYY-MM-DD), or null when not known. */
  date: z.preprocess(
    // YAML 1.1 parsers (Astro's) read an unquoted 2018-12-06 as a Date; keep the ISO text.
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
    z.iso.date().nullable(),
  ),
  /** The years the document covers. */
  years: YearsSchema,
  /** Kind of document. */
  kind: z.enum(['arrangement', 'work-list', 'reply-letter']),
  /**
   * How the document names responsible bodies: `parenthetical` (every item
   * ends with （澳门特别行政区政府：…，内地相关单位：…）), `named-bodies`
   * (bodies of the registry named in the item's text, of the levels in
   * `agencyLevels`) or `none`.
   */
  agencyStyle: z.enum(['parenthetical', 'named-bodies', 'none']),
  /** For `named-bodies`: the registry levels whose bodies count; all levels when left out. */
  agencyLevels: z.array(LevelSchema).optional(),
  /**
   * For `parenthetical`: the lists the closing parenthesis holds, in order,
   * each with the label the document prints before it (`label: null` for one
   * unlabelled list, as in （省发展改革委，省工业和信息化厅、省交通运输厅）) and
   * whose side it is. The default is the Macao form
   * （澳门特别行政区政府：…，内地相关单位：…）.
   */
  agencyLists: z
    .array(z.strictObject({ label: TextSchema.nullable(), side: SideSchema }))
    .min(1)
    .default([
      { label: '澳门特别行政区政府', side: 'macao' },
      { label: '内地相关单位', side: 'mainland' },
    ]),
  /**
   * For `parenthetical`: items that print no responsible bodies, by slug, each
   * with the reason shown to readers (e.g. `mechanism-1: 工作机制条目，原文未列负责单位`).
   */
  agenciesNotPrinted: z.record(z.string(), TextSchema).default({}),
  /**
   * How the document is divided into items: `numbered-items` (1. 2. … and
   * mechanism items （一）（二）) or `sections` (each 一、二、… section is one item).
   */
  structure: z.enum(['numbered-items', 'sections']),
  /**
   * Section headings that the source prints without their numeral; the
   * numeral is inferred from the order and the item is flagged.
   */
  unnumberedHeadings: z.array(TextSchema).default([]),
  /**
   * Documents whose commitments this one carries forward (the 2023 key work
   * implements the 2018 Arrangement): a link to an item of one of them is a
   * continuation, shown with what changed; any other link is "related".
   */
  continues: z.array(SlugSchema).default([]),
  /** Checked facts worth telling readers, in Simplified Chinese, or an empty list. */
  notes: z.array(TextSchema).default([]),
  /**
   * How the items of a `numbered-items` document are numbered: `1.` (the
   * default), `1、`, `1．` (full-width stop; cleaning makes full-width digits
   * ASCII, so １． is written 1．) or `(1)` (half- or full-width brackets).
   * A line that starts like an item number in any other form stops ingestion.
   */
  itemNumbering: z.enum(['1.', '1、', '1．', '(1)']).default('1.'),
});

/** Metadata of a source document. */
export type SourceMeta = z.infer<typeof SourceMetaSchema>;
