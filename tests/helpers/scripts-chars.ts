/**
 * Which characters belong to one script only, from OpenCC's own character
 * tables: a Simplified-only character maps to Traditional forms that never
 * include itself (门 → 門); a Traditional-only one likewise (門 → 门).
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';

function onlyIn(table: string): Set<string> {
  const keys = new Set<string>();
  const values = new Set<string>();
  for (const entry of table.split('|')) {
    const [key, ...forms] = entry.split(' ');
    keys.add(key!);
    forms.forEach((f) => values.add(f));
  }
  return new Set([...keys].filter((k) => !values.has(k)));
}

/**
 * Characters opencc-js's trimmed table lists only under another Traditional
 * form, although Traditional text uses them too (OpenCC's full table gives
 * each as its own Traditional form as well): 台 (平台, as Macao writes it),
 * 峰 (高峰; 峯 is the variant), 游 (上游; 遊 is another word), 群 (羣 is the variant),
 * 里 (公里, 斯里蘭卡; 裏 'inside' is another word), 秘 (秘魯, 秘書; 祕 is the variant).
 */
const ALSO_TRADITIONAL = ['台', '峰', '游', '群', '里', '秘'];

/** Characters only Simplified text uses. */
export const SIMPLIFIED_ONLY = new Set([...onlyIn(STCharacters)].filter((c) => !ALSO_TRADITIONAL.includes(c)));
/** Characters only Traditional text uses. */
export const TRADITIONAL_ONLY = onlyIn(TSCharacters);
/** Look-alike code points that must never reach a page: compatibility ideographs, radicals, odd quotes and dots. */
export const LOOK_ALIKE =
  /[\uf900-\ufa0d\ufa10\ufa12\ufa15-\ufa1e\ufa20\ufa22\ufa25\ufa26\ufa2a-\ufaff\u2e80-\u2fdf\ua78f\uff02\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;
