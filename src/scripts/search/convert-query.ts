/**
 * Puts a query into the script of the page's index. Loaded by the search
 * page; the opencc-js tables (about 26 KB gzipped) are fetched only when a
 * query holds a character the index does not.
 */
import type { ScriptId } from '../../i18n/scripts.ts';
import { needsConversion, simplifiedToSiteTraditional, type QueryDict } from '../../lib/query-dict.ts';

type Convert = (text: string) => string;
let toSimplified: Promise<Convert> | undefined;

/** Traditional (Hong Kong, Taiwan or Macao forms) → Simplified, with opencc-js loaded on first use. */
function loadToSimplified(): Promise<Convert> {
  toSimplified ??= Promise.all([import('opencc-js/core'), import('opencc-js/from/hk'), import('opencc-js/from/tw'), import('opencc-js/to/cn')]).then(
    ([core, hk, tw, cn]) => core.ConverterFactory(hk.default, tw.default, cn.default),
  );
  return toSimplified;
}

/**
 * The query in the index's script: unchanged when every character is in the
 * index, unless `force` (a query whose characters all occur in both scripts,
 * like 旅游 on the Traditional site, that found nothing as typed).
 */
export async function queryInScript(query: string, script: ScriptId, dict: QueryDict, force = false): Promise<string> {
  const text = query
    .normalize('NFC')
    .replace(/[「」]/g, '"')
    .replace(/[『』]/g, "'");
  if (!force && !needsConversion(text, dict)) return text;
  const simplified = (await loadToSimplified())(text);
  return script === 'zh-hans' ? simplified : simplifiedToSiteTraditional(simplified, dict);
}
