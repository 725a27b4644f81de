/**
 * Strings from documents and registries in the page's script. Simplified is
 * the source; Traditional goes through the site's one converter
 * (src/registry/conversion.ts: src/lib/convert.ts with the reviewed overrides).
 */
import { langOf, type ScriptId } from '../i18n/scripts.ts';
import { t } from '../i18n/t.ts';
import type { Agency, Pillar, Place } from '../schemas/registry.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { Item } from '../schemas/item.ts';
import { toTraditional } from '../registry/conversion.ts';

/** Document-derived text in the given script. */
export function localText(script: ScriptId, text: string): string {
  return script === 'zh-hant' ? toTraditional(text) : text;
}

/**
 * An agency's name for lists, filters and headings in the script: the
 * registry's `display` name where the printed one alone does not say whose
 * body it is (北京市发展改革委 for 市发展改革委), else the canonical name.
 */
export function agencyName(script: ScriptId, agency: Agency): string {
  return localText(script, agency.display ?? agency.name);
}

/** A place's name in the script: the registry's Macao Traditional name where it has one. */
export function placeName(script: ScriptId, place: Place): string {
  return script === 'zh-hant' && place.nameHant ? place.nameHant : localText(script, place.name);
}

/** A pillar's hand-written name in the script. */
export function pillarName(script: ScriptId, pillar: Pillar): string {
  return pillar.name[langOf(script)];
}

/** A document's full title in the script. */
export function documentTitle(script: ScriptId, document: DocumentData): string {
  return localText(script, document.title.full);
}

/** A short label for a document, for lists, filters and item headings. */
export function documentShortTitle(script: ScriptId, document: DocumentData): string {
  return localText(script, document.label);
}

/** A year span as words: 2024—2028年, 2018年起, 2023年. */
export function yearsLabel(script: ScriptId, [from, to]: Item['years']): string {
  if (to === null) return t(script, 'years.open', { from });
  if (to === from) return t(script, 'years.single', { from });
  return t(script, 'years.span', { from, to });
}
