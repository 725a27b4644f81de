/**
 * Ingestion as one function, a table of contents of its steps, numbered as
 * in the README ("Ingestion"). Only the first step (read, with the registry
 * loader and the cache) and the last (write, and saving the cache) touch the disk.
 */
import path from 'node:path';
import { IngestCache, type DocumentWork } from './cache.ts';
import { DocumentSchema, type DocumentData } from '../../../src/schemas/document.ts';
import { cleanSource } from './clean.ts';
import { IngestError } from './errors.ts';
import { extractItems, type ItemRecord } from './extract.ts';
import { linkItems } from './link.ts';
import { readSource, readSources, type Source } from './read.ts';
import { readRegistries, type Registries } from './registry.ts';
import { formatSchemaIssue } from '../../../src/registry/schema-errors.ts';
import { segmentDocument } from './segment.ts';
import { unknownAgenciesError, type UnknownAgency } from './unknown-agencies.ts';
import { renderContent } from './render.ts';
import { diffContent, readContent, writeContent } from './write.ts';

/** What a run produced. */
export interface IngestResult {
  documents: DocumentData[];
  items: ItemRecord[];
  /** In check mode, the stale files; empty when content is current. */
  stale: string[];
  /** Files written or removed (0 in check mode, and when nothing changed). */
  written: number;
  /** Documents taken from the cache instead of cleaned, segmented and extracted again. */
  cached: number;
}

/**
 * Runs ingestion for the project at `root`; with `check`, compares instead of
 * writing. Documents whose text, metadata, registries and code are unchanged
 * since the last run are taken from the cache (cache.ts) instead of steps 2–4,
 * except in check mode.
 */
export async function ingest(root: string, options: { check?: boolean } = {}): Promise<IngestResult> {
  // 1. read: sources, their metadata and the registries.
  const sources = await readSources(root);
  const registries = readRegistries(root);
  // --check compares a fresh run, trusting nothing a previous run left.
  const cache = IngestCache.open(root, !options.check);
  const documents: DocumentData[] = [];
  let items: ItemRecord[] = [];
  const unknownAgencies: UnknownAgency[] = [];
  for (const source of sources) {
    // 2.–4. clean, segment, extract (or the cached result of the same input).
    const work = cache.work(source) ?? documentWork(source, registries, unknownAgencies);
    cache.keep(source, work);
    items = items.concat(work.items);
    documents.push(work.document);
  }
  // Every body the registry lacks, from every document, in one report.
  if (unknownAgencies.length) throw unknownAgenciesError(unknownAgencies, registries.agencies);
  // 5. link: the same commitment across documents.
  items = linkItems(items, registries, documents);
  // 6. write: every file rendered in memory, then only what changed swapped in.
  const files = renderContent(documents, items, cache.reusableRender(), cache.render);
  const contentDir = path.join(root, 'content');
  if (options.check) return { documents, items, stale: diffContent(files, readContent(contentDir)), written: 0, cached: cache.reused };
  const written = writeContent(contentDir, files);
  cache.save(root, sources);
  return { documents, items, stale: [], written, cached: cache.reused };
}

/** Steps 2–4 for one source; bodies the registry lacks go to `unknownAgencies`. */
function documentWork(source: Source, registries: Registries, unknownAgencies: UnknownAgency[]): DocumentWork {
  // 2. clean: code points, page numbers, quotation marks, spaces.
  const lines = cleanSource(source.text);
  // 3. segment: title, headings, items and the paragraphs around them.
  const { outline, units } = segmentDocument(lines, source.meta, source.file);
  // 4. extract: agencies, places, pillar and years of every item.
  const items = extractItems(units, source.meta, registries, source.file, unknownAgencies);
  return { document: validateDocument({ ...source.meta, outline }, source.file), items };
}

function validateDocument(candidate: DocumentData, file: string): DocumentData {
  const result = DocumentSchema.safeParse(candidate);
  if (!result.success) throw new IngestError(file, null, formatSchemaIssue(result.error), 'This is a bug in ingestion or the metadata.');
  return result.data;
}

/** What a dry run found in one document. */
export interface DryRun {
  document: DocumentData;
  items: ItemRecord[];
}

/**
 * Reads, cleans, segments and extracts one source (`<id>.txt` with its
 * `<id>.yml`, anywhere under `root`) against the registries, writing nothing:
 * for staff to check a new document before adding it.
 */
export async function dryRun(root: string, file: string): Promise<DryRun> {
  const source = await readSource(root, file);
  const registries = readRegistries(root);
  const { outline, units } = segmentDocument(cleanSource(source.text), source.meta, source.file);
  const unknownAgencies: UnknownAgency[] = [];
  const items = extractItems(units, source.meta, registries, source.file, unknownAgencies);
  if (unknownAgencies.length) throw unknownAgenciesError(unknownAgencies, registries.agencies);
  return { document: validateDocument({ ...source.meta, outline }, source.file), items };
}
