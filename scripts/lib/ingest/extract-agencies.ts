/**
 * Step 4a, extract the responsible bodies: the closing parenthesis of every
 * 2024–2028 item, or the registry's bodies a text names (the Beijing reply's
 * municipal and Macao bodies, the 2018 mechanism's 联席会议 members).
 */
import type { AgencyRef } from '../../../src/schemas/item.ts';
import type { Agency } from '../../../src/schemas/registry.ts';
import type { SourceMeta } from '../../../src/schemas/source.ts';
import { IngestError } from './errors.ts';
import { lineAt, type Unit } from './segment.ts';
import type { UnknownAgency } from './unknown-agencies.ts';

/** Responsible bodies of one item, by side. */
export interface ItemAgencies {
  macao: AgencyRef[];
  mainland: AgencyRef[];
}

const MACAO_LABEL = '澳门特别行政区政府：';
const MAINLAND_LABEL = '内地相关单位：';

/**
 * The responsible bodies of an item, by the document's agency style. Names
 * the registry does not know are added to `unknown` (reported together at the
 * end of the run) and left out.
 */
export function extractAgencies(unit: Unit, meta: SourceMeta, agencies: Agency[], file: string, unknown: UnknownAgency[] = []): ItemAgencies {
  if (meta.agencyStyle === 'parenthetical') return fromParenthetical(unit, agencies, file, unknown);
  if (meta.agencyStyle === 'named-bodies') {
    const levels = meta.agencyLevels;
    return fromNamedBodies(unit, levels ? agencies.filter((a) => levels.includes(a.level)) : agencies);
  }
  return { macao: [], mainland: [] };
}

/** （澳门特别行政区政府：A、B，内地相关单位：C、D） at the end of the item. */
function fromParenthetical(unit: Unit, agencies: Agency[], file: string, unknown: UnknownAgency[]): ItemAgencies {
  const paragraph = unit.paragraphs.at(-1)!;
  const start = paragraph.text.lastIndexOf(`（${MACAO_LABEL}`);
  if (start < 0) {
    throw new IngestError(
      file,
      unit.line,
      `Item ${unit.number} does not end with its responsible bodies （${MACAO_LABEL}…）.`,
      'Restore the parenthesis from the published document.',
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
  if (paragraph.text.slice(end + 1).replace(/。/g, '') !== '') {
    throw new IngestError(file, line, `Text follows the responsible bodies of item ${unit.number}.`, 'The parenthesis must end the item.');
  }
  const inner = paragraph.text.slice(start + 1 + MACAO_LABEL.length, end);
  const split = inner.indexOf(MAINLAND_LABEL);
  const macaoPart = (split < 0 ? inner : inner.slice(0, split)).replace(/[，、]$/, '');
  const mainlandPart = split < 0 ? '' : inner.slice(split + MAINLAND_LABEL.length);
  return {
    macao: resolveNames(macaoPart, agencies, file, line, 'macao', unknown, (name) => lineAt(paragraph, paragraph.text.indexOf(name, start))),
    mainland: resolveNames(mainlandPart, agencies, file, line, 'mainland', unknown, (name) => lineAt(paragraph, paragraph.text.lastIndexOf(name))),
  };
}

function resolveNames(
  list: string,
  agencies: Agency[],
  file: string,
  line: number,
  side: Agency['side'],
  unknown: UnknownAgency[],
  lineOfName: (printed: string) => number = () => line,
): AgencyRef[] {
  const names = list
    .split(/[、，]/)
    .map((n) => n.trim())
    .filter(Boolean);
  const refs: AgencyRef[] = [];
  for (const printed of names) {
    const agency = agencies.find((a) => a.name === printed || a.aliases.includes(printed));
    if (!agency) {
      unknown.push({ printed, side, file, line: lineOfName(printed) });
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
 * Bodies from the registry named in the item's text, by side, in order of
 * first mention. The longest printed form wins, so 市文化和旅游局 is not also
 * read as 旅游局, nor 澳门特区政策研究和区域发展局 as 澳门特区政府.
 */
function fromNamedBodies(unit: Unit, agencies: Agency[]): ItemAgencies {
  const text = unit.paragraphs.map((p) => p.text).join('\n');
  const forms = agencies.flatMap((a) => [a.name, ...a.aliases].map((printed) => ({ printed, agency: a }))).sort((x, y) => y.printed.length - x.printed.length);
  const found: { at: number; ref: AgencyRef; side: Agency['side'] }[] = [];
  const taken = new Array<boolean>(text.length).fill(false);
  for (const { printed, agency } of forms) {
    for (let at = text.indexOf(printed); at >= 0; at = text.indexOf(printed, at + 1)) {
      if (taken.slice(at, at + printed.length).some(Boolean)) continue;
      taken.fill(true, at, at + printed.length);
      found.push({ at, ref: { slug: agency.slug, printed }, side: agency.side });
    }
  }
  const out: ItemAgencies = { macao: [], mainland: [] };
  for (const { ref, side } of found.sort((a, b) => a.at - b.at)) {
    if (!out[side].some((r) => r.slug === ref.slug)) out[side].push(ref);
  }
  return out;
}
