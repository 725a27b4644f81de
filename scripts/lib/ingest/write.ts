/**
 * Step 6, write: of the rendered files (render.ts), only those whose bytes
 * changed, so that a failed run leaves `content/` exactly as it was and an
 * unchanged file is not touched; or, with `check`, the differences.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { ContentFiles } from './render.ts';

/** The folders under `content/` that ingestion owns. */
export const GENERATED_DIRS = ['items', 'documents'] as const;

/** Reads what ingestion owns under `content/` now (sync: measured at ×50, 5,350 files in 70 ms against 340 ms in async batches). */
export function readContent(contentDir: string): ContentFiles {
  const files: ContentFiles = new Map();
  for (const dir of GENERATED_DIRS) {
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(path.join(contentDir, dir), { recursive: true, withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(contentDir, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  }
  return files;
}

/** The differences between two sets of files, as lines a person can read. */
export function diffContent(want: ContentFiles, have: ContentFiles): string[] {
  const lines: string[] = [];
  for (const [file, text] of want) {
    if (!have.has(file)) lines.push(`missing: content/${file}`);
    else if (have.get(file) !== text) lines.push(`changed: content/${file}`);
  }
  for (const file of have.keys()) if (!want.has(file)) lines.push(`extra:   content/${file}`);
  return lines.sort();
}

/**
 * Makes what ingestion owns under `content/` hold exactly `files`, touching
 * only the files whose bytes differ (an unchanged file keeps its mtime, so
 * Astro's content layer sees only what changed). New versions are written to
 * a staging folder first and swapped in file by file; if a swap fails, every
 * file already swapped is put back, so a failed run leaves `content/` as it
 * was. Returns how many files were written or removed.
 */
export function writeContent(contentDir: string, files: ContentFiles): number {
  const have = readContent(contentDir);
  const changed = [...files].filter(([file, text]) => have.get(file) !== text);
  const removed = [...have.keys()].filter((file) => !files.has(file));
  if (!changed.length && !removed.length) return 0;
  const stage = path.join(contentDir, `.tmp-ingest-${process.pid}`);
  rmSync(stage, { recursive: true, force: true });
  try {
    const made = new Set<string>();
    const ensureDir = (dir: string) => {
      if (!made.has(dir)) mkdirSync(dir, { recursive: true });
      made.add(dir);
    };
    for (const [file, text] of changed) {
      ensureDir(path.dirname(path.join(stage, 'new', file)));
      writeFileSync(path.join(stage, 'new', file), text);
    }
    // Each file: its old version moved aside, then the new one moved in.
    const swapped: { file: string; hadOld: boolean; placed: boolean }[] = [];
    try {
      for (const file of [...changed.map(([f]) => f), ...removed]) {
        const entry = { file, hadOld: false, placed: false };
        swapped.push(entry);
        if (have.has(file)) {
          ensureDir(path.dirname(path.join(stage, 'old', file)));
          renameSync(path.join(contentDir, file), path.join(stage, 'old', file));
          entry.hadOld = true;
        }
        if (files.has(file)) {
          ensureDir(path.dirname(path.join(contentDir, file)));
          renameSync(path.join(stage, 'new', file), path.join(contentDir, file));
          entry.placed = true;
        }
      }
    } catch (error) {
      // Put back whatever was swapped, the last first.
      for (const { file, hadOld, placed } of swapped.reverse()) {
        if (placed) rmSync(path.join(contentDir, file), { force: true });
        if (hadOld) renameSync(path.join(stage, 'old', file), path.join(contentDir, file));
        else removeEmptyParents(contentDir, path.posix.dirname(file));
      }
      throw error;
    }
    for (const file of removed) removeEmptyParents(contentDir, path.posix.dirname(file));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  return changed.length + removed.length;
}

/** Removes `dir` (relative to `contentDir`) and its parents while they are empty, up to the generated folders. */
function removeEmptyParents(contentDir: string, dir: string): void {
  for (let d = dir; d.includes('/'); d = path.posix.dirname(d)) {
    const full = path.join(contentDir, d);
    // Gone already when an earlier file of the same folder emptied it.
    if (!existsSync(full)) continue;
    if (readdirSync(full).length) return;
    rmdirSync(full);
  }
}
