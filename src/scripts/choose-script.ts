/** Where a reader arriving at `/` should go: a Chinese script, or the Portuguese or English entry page. */
export type Choice = 'zh-hans' | 'zh-hant' | 'pt' | 'en';

const TRADITIONAL = /^zh-(?:hant|tw|hk|mo)(?:-|$)/i;

/**
 * The stored script wins; otherwise the first of the browser's languages that
 * the site speaks decides: Chinese (zh-TW, zh-HK, zh-MO, zh-Hant →
 * Traditional, other zh → Simplified), Portuguese (pt, pt-BR, pt-PT → `/pt/`)
 * or English (en, en-GB, en-US → `/en/`); with none of them, Simplified.
 */
export function chooseScript(stored: string | null, languages: readonly string[]): Choice {
  if (stored === 'zh-hans' || stored === 'zh-hant') return stored;
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
    return localStorage.getItem('script');
  } catch {
    return null;
  }
}
