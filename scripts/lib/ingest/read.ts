/**
 * Step 1, read: the verbatim source texts and their metadata from
 * `content/sources/`. Rejects what cannot be trusted, before anything else runs.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { SourceMetaSchema, type SourceMeta } from '../../../src/schemas/source.ts';
import { IngestError } from './errors.ts';
import { formatSchemaIssue } from './schema-errors.ts';

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
    const file = `${dir}/${name}`;
    if (!metas.has(`${stem}.yml`)) {
      throw new IngestError(file, null, 'This source has no metadata file.', `Add ${dir}/${stem}.yml describing it (see README, "Sources").`);
    }
    const text = decodeSource(file, await readFile(path.join(root, file)));
    const metaFile = `${dir}/${stem}.yml`;
    const meta = parseMeta(metaFile, await readFile(path.join(root, metaFile), 'utf8'));
    if (meta.id !== stem) {
      throw new IngestError(metaFile, null, `The id "${meta.id}" differs from the file name "${stem}".`, 'Name the files <id>.txt and <id>.yml.');
    }
    sources.push({ file, text, meta });
  }
  return sources.sort((a, b) => a.meta.order - b.meta.order);
}

/** Decodes a source strictly: UTF-8 only, no BOM, LF line ends, not empty. */
export function decodeSource(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    throw new IngestError(file, line, `This file is not valid UTF-8 (byte ${offset}).`, 'Save it as UTF-8.');
  }
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
  return text;
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function parseMeta(file: string, yamlText: string): SourceMeta {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0].line ?? null) : null;
    throw new IngestError(file, line, `This YAML does not parse: ${(error as Error).message.split('\n')[0]}`, 'Fix the syntax.');
  }
  const result = SourceMetaSchema.safeParse(raw);
  if (!result.success) throw new IngestError(file, null, formatSchemaIssue(result.error), 'See src/schemas/source.ts for the fields.');
  return result.data;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let end = 1; end <= bytes.length; end++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
    } catch {
      return end - 1;
    }
  }
  return bytes.length;
}
