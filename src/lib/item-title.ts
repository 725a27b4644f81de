/**
 * How an item is named, everywhere: its number as the document names that
 * kind of unit (第14条, 第二部分, 工作机制（二）), its opening words, and the
 * standalone name of a link to it (document + number + opening words), which
 * is unique across the site so a list of links reads without its headings.
 */
import type { ScriptId } from '../i18n/scripts.ts';
import { t } from '../i18n/t.ts';
import type { Item } from '../schemas/item.ts';
import { withoutAgencyList } from './item-text.ts';
import { documentShortTitle, localText } from './localize.ts';
import { openingWords } from './opening-words.ts';
import type { SiteData, SiteItem } from './site-data.ts';

/** A heading without its printed numeral: 一、关于… → 关于…, （二）资金融通 → 资金融通. */
export function withoutNumeral(heading: string): string {
  return heading.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])\s*/u, '');
}

/** The item's number as its document names the kind of unit: 第14条, 第二部分, 工作机制（二）. */
export function itemNumberLabel(script: ScriptId, item: Item): string {
  const number = localText(script, item.number);
  if (item.kind === 'section') return t(script, 'item.number.section', { number });
  if (item.kind === 'mechanism') return t(script, 'item.number.mechanism', { number });
  return t(script, 'item.number', { number });
}

// Pages name the same items again and again (lists, neighbours, timelines, in
// both scripts): each item's opening words are found once.
const openingWordsOf = new WeakMap<Pick<SiteItem, 'data' | 'paragraphs'>, string>();

/**
 * The opening words of an item, in Simplified: a section's heading (its
 * numeral removed), else its text without the agency list, up to its first
 * pause (`clause` in src/lib/opening-words.ts).
 */
export function itemOpeningWords(item: Pick<SiteItem, 'data' | 'paragraphs'>): string {
  let words = openingWordsOf.get(item);
  if (words === undefined) {
    const source = item.data.kind === 'section' ? withoutNumeral(item.data.section) : withoutAgencyList(item.paragraphs.join(''), item.data.agencyListPrinted);
    words = openingWords(source, 'clause');
    openingWordsOf.set(item, words);
  }
  return words;
}

/** Number and opening words, parted by an ideographic space, for a heading inside the item's own document: 第14条 充分发挥中葡合作发展基金的作用. */
export function itemTitle(script: ScriptId, item: SiteItem): string {
  return `${itemNumberLabel(script, item.data)}\u3000${localText(script, itemOpeningWords(item))}`;
}

/**
 * The name of a link to an item that stands alone anywhere on the site:
 * document, number and opening words (2024—2028年《清单》第14条 充分发挥…).
 */
export function itemLinkName(script: ScriptId, site: SiteData, item: SiteItem): string {
  return `${documentShortTitle(script, site.document(item.data.document))}${itemTitle(script, item)}`;
}
