/**
 * The two scripts the site is published in, defined once. Every route, the
 * script switch, the sitemap and the tests are generated from this list.
 * The path prefixes are the ones Macao government sites use (gov.mo).
 */
export const SCRIPTS = [
  { id: 'zh-hans', lang: 'zh-Hans', label: '简体', name: '简体中文' },
  { id: 'zh-hant', lang: 'zh-Hant', label: '繁體', name: '繁體中文' },
] as const;

/** A script's URL prefix: `zh-hans` or `zh-hant`. */
export type ScriptId = (typeof SCRIPTS)[number]['id'];

/** The BCP 47 language tag of a script, as used in `lang` and `hreflang`. */
export type Lang = (typeof SCRIPTS)[number]['lang'];

/** All script ids, for `getStaticPaths`. */
export const SCRIPT_IDS: readonly ScriptId[] = SCRIPTS.map((s) => s.id);

/** The language tag for a script id. */
export function langOf(script: ScriptId): Lang {
  return SCRIPTS.find((s) => s.id === script)!.lang;
}

/** The other script: the target of the switch. */
export function otherScript(script: ScriptId): ScriptId {
  return script === 'zh-hans' ? 'zh-hant' : 'zh-hans';
}

/** Narrows an unknown route parameter to a script id. */
export function isScriptId(value: unknown): value is ScriptId {
  return SCRIPT_IDS.includes(value as ScriptId);
}
