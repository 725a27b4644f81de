/**
 * The command line of `npm run ingest`, as a function: the script calls it
 * with process.argv, and tests call it in-process (no `tsx` start-up per case).
 */
import path from 'node:path';
import { FileError } from '../../../src/registry/errors.ts';
import { formatDryRun } from './dry-run.ts';
import { CACHE_DIR } from './cache.ts';
import { dryRun, ingest } from './pipeline.ts';

/** What a run said and how it ended. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs ingestion with command-line arguments: `--check` (fail when content/ is
 * stale), `--dry-run <file.txt>` (print what one document would become, write
 * nothing) and `--root=<dir>` (another project folder; default `defaultRoot`).
 */
export async function runIngestCli(args: string[], defaultRoot: string): Promise<CliResult> {
  const check = args.includes('--check');
  const rootArg = args.find((a) => a.startsWith('--root='));
  const root = rootArg ? path.resolve(rootArg.slice('--root='.length)) : defaultRoot;
  const dry = args.indexOf('--dry-run');
  const started = performance.now();
  try {
    if (dry >= 0) {
      const target = args[dry + 1];
      if (!target?.endsWith('.txt'))
        return { code: 2, stdout: '', stderr: 'Usage: npm run ingest -- --dry-run <path/to/document.txt> (with its .yml beside it)\n' };
      return { code: 0, stdout: formatDryRun(await dryRun(root, path.relative(root, path.resolve(target)))), stderr: '' };
    }
    const { documents, items, stale, written, cached } = await ingest(root, { check });
    if (check && stale.length) {
      return { code: 1, stdout: '', stderr: `content/ is stale: run \`npm run ingest\` and commit the result.\n${stale.join('\n')}\n` };
    }
    const counts = documents.map((d) => `${d.id} ${items.filter((i) => i.data.document === d.id).length}`).join(', ');
    const ms = Math.round(performance.now() - started);
    const work = `${cached} of ${documents.length} documents reused from ${CACHE_DIR}/`;
    if (check) return { code: 0, stdout: `content/ is current: ${items.length} items (${counts}) in ${ms} ms (${work}).\n`, stderr: '' };
    return { code: 0, stdout: `Wrote content/: ${items.length} items (${counts}) in ${ms} ms; ${written} files changed (${work}).\n`, stderr: '' };
  } catch (error) {
    if (error instanceof FileError) return { code: 1, stdout: '', stderr: `Ingestion failed, content/ is unchanged.\n${error.message}\n` };
    throw error;
  }
}
