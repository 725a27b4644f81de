/**
 * Step 4a, extract the responsible bodies: the closing parenthesis of an
 * item, in the form its document's metadata declares (`agencyLists`: the
 * Macao form （澳门特别行政区政府：…，内地相关单位：…）, the Hong Kong form, one
 * unlabelled list as Guangdong prints it), or the registry's bodies a text
 * names (the Beijing reply's municipal and Macao bodies, the 2018 mechanism's
 * 联席会议 members). This is the one parser of that parenthesis.
 */
import type { AgencyRef, ResponsibleList } from '../../../src/schemas/item.ts';
import type { Agency, Side } from '../../../src/schemas/registry.ts';
import type { SourceMeta } from '../../../src/schemas/source.ts';
import { IngestError } from './errors.ts';
import { lineAt, type Paragraph, type Unit } from './segment.ts';
import type { UnknownAgency } from './unknown-agencies.ts';

/** An item's responsible bodies, the parenthesis as printed, and why there are none where that applies. */
export interface ItemAgencies {
  lists: ResponsibleList[];
  /** The closing parenthesis exactly as printed, so pages can show the text without it; null when there is none. */
  printed: string | null;
  /** The metadata's reason for an item that prints no bodies, else null. */
  note: string | null;
}

const NONE: ItemAgencies = { lists: [], printed: null, note: null };

/**
 * The responsible bodies of an item, by the document's agency style. Names
 * the registry does not know are added to `unknown` (reported together at the
 * end of the run) and left out.
 */
export function extractAgencies(unit: Unit, meta: SourceMeta, agencies: Agency[], file: string, unknown: UnknownAgency[] = []): ItemAgencies {
  if (meta.agencyStyle === 'parenthetical') {
    const note = meta.agenciesNotPrinted[unit.slug];
    return note === undefined ? fromParenthetical(unit, meta, agencies, file, unknown) : { ...NONE, note };
  }
  if (meta.agencyStyle === 'named-bodies') {
    const levels = meta.agencyLevels;
    return { ...NONE, lists: fromNamedBodies(unit, levels ? agencies.filter((a) => levels.includes(a.level)) : agencies) };
  }
  return NONE;
}

/** The closing parenthesis of the item, split into the lists the metadata declares. */
function fromParenthetical(unit: Unit, meta: SourceMeta, agencies: Agency[], file: string, unknown: UnknownAgency[]): ItemAgencies {
  const forms = meta.agencyLists;
  const paragraph = unit.paragraphs.at(-1)!;
  const first = forms[0]!.label;
  const shape = forms.map((f) => (f.label ? `${f.label}：…` : '…')).join('，');
  const start = first ? paragraph.text.lastIndexOf(`（${first}：`) : paragraph.text.search(/（[^（）]*）[。；]?$/u);
  if (start < 0) {
    throw new IngestError(
      file,
      unit.line,
      `Item ${unit.number} does not end with its responsible bodies （${shape}）.`,
      `Restore the parenthesis from the published document, or, if the document prints none for this item, add \`${unit.slug}: <reason>\` under \`agenciesNotPrinted\` in its metadata.`,
    );
  }
  const end = paragraph.text.indexOf('）', start);
  const line = lineAt(paragraph, start);
  if (end < 0) {
    throw new IngestError(
      file,
      line,
      `The parenthesis of responsible bodies of item ${unit.number} is never closed.`,
      'Add the missing ） after the last body.',
    );
  }
  if (paragraph.text.slice(end + 1).replace(/[。；]/g, '') !== '') {
    throw new IngestError(file, line, `Text follows the responsible bodies of item ${unit.number}.`, 'The parenthesis must end the item.');
  }
  const inner = paragraph.text.slice(start + 1, end);
  const lists: ResponsibleList[] = [];
  let rest = inner;
  forms.forEach((form, i) => {
    const next = forms[i + 1]?.label;
    // The later lists may be left out (an item with Macao bodies only).
    if (rest === '' && i > 0) return;
    if (form.label) {
      if (!rest.startsWith(`${form.label}：`)) {
        // A labelled list the item leaves out (only Macao bodies, say) is fine; a label out of order is not.
        if (forms.slice(i + 1).some((f) => f.label && rest.startsWith(`${f.label}：`))) return;
        throw new IngestError(
          file,
          line,
          `The responsible bodies of item ${unit.number} do not follow the declared form （${shape}）.`,
          'Check the parenthesis, or `agencyLists` in the metadata.',
        );
      }
      rest = rest.slice(form.label.length + 1);
    }
    const cut = next ? rest.indexOf(`${next}：`) : -1;
    const part = (cut < 0 ? rest : rest.slice(0, cut)).replace(/[，、；]$/, '');
    rest = cut < 0 ? '' : rest.slice(cut);
    const bodies = resolveNames(part, agencies, file, form.side, unknown, paragraph, start);
    if (bodies.length) lists.push({ label: form.label, side: form.side, bodies });
  });
  return { lists, printed: paragraph.text.slice(start, end + 1), note: null };
}

