/**
 * Step 1, read: the verbatim source texts and their metadata from
 * `content/sources/`. Rejects what cannot be trusted, before anything else runs.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SourceMetaSchema, type SourceMeta } from '../../../src/schemas/source.ts';
import { parseYaml } from '../../../src/registry/yaml.ts';
import { IngestError } from './errors.ts';
import { formatSchemaIssue } from '../../../src/registry/schema-errors.ts';

/** A source text with its metadata. */
export interface Source {
  /** Path of the text relative to the project root, for messages. */
  file: string;
  /** The decoded text, exactly as stored. */
  text: string;
  /** The validated metadata. */
  meta: SourceMeta;
}

/** Reads every `<id>.txt` + `<id>.yml` pair in `dir` (relative to `root`). */
export async function readSources(root: string, dir = 'content/sources'): Promise<Source[]> {
  const names = (await readdir(path.join(root, dir))).sort();
  const texts = names.filter((n) => n.endsWith('.txt'));
  const metas = new Set(names.filter((n) => n.endsWith('.yml')));
  for (const meta of metas) {
    if (!texts.includes(meta.replace(/\.yml$/, '.txt'))) {
      throw new IngestError(
        `${dir}/${meta}`,
        null,
        'This metadata file has no source text beside it.',
        `Add ${meta.replace(/\.yml$/, '.txt')} or remove the metadata.`,
      );
    }
  }
  const sources: Source[] = [];
  for (const name of texts) {
    const stem = name.replace(/\.txt$/, '');
    if (!metas.has(`${stem}.yml`)) {
      throw new IngestError(
        `${dir}/${name}`,
        null,
        'This source has no metadata file.',
        `Add ${dir}/${stem}.yml describing it (the fields are in src/schemas/source.ts).`,
      );
    }
    sources.push(await readSource(root, `${dir}/${name}`));
  }
  return sources.sort((a, b) => a.meta.order - b.meta.order);
}

/** Reads one `<id>.txt` (path relative to `root`) with the `<id>.yml` beside it. */
export async function readSource(root: string, file: string): Promise<Source> {
  const stem = path.basename(file).replace(/\.txt$/, '');
  const metaFile = file.replace(/\.txt$/, '.yml');
  const text = decodeSource(file, await readFile(path.join(root, file)));
  const metaText = await readFile(path.join(root, metaFile), 'utf8').catch(() => {
    throw new IngestError(file, null, 'This source has no metadata file.', `Add ${metaFile} describing it (the fields are in src/schemas/source.ts).`);
  });
  const meta = parseMeta(metaFile, metaText);
  if (meta.id !== stem) {
    throw new IngestError(metaFile, null, `The id "${meta.id}" differs from the file name "${stem}".`, 'Name the files <id>.txt and <id>.yml.');
  }
  return { file, text, meta };
}

/** Decodes a source strictly: UTF-8 only, no BOM, LF line ends, not empty, no hidden controls. */
export function decodeSource(file: string, bytes: Uint8Array): string {
  const offset = firstInvalidUtf8(bytes);
  if (offset < bytes.length) {
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    throw new IngestError(file, line, `This file is not valid UTF-8 (byte ${offset}).`, 'Save it as UTF-8.');
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (text.startsWith('\uFEFF')) {
    throw new IngestError(file, 1, 'This file starts with a byte order mark.', 'Save it as UTF-8 without BOM.');
  }
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    throw new IngestError(file, lineOf(text, cr), 'This file has Windows (CRLF) or old Mac (CR) line ends.', 'Convert it to LF line ends.');
  }
  if (text.trim() === '') {
    throw new IngestError(file, 1, 'This file is empty.', 'Copy the document text into it.');
  }
  assertNoHiddenControls(file, text);
  return text;
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function parseMeta(file: string, yamlText: string): SourceMeta {
  const { data, lineOf } = parseYaml(file, yamlText);
  const result = SourceMetaSchema.safeParse(data);
  if (!result.success)
    throw new IngestError(file, lineOf(result.error.issues[0]!.path), formatSchemaIssue(result.error), 'See src/schemas/source.ts for the fields.');
  return result.data;
}

/**
 * Offset of the first byte that is not part of well-formed UTF-8, in one pass
 * (the WHATWG decoder's rules: no overlong forms, no surrogates, nothing
 * above U+10FFFF); `bytes.length` when all of it is well formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4.
    const [low, high] =
      lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let k = 1; k < length; k++) {
      const b = bytes[i + k];
      if (b === undefined || b < (k === 1 ? low : 0x80) || b > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * Characters no source may hold, because they are invisible and change what
 * a reader sees or where a line ends: control characters other than line feed
 * and tab, bidirectional controls (U+202A–U+202E, U+2066–U+2069, marks), line
 * and paragraph separators, and every other format character except the few
 * that cleaning removes (zero-width spaces and joiners, word joiner, soft
 * hyphen, a stray U+FEFF).
 */
const FORBIDDEN = /(?![\n\t\u200b-\u200d\u2060\ufeff\u00ad])[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** Refuses a forbidden character, naming its line and code point. */
export function assertNoHiddenControls(file: string, text: string): void {
  const match = FORBIDDEN.exec(text);
  if (!match) return;
  const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  throw new IngestError(
    file,
    lineOf(text, match.index),
    `This line holds ${code}, an invisible control or format character that can hide or reorder text on the page.`,
    'Delete it (retype the line if your editor does not show it).',
  );
}
