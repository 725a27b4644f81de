/** Which script a reader arriving at `/` should see. */
export type Choice = 'zh-hans' | 'zh-hant';

const TRADITIONAL = /^zh-(?:hant|tw|hk|mo)(?:-|$)/i;

/**
 * The stored choice wins; otherwise the first Chinese language the browser
 * prefers decides (zh-TW, zh-HK, zh-MO, zh-Hant → Traditional); otherwise
 * Simplified.
 */
export function chooseScript(stored: string | null, languages: readonly string[]): Choice {
  if (stored === 'zh-hans' || stored === 'zh-hant') return stored;
  const chinese = languages.find((l) => /^zh(?:-|$)/i.test(l));
  return chinese && TRADITIONAL.test(chinese) ? 'zh-hant' : 'zh-hans';
}

/** The stored choice, or null when there is none or storage is unavailable. */
export function readStoredScript(): string | null {
  try {
    return localStorage.getItem('script');
  } catch {
    return null;
  }
}
