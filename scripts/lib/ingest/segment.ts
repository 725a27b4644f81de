/**
 * Step 3, segment: finds the title, headings, numbered items, mechanism
 * items （一）（二）, sections (for documents divided only by 一、二、…) and
 * the paragraphs around them, keeping every line of text somewhere.
 */
import type { Block } from '../../../src/schemas/document.ts';
import type { SourceMeta } from '../../../src/schemas/source.ts';
import type { Line } from './clean.ts';
import { IngestError } from './errors.ts';
import { numeralOf, numeralValue } from './numerals.ts';

/** A paragraph of joined lines, with where each line starts (for messages). */
export interface Paragraph {
  text: string;
  /** Source line of the character at each offset where a source line begins. */
  starts: { offset: number; line: number }[];
}

/** One item of a document before extraction. */
export interface Unit {
  slug: string;
  number: string;
  numberPrinted: boolean;
  kind: 'item' | 'mechanism' | 'section';
  order: number;
  /** Heading of the section it stands in, as printed. */
  section: string;
  /** Enclosing top-level heading when `section` is a sub-heading. */
  part: string | null;
  paragraphs: Paragraph[];
  /** Source line where the item starts. */
  line: number;
}

/** The result of segmenting one document. */
export interface Segmented {
  outline: Block[];
  units: Unit[];
}

const L1 = /^([一二三四五六七八九十]+)、(.*)$/u;
const L2 = /^（([一二三四五六七八九十]+)）(.*)$/u;
/** The item number forms `itemNumbering` may name, each as a pattern: number, then the text. */
const ITEM_NUMBER: Record<SourceMeta['itemNumbering'], RegExp> = {
  '1.': /^(\d{1,3})\.(?!\d)(.*)$/u,
  '1、': /^(\d{1,3})、(.*)$/u,
  '1．': /^(\d{1,3})．(.*)$/u,
  '(1)': /^[（(](\d{1,3})[）)](.*)$/u,
};
/** A line that starts like an item number in any form (1. 1、 1． (1) （1） 1000.), for the check that none is missed. */
const LOOKS_NUMBERED = /^(?:[（(](\d{1,4})[）)]|(\d{1,4})[.、．](?!\d))/u;
const TERMINAL = /[。：！？]$/u;
/** Inside a numbered item only a full stop can end it (a colon may end a line mid-item). */
const ITEM_END = /[。！？]$/u;

/** The source line of a character offset inside a paragraph. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let line = paragraph.starts[0]!.line;
  for (const start of paragraph.starts) if (start.offset <= offset) line = start.line;
  return line;
}

/** Splits a cleaned document into outline blocks and items. */
export function segmentDocument(lines: Line[], meta: SourceMeta, file: string): Segmented {
  const body = consumeTitle(lines, meta, file);
  const segmented = meta.structure === 'sections' ? segmentSections(body, meta, file) : segmentNumbered(body, ITEM_NUMBER[meta.itemNumbering], meta, file);
  if (segmented.units.length === 0) {
    const expected = meta.structure === 'sections' ? 'sections headed 一、二、…' : `items numbered like "${meta.itemNumbering}"`;
    throw new IngestError(
      file,
      null,
      `No items were found: this document's metadata says it has ${expected}.`,
      'Set `structure` and `itemNumbering` in its metadata to the form the text uses, or check the text.',
    );
  }
  return segmented;
}

/** The error for a line that starts like an item number but was not taken as the next item. */
function lookAlikeError(file: string, line: Line, meta: SourceMeta, next: number): IngestError {
  const match = LOOKS_NUMBERED.exec(line.text)!;
  const number = Number(match[1] ?? match[2]);
  const form = meta.itemNumbering.replace('1', String(next));
  return new IngestError(
    file,
    line.line,
    `This line starts like item number ${number} ("${match[0]}"), but the next item here is ${next}, numbered like "${form}".`,
    number === next
      ? `Write the number as "${form}", or set \`itemNumbering\` in the metadata if the whole document uses "${match[0].replace(/\d+/, '1')}".`
      : 'Correct the number against the published document.',
  );
}

