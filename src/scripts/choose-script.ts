import { SCRIPT_STORAGE_KEY, isScriptId } from '../i18n/scripts.ts';
import type { Locale } from '../lib/urls.ts';

/** Where a reader arriving at `/` should go: a Chinese script, or the Portuguese or English entry page. */
export type Choice = Locale;

const TRADITIONAL = /^zh-(?:hant|tw|hk|mo)(?:-|$)/i;

/**
 * The stored script wins; otherwise the first of the browser's languages that
 * the site speaks decides: Chinese (zh-TW, zh-HK, zh-MO, zh-hant →
 * Traditional, other zh → Simplified), Portuguese (pt, pt-BR, pt-PT → `/pt/`)
 * or English (en, en-GB, en-US → `/en/`); with none of them, Simplified.
 */
export function chooseScript(stored: string | null, languages: readonly string[]): Choice {
  if (isScriptId(stored)) return stored;
  for (const language of languages) {
    if (/^zh(?:-|$)/i.test(language)) return TRADITIONAL.test(language) ? 'zh-hant' : 'zh-hans';
    if (/^pt(?:-|$)/i.test(language)) return 'pt';
    if (/^en(?:-|$)/i.test(language)) return 'en';
  }
  return 'zh-hans';
}

/** The stored choice, or null when there is none or storage is unavailable. */
export function readStoredScript(): string | null {
  try {
    return localStorage.getItem(SCRIPT_STORAGE_KEY);
  } catch {
    return null;
  }
}
