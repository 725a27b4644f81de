/** A throwaway copy of the project's content, to run ingestion against bad input. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runIngestCli, type CliResult } from '../../scripts/lib/ingest/cli.ts';

/** Copies content/ into a new temporary folder; returns its root. */
export function copyProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ingest-'));
  cpSync('content', path.join(root, 'content'), { recursive: true });
  return root;
}

/** Runs `npm run ingest`'s command line in-process against a root. */
export function runIngest(root: string, ...args: string[]): Promise<CliResult> {
  return runIngestCli([`--root=${root}`, ...args], process.cwd());
}

/** A fingerprint of every file under a folder: any change to content or names changes it. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(`${path.relative(dir, full)}\0`).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** Removes a temporary root. */
export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
