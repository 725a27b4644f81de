/** Running ingestion against a copy of content/ (scripts/lib/temp-project.ts `makeTempContent`), and telling whether it changed. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runIngestCli, type CliResult } from '../../scripts/lib/ingest/cli.ts';

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