/** Resolves a list of printed names against the registry; unknown names go to `unknown` with their line. */
function resolveNames(list: string, agencies: Agency[], file: string, side: Side, unknown: UnknownAgency[], paragraph: Paragraph, from: number): AgencyRef[] {
  const names = list
    .split(/[、，；]/)
    .map((n) => n.trim())
    .filter(Boolean);
  const refs: AgencyRef[] = [];
  for (const printed of names) {
    const line = lineAt(paragraph, Math.max(from, paragraph.text.indexOf(printed, from)));
    const agency = agencies.find((a) => a.name === printed || a.aliases.includes(printed));
    if (!agency) {
      unknown.push({ printed, side, file, line });
      continue;
    }
    if (agency.side !== side) {
      throw new IngestError(
        file,
        line,
        `"${printed}" is listed on the ${side} side but the registry puts it on the ${agency.side} side.`,
        'Correct the registry entry.',
      );
    }
    if (!refs.some((r) => r.slug === agency.slug)) refs.push({ slug: agency.slug, printed });
  }
  return refs;
}

/**
 * Bodies from the registry named in the item's text, one unlabelled list per
 * side, in order of first mention. The longest printed form wins, so
 * 市文化和旅游局 is not also read as 旅游局, nor 澳门特区政策研究和区域发展局 as 澳门特区政府.
 */
function fromNamedBodies(unit: Unit, agencies: Agency[]): ResponsibleList[] {
  const text = unit.paragraphs.map((p) => p.text).join('\n');
  const forms = agencies.flatMap((a) => [a.name, ...a.aliases].map((printed) => ({ printed, agency: a }))).sort((x, y) => y.printed.length - x.printed.length);
  const found: { at: number; ref: AgencyRef; side: Side }[] = [];
  const taken = new Array<boolean>(text.length).fill(false);
  for (const { printed, agency } of forms) {
    for (let at = text.indexOf(printed); at >= 0; at = text.indexOf(printed, at + 1)) {
      if (taken.slice(at, at + printed.length).some(Boolean)) continue;
      taken.fill(true, at, at + printed.length);
      found.push({ at, ref: { slug: agency.slug, printed }, side: agency.side });
    }
  }
  const lists: ResponsibleList[] = [];
  for (const { ref, side } of found.sort((a, b) => a.at - b.at)) {
    let list = lists.find((l) => l.side === side);
    if (!list) lists.push((list = { label: null, side, bodies: [] }));
    if (!list.bodies.some((r) => r.slug === ref.slug)) list.bodies.push(ref);
  }
  // Macao's bodies first, as the parenthetical form lists them.
  const order: Side[] = ['macao', 'hong-kong', 'mainland'];
  return lists.sort((a, b) => order.indexOf(a.side) - order.indexOf(b.side));
}
