/**
 * `npm run ingest`: turns content/sources into content/items and
 * content/documents. `npm run ingest -- --check` fails when they are stale.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IngestError } from './lib/ingest/errors.ts';
import { ingest } from './lib/ingest/pipeline.ts';

async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const rootArg = args.find((a) => a.startsWith('--root='));
  const root = rootArg ? path.resolve(rootArg.slice('--root='.length)) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const started = performance.now();
  try {
    const { documents, items, stale } = await ingest(root, { check });
    if (check && stale.length) {
      console.error(`content/ is stale: run \`npm run ingest\` and commit the result.\n${stale.join('\n')}`);
      process.exitCode = 1;
      return;
    }
    const counts = documents.map((d) => `${d.id} ${items.filter((i) => i.data.document === d.id).length}`).join(', ');
    const ms = Math.round(performance.now() - started);
    console.log(`${check ? 'content/ is current' : 'Wrote content/'}: ${items.length} items (${counts}) in ${ms} ms.`);
  } catch (error) {
    if (error instanceof IngestError) {
      console.error(`Ingestion failed, content/ is unchanged.\n${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

await run();
