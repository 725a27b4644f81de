/**
 * `npm run ingest`: turns content/sources into content/items and
 * content/documents. `npm run ingest -- --check` fails when they are stale.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngestCli } from './lib/ingest/cli.ts';

const result = await runIngestCli(process.argv.slice(2), path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
