/**
 * The ingestion cache: for each document, what cleaning, segmentation and
 * extraction made of it and the rendered parts of its files that linking
 * does not change, reused by the next run when the document's text and
 * metadata, every registry file and the ingestion code are the same byte for
 * byte. It lives in `.ingest-cache/` at the project root, never in content/;
 * deleting it (or any damage to it) only makes the next run slower. Reading
 * and validating the sources is never skipped, so bad input fails as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { DocumentData } from '../../../src/schemas/document.ts';
import type { ItemRecord } from './extract.ts';
import type { Source } from './read.ts';
import { emptyRenderMemo, type ItemParts, type RenderMemo } from './render.ts';

/** The cache folder, relative to the project root. */
export const CACHE_DIR = '.ingest-cache';
/** Bump when the stored shape changes. */
const FORMAT = 3;

/** The code ingestion runs (every module it imports lies in these folders) and the locked dependency versions. */
const CODE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CODE = ['scripts/lib/ingest', 'src/i18n', 'src/lib', 'src/registry', 'src/schemas', 'package-lock.json'];

/** Steps 2–4 of one document. */
export interface DocumentWork {
  document: DocumentData;
  items: ItemRecord[];
}

/** One document's file in the cache (`documents/<id>.v8`), so that a run rewrites only the documents it worked on. */
interface StoredDocument {
  /** The code and registries it was made with. */
  key: string;
  /** Digest of the source's text and metadata. */
  digest: string;
  work: DocumentWork;
  render: { document: string; items: Map<string, ItemParts> };
}

/** The YAML of `related` lists (`related.v8`). */
interface StoredRelated {
  key: string;
  related: RenderMemo['related'];
}

/** The cache of one run: what earlier successful runs left, and what this run makes. */
export class IngestCache {
  private readonly hits = new Map<string, StoredDocument>();
  private readonly made = new Map<string, { digest: string; work: DocumentWork }>();
  private readonly related: RenderMemo['related'];
  /** What this run renders, filled by renderContent. */
  readonly render = emptyRenderMemo();

  private constructor(
    private readonly dir: string | null,
    private readonly key: string,
  ) {
    this.related = this.read<StoredRelated>('related.v8')?.related ?? new Map<string, string>();
  }

  /**
   * Opens the cache of the project at `root`; a missing, stale or unreadable
   * file in it counts as missing. With `use: false`, nothing is read (a fresh run).
   */
  static open(root: string, use = true): IngestCache {
    // Unused, the cache needs no key: a fresh run reads and saves nothing (--check).
    if (!use) return new IngestCache(null, '');
    const key = digest([String(FORMAT), ...filesUnder(CODE_ROOT, CODE), ...filesUnder(root, ['content/registry'])]);
    return new IngestCache(path.join(root, CACHE_DIR), key);
  }

  /** The work of a source as an earlier run made it, if its text and metadata are unchanged. */
  work(source: Source): DocumentWork | undefined {
    const stored = this.read<StoredDocument>(documentFile(source));
    if (stored?.digest !== sourceDigest(source)) return undefined;
    this.hits.set(source.file, stored);
    return stored.work;
  }

  /** Records the work of a source, to be saved unless it came from the cache. */
  keep(source: Source, work: DocumentWork): void {
    if (this.hits.get(source.file)?.work !== work) this.made.set(source.file, { digest: sourceDigest(source), work });
  }

  /** How many documents came from the cache. */
  get reused(): number {
    return this.hits.size;
  }

  /** What earlier runs rendered: the documents whose work came from the cache, and `related` lists. */
  reusableRender(): RenderMemo {
    return { documents: new Map([...this.hits.values()].map((d) => [d.work.document.id, d.render])), related: this.related };
  }

  /**
   * Saves the documents this run worked on and new `related` lists, each
   * file written aside and renamed into place, and removes the files of
   * documents that are gone. A cache that cannot be written is skipped.
   */
  save(root: string, sources: Source[]): void {
    const dir = path.join(root, CACHE_DIR);
    try {
      mkdirSync(path.join(dir, 'documents'), { recursive: true });
      for (const source of sources) {
        const made = this.made.get(source.file);
        if (!made) continue;
        const render = this.render.documents.get(made.work.document.id)!;
        writeAtomically(path.join(dir, documentFile(source)), { key: this.key, digest: made.digest, work: made.work, render } satisfies StoredDocument);
      }
      if ([...this.render.related.keys()].some((k) => !this.related.has(k)))
        writeAtomically(path.join(dir, 'related.v8'), { key: this.key, related: this.render.related } satisfies StoredRelated);
      const kept = new Set(sources.map((s) => path.basename(documentFile(s))));
      for (const name of readdirSync(path.join(dir, 'documents'))) if (!kept.has(name)) rmSync(path.join(dir, 'documents', name), { force: true });
    } catch {
      // Only the next run's speed depends on it.
    }
  }

  /** A cache file made with this run's code and registries, or undefined. */
  private read<T extends { key: string }>(file: string): T | undefined {
    if (this.dir === null) return undefined;
    try {
      const stored = deserialize(readFileSync(path.join(this.dir, file))) as T;
      return stored.key === this.key ? stored : undefined;
    } catch {
      // Not there yet, or not readable by this code: as if missing.
      return undefined;
    }
  }
}

function documentFile(source: Source): string {
  return `documents/${path.basename(source.file, '.txt')}.v8`;
}

function writeAtomically(file: string, value: unknown): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, serialize(value));
  renameSync(temp, file);
}

function sourceDigest(source: Source): string {
  return digest([source.text, JSON.stringify(source.meta)]);
}

function digest(parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts)
    hash
      .update(String(Buffer.byteLength(part)))
      .update(':')
      .update(part);
  return hash.digest('hex');
}

/** Every file under the given paths of `base` (files or folders), as name then bytes, in a fixed order. */
function filesUnder(base: string, entries: string[]): (string | Buffer)[] {
  const out: (string | Buffer)[] = [];
  for (const entry of entries) {
    const full = path.join(base, entry);
    let names: string[];
    try {
      names = readdirSync(full, { recursive: true, encoding: 'utf8' }).sort();
    } catch {
      names = [''];
    }
    for (const name of names) {
      try {
        out.push(path.join(entry, name), readFileSync(path.join(full, name)));
      } catch {
        // A folder, or a path that does not exist: its name alone.
        out.push(path.join(entry, name));
      }
    }
  }
  return out;
}