/** The title lines must spell `title.full`; returns the lines after them. */
function consumeTitle(lines: Line[], meta: SourceMeta, file: string): Line[] {
  const want = meta.title.full.replace(/ /g, '');
  let have = '';
  let i = 0;
  while (i < lines.length && have.length < want.length) {
    have += lines[i]!.text.replace(/ /g, '');
    if (!want.startsWith(have)) {
      throw new IngestError(
        file,
        lines[i]!.line,
        `The title printed here does not match \`title.full\` in the metadata ("${meta.title.full}").`,
        'Correct the metadata title or the source text so they agree.',
      );
    }
    i++;
  }
  if (have !== want) {
    throw new IngestError(file, lines[0]?.line ?? 1, 'The source ends before its title is complete.', 'Check the source text and `title.full`.');
  }
  return lines.slice(i);
}

/** Appends a line to a paragraph, with a space only between two Latin letters or digits. */
function joinLine(paragraph: Paragraph, line: Line): void {
  const glue = /[A-Za-z0-9]$/.test(paragraph.text) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
  paragraph.text += glue;
  paragraph.starts.push({ offset: paragraph.text.length, line: line.line });
  paragraph.text += line.text;
}

function newParagraph(line: Line): Paragraph {
  return { text: line.text, starts: [{ offset: 0, line: line.line }] };
}

/** Checks that a heading or item number is the next in sequence. */
function expectNext(file: string, line: number, what: string, got: number, last: number): void {
  if (got === last + 1) return;
  const problem =
    got <= last
      ? `${what} ${got} is repeated or out of order (after ${last}).`
      : `${what} ${got} follows ${last}: ${what.toLowerCase()} ${last + 1} is missing.`;
  throw new IngestError(file, line, problem, 'Check the source against the published document; numbers must run without gaps.');
}

function stripEmpty(file: string, unit: Unit): void {
  if (unit.paragraphs.every((p) => p.text.trim() === '')) {
    throw new IngestError(file, unit.line, `Item ${unit.number} has no text.`, 'Restore the item text from the published document.');
  }
}

/** Documents of numbered items (1. 2. …) under headings, with mechanism items （一）（二）. */
function segmentNumbered(lines: Line[], NUMBERED: RegExp, meta: SourceMeta, file: string): Segmented {
  const outline: Block[] = [];
  const units: Unit[] = [];
  let part: string | null = null;
  let section: string | null = null;
  let lastL1 = 0;
  let lastItem = 0;
  let lastMechanism = 0;
  let unit: Unit | null = null;
  let paragraph: { role: 'preamble' | 'body' | 'closing'; p: Paragraph } | null = null;
  let previous = '';
  const strayAfterItem: number[] = [];

  const close = () => {
    if (unit) stripEmpty(file, unit);
    if (paragraph) outline.push({ type: 'paragraph', role: paragraph.role, text: paragraph.p.text });
    unit = null;
    paragraph = null;
  };
  const startUnit = (u: Omit<Unit, 'order' | 'section' | 'part' | 'paragraphs'>, first: string, line: Line) => {
    close();
    unit = { ...u, order: units.length + 1, section: section ?? part ?? '', part: section ? part : null, paragraphs: [] };
    if (first) unit.paragraphs.push(newParagraph({ text: first, line: line.line }));
    units.push(unit);
    outline.push({ type: 'item', slug: unit.slug });
  };

  lines.forEach((line, index) => {
    const next = lines[index + 1]?.text ?? '';
    const l1 = L1.exec(line.text);
    const l2 = L2.exec(line.text);
    const numbered = NUMBERED.exec(line.text);
    if (l1) {
      close();
      expectNext(file, line.line, 'Heading', numeralValue(l1[1]!) ?? 0, lastL1);
      lastL1++;
      lastMechanism = 0;
      part = line.text;
      section = null;
      outline.push({ type: 'heading', level: 1, text: line.text });
    } else if (l2 && NUMBERED.test(next)) {
      close();
      section = line.text;
      outline.push({ type: 'heading', level: 2, text: line.text });
    } else if (l2) {
      const value = numeralValue(l2[1]!) ?? 0;
      expectNext(file, line.line, 'Mechanism item', value, lastMechanism);
      lastMechanism = value;
      startUnit({ slug: `mechanism-${value}`, number: `（${l2[1]}）`, numberPrinted: true, kind: 'mechanism', line: line.line }, l2[2]!.trim(), line);
    } else if (numbered) {
      const value = Number(numbered[1]);
      expectNext(file, line.line, 'Item', value, lastItem);
      lastItem = value;
      startUnit({ slug: String(value), number: String(value), numberPrinted: true, kind: 'item', line: line.line }, numbered[2]!.trim(), line);
    } else if (LOOKS_NUMBERED.test(line.text)) {
      throw lookAlikeError(file, line, meta, lastItem + 1);
    } else if (unit !== null && !(ITEM_END.test(previous) && !line.text.startsWith('（'))) {
      const u: Unit = unit;
      if (u.paragraphs.length === 0) u.paragraphs.push(newParagraph(line));
      else joinLine(u.paragraphs[0]!, line);
    } else if (paragraph !== null && !TERMINAL.test(previous)) {
      joinLine((paragraph as { p: Paragraph }).p, line);
    } else {
      const hadUnit = unit !== null || units.length > 0;
      close();
      const role = part === null ? 'preamble' : units.length > 0 ? 'closing' : 'body';
      if (hadUnit && role === 'closing') strayAfterItem.push(line.line);
      paragraph = { role, p: newParagraph(line) };
    }
    previous = line.text;
  });
  close();
  // Text after an item is the closing only when no item follows it.
  const lastUnitLine = units.at(-1)?.line ?? 0;
  const stray = strayAfterItem.find((l) => l < lastUnitLine);
  if (stray !== undefined) {
    throw new IngestError(
      file,
      stray,
      'This text stands between two items and belongs to neither.',
      'Check for a missing item number or a line break that split an item.',
    );
  }
  return { outline, units };
}

