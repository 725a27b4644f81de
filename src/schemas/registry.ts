/**
 * Hand-kept registries in `content/registry/`: agencies, places, pillars,
 * programmes, link overrides and Traditional overrides (redirects: redirects.ts).
 * The registry loader (src/registry/) validates them with these schemas.
 */
import { z } from 'astro/zod';
import { byLang } from '../i18n/scripts.ts';
import { NameSourcesSchema, SlugSchema, TextSchema } from './common.ts';

/**
 * The governments a responsible body can belong to: Macao's, the mainland's
 * (national, provincial and municipal bodies), Hong Kong's. Documents of this
 * genre list responsible bodies by side.
 */
export const SideSchema = z.enum(['macao', 'mainland', 'hong-kong']);
export type Side = z.infer<typeof SideSchema>;

/** Levels of government a body can sit at. */
export const LevelSchema = z.enum(['national', 'provincial', 'municipal', 'macao', 'hong-kong']);

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
  side: SideSchema,
  /** Level of government. */
  level: LevelSchema,
  /** English name: the official one where `sources.en` gives a URL, else descriptive. Required. */
  en: TextSchema,
  /**
   * Portuguese name: for Macao bodies as the Macao government writes it
   * (Direcção dos Serviços de Economia e Desenvolvimento Tecnológico), for
   * mainland bodies as Macao's government and press write them. Required.
   */
  pt: TextSchema,
  /** Short forms readers search by (DSEDT, MOFCOM, NDRC), one token each; may be empty. */
  acronyms: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9&]*$/, 'must be one word of ASCII letters and digits')).default([]),
  /** Where `pt` and `en` were checked (a public URL), or `descriptive`. */
  sources: NameSourcesSchema,
  /**
   * The name shown in lists, filters and headings when the printed name alone
   * does not say whose body it is (Beijing's 市… bodies, the reply's 我办); null to show `name`.
   */
  display: TextSchema.nullable().default(null),
  /** What a reader needs to know about the body that its items do not say (Simplified), or null. */
  note: TextSchema.nullable().default(null),
});
export type Agency = z.infer<typeof AgencySchema>;

/** One country, city, region or group that items name. */
export const PlaceSchema = z.strictObject({
  /** ISO 3166-1 alpha-2 code where the place has one (countries, 香港 HK), else a lowercase ASCII id. */
  id: z.union([z.string().regex(/^[A-Z]{2}$/), SlugSchema]),
  /** country, city, region (geographic) or group (of states or of partners). */
  kind: z.enum(['country', 'city', 'region', 'group']),
  /** Name in Simplified Chinese. */
  name: TextSchema,
  /**
   * The Traditional name as Macao writes it, only where converting `name`
   * gives another (文莱 → 文萊, but Macao writes 汶萊); no document prints
   * these names, so the override table, which needs an example, cannot hold them.
   */
  nameHant: TextSchema.optional(),
  /** English name. Required. */
  en: TextSchema,
  /** Portuguese name (European spelling, as Macao writes it: Brasil, Vietname, Pequim). Required. */
  pt: TextSchema,
  /** Where `pt` and `en` were checked (a public URL), or `descriptive`. */
  sources: NameSourcesSchema,
  /** What this id covers, for the README and the place page. */
  note: TextSchema.optional(),
  /** Other names readers type in Latin letters (Lusophone), searched like \`pt\` and \`en\`. */
  searchNames: z.array(TextSchema).default([]),
  /** Where a city lies (帝力 → TL, 珠海 → greater-bay-area): an item naming it is tagged with these too. */
  within: z.array(z.string()).default([]),
  /** The groups and regions a country belongs to: items naming them concern it through them. */
  memberOf: z.array(z.string()).default([]),
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

/** What a vague phrase (相关国家和地区) means in one item, decided by reading it. */
export const PlaceDecisionSchema = z.strictObject({
  /** `<document>/<item>`. */
  item: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  /** The vague phrase as printed. */
  phrase: TextSchema,
  /** Place ids it means here; empty when it names no place the registry holds. */
  places: z.array(z.string()),
  /** Why, from the item's context. */
  reason: TextSchema,
});
export type PlaceDecision = z.infer<typeof PlaceDecisionSchema>;

/** A phrase that names places only vaguely: an item printing it needs a decision unless it already carries one of `mayMean`. */
export const VaguePhraseSchema = z.strictObject({
  phrase: TextSchema,
  /** The places the phrase may mean in these documents. */
  mayMean: z.array(z.string()).min(1),
});
export type VaguePhrase = z.infer<typeof VaguePhraseSchema>;

/** The places registry file. */
export const PlacesFileSchema = z.strictObject({
  places: z.array(PlaceSchema),
  terms: z.array(PlaceTermSchema),
  vague: z.array(VaguePhraseSchema).default([]),
  decisions: z.array(PlaceDecisionSchema).default([]),
});

/** One pillar of the shared taxonomy. */
export const PillarSchema = z.strictObject({
  /** Stable ASCII slug. */
  slug: SlugSchema,
  /** Position in lists and drawings. */
  order: z.number().int().min(1),
  /** Display names, written by hand in both scripts, keyed by language tag. */
  name: z.strictObject(byLang(() => TextSchema)),
  /** English name. Required. */
  en: TextSchema,
  /** Portuguese name. Required. */
  pt: TextSchema,
  /** Where `pt` and `en` were checked (a public URL), or `descriptive` (the pillars are the site's own grouping). */
  sources: NameSourcesSchema,
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

/**
 * One reviewed correction of the base Simplified → Traditional conversion
 * (OpenCC cn → tw), in `content/registry/zh-hant-overrides.yml`.
 */
export const ZhHantOverrideSchema = z.strictObject({
  /** Exactly what the base profile produces; replaced on the converted text, longest first. */
  wrong: TextSchema,
  /** The Macao form. */
  right: TextSchema,
  /** Why, in one line. */
  reason: TextSchema,
  /** A Simplified phrase copied from the documents that makes the base profile produce `wrong`; the tests convert it. */
  example: TextSchema,
});
export type ZhHantOverride = z.infer<typeof ZhHantOverrideSchema>;
