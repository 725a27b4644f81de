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
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { DocumentData } from '../../../src/schemas/document.ts';
import type { ItemRecord } from './extract.ts';
import type { Source } from './read.ts';
import { emptyRenderMemo, type RenderMemo } from './render.ts';

/** The cache folder, relative to the project root. */
export const CACHE_DIR = '.ingest-cache';
const CACHE_FILE = 'documents.v8';
/** Bump when the stored shape changes. */
const FORMAT = 2;

/** The code ingestion runs (every module it imports lies in these folders) and the locked dependency versions. */
const CODE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CODE = ['scripts/lib/ingest', 'src/i18n', 'src/lib', 'src/registry', 'src/schemas', 'package-lock.json'];

/** Steps 2–4 of one document. */
export interface DocumentWork {
  document: DocumentData;
  items: ItemRecord[];
}

interface Stored {
  key: string;
  /** By source file: the digest of its text and metadata, and its work. */
  documents: Map<string, { digest: string; work: DocumentWork }>;
  render: RenderMemo;
}

/** The cache of one run: what the last successful run left, and what this run makes. */
export class IngestCache {
  private readonly next: Stored;
  private readonly hitIds = new Set<string>();

  private constructor(
    private readonly root: string,
    private readonly stored: Stored | null,
    key: string,
  ) {
    this.next = { key, documents: new Map(), render: emptyRenderMemo() };
  }

  /**
   * Opens the cache of the project at `root`; a missing, stale or unreadable
   * one is an empty one. With `use: false`, nothing is read (a fresh run).
   */
  static open(root: string, use = true): IngestCache {
    const key = digest([String(FORMAT), ...filesUnder(CODE_ROOT, CODE), ...filesUnder(root, ['content/registry'])]);
    let stored: Stored | null = null;
    if (use)
      try {
        const candidate = deserialize(readFileSync(path.join(root, CACHE_DIR, CACHE_FILE))) as Stored;
        if (candidate.key === key) stored = candidate;
      } catch {
        // No cache yet, or one this code cannot read: start afresh.
      }
    return new IngestCache(root, stored, key);
  }

  /** The work of a source as the last run made it, if its text and metadata are unchanged. */
  work(source: Source): DocumentWork | undefined {
    const entry = this.stored?.documents.get(source.file);
    if (!entry || entry.digest !== sourceDigest(source)) return undefined;
    this.hitIds.add(entry.work.document.id);
    return entry.work;
  }

  /** Records the work of a source for the next run. */
  keep(source: Source, work: DocumentWork): void {
    this.next.documents.set(source.file, { digest: sourceDigest(source), work });
  }

  /** What the last run rendered: the documents whose work came from the cache, and every related list. */
  reusableRender(): RenderMemo {
    if (!this.stored) return emptyRenderMemo();
    const { documents, related } = this.stored.render;
    return { documents: new Map([...documents].filter(([id]) => this.hitIds.has(id))), related };
  }

  /** How many documents came from the cache so far. */
  get hits(): number {
    return this.hitIds.size;
  }

  /** The render memo this run fills, to be saved with it. */
  get render(): RenderMemo {
    return this.next.render;
  }

  /** Saves this run's work for the next (written aside, then renamed into place). A cache that cannot be written is skipped. */
  save(): void {
    const dir = path.join(this.root, CACHE_DIR);
    const temp = path.join(dir, `.${CACHE_FILE}.${process.pid}`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(temp, serialize(this.next));
      renameSync(temp, path.join(dir, CACHE_FILE));
    } catch {
      // Only the next run's speed depends on it.
    }
  }
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
