/** A throwaway copy of the project's content, to run ingestion against bad input. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Copies content/ into a new temporary folder; returns its root. */
export function copyProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ingest-'));
  cpSync('content', path.join(root, 'content'), { recursive: true });
  return root;
}

/** Runs `npm run ingest` (the same script) against a root. */
export function runIngest(root: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'scripts/ingest.ts', `--root=${root}`, ...args], { encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr.replace(/npm warn.*\n/g, '') };
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
