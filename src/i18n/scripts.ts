/**
 * The two scripts the site is published in, defined once: URL prefix (id),
 * BCP 47 tag, labels, Open Graph locale, and the key under which a reader's
 * choice is remembered. Every route, the script switch, the sitemap, the open
 * data and the tests are generated from this list; nothing else spells the
 * language tags. The path prefixes are the ones Macao government sites use (gov.mo).
 */
export const SCRIPTS = [
  { id: 'zh-hans', lang: 'zh-Hans', label: '简体', name: '简体中文', ogLocale: 'zh_CN' },
  { id: 'zh-hant', lang: 'zh-Hant', label: '繁體', name: '繁體中文', ogLocale: 'zh_MO' },
] as const;

/** A script's URL prefix: `zh-hans` or `zh-hant`. */
export type ScriptId = (typeof SCRIPTS)[number]['id'];

/** The BCP 47 language tag of a script, as used in `lang` and `hreflang`. */
export type Lang = (typeof SCRIPTS)[number]['lang'];

/** One script's entry of SCRIPTS. */
export type Script = (typeof SCRIPTS)[number];

/** All script ids, for `getStaticPaths`. (Marked pure so that a browser bundle importing this module for one name drops the rest.) */
export const SCRIPT_IDS: readonly ScriptId[] = /* @__PURE__ */ SCRIPTS.map((s) => s.id);

/** The `localStorage` key of the reader's chosen script (written by the switch, read on `/`). */
export const SCRIPT_STORAGE_KEY = 'script';

/** A script's entry of SCRIPTS. */
export function scriptOf(script: ScriptId): Script {
  return SCRIPTS.find((s) => s.id === script)!;
}

/** The language tag for a script id. */
export function langOf(script: ScriptId): Lang {
  return scriptOf(script).lang;
}

/** The other script: the target of the switch. */
export function otherScript(script: ScriptId): ScriptId {
  return script === 'zh-hans' ? 'zh-hant' : 'zh-hans';
}

/** Narrows an unknown value (a route parameter, a stored choice, a page's `lang`) to a script id. */
export function isScriptId(value: unknown): value is ScriptId {
  return SCRIPT_IDS.includes(value as ScriptId);
}

/** The script whose language tag is `tag` (any case: `zh-hant`, `zh-Hant`), or undefined. */
export function scriptOfLang(tag: string): ScriptId | undefined {
  return SCRIPTS.find((s) => s.lang.toLowerCase() === tag.toLowerCase())?.id;
}

/** One value per script, keyed by language tag (`{ 'zh-Hans': …, 'zh-Hant': … }`), in the order of SCRIPTS. */
export function byLang<T>(make: (script: ScriptId) => T): Record<Lang, T> {
  return Object.fromEntries(SCRIPTS.map((s) => [s.lang, make(s.id)])) as Record<Lang, T>;
}