/** Documents divided only by sections 一、二、…, each section one item. */
function segmentSections(lines: Line[], meta: SourceMeta, file: string): Segmented {
  const outline: Block[] = [];
  const units: Unit[] = [];
  const unnumbered = new Set(meta.unnumberedHeadings);
  const found = new Set<string>();
  let unit: Unit | null = null;
  let preamble: Paragraph | null = null;
  let previous = '';
  let last = 0;

  for (const line of lines) {
    const l1 = L1.exec(line.text);
    if (l1 || unnumbered.has(line.text)) {
      if (preamble) outline.push({ type: 'paragraph', role: 'preamble', text: preamble.text });
      preamble = null;
      if (unit) stripEmpty(file, unit);
      const value = l1 ? (numeralValue(l1[1]!) ?? 0) : last + 1;
      if (l1) expectNext(file, line.line, 'Section', value, last);
      else found.add(line.text);
      last = value;
      unit = {
        slug: `section-${value}`,
        number: l1 ? l1[1]! : numeralOf(value),
        numberPrinted: Boolean(l1),
        kind: 'section',
        order: units.length + 1,
        section: line.text,
        part: null,
        paragraphs: [],
        line: line.line,
      };
      units.push(unit);
      outline.push({ type: 'item', slug: unit.slug });
    } else if (unit) {
      const u: Unit = unit;
      const current = u.paragraphs.at(-1);
      if (current && !TERMINAL.test(previous)) joinLine(current, line);
      else u.paragraphs.push(newParagraph(line));
    } else if (preamble && !TERMINAL.test(previous)) {
      joinLine(preamble, line);
    } else {
      if (preamble) outline.push({ type: 'paragraph', role: 'preamble', text: preamble.text });
      preamble = newParagraph(line);
    }
    previous = line.text;
  }
  if (preamble) outline.push({ type: 'paragraph', role: 'preamble', text: preamble.text });
  if (unit) stripEmpty(file, unit);
  for (const heading of unnumbered) {
    if (!found.has(heading)) {
      throw new IngestError(
        file,
        null,
        `The heading "${heading}" listed in \`unnumberedHeadings\` is not in the text.`,
        'Correct the metadata so it quotes the heading exactly.',
      );
    }
  }
  return { outline, units };
}
