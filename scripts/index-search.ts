/**
 * The search index, built after Astro has exited (`npm run build` runs
 * `astro build`, then this): Pagefind holds every record until it writes,
 * about 1.2 GB at ×50 for one script, and beside Astro's own process (over
 * 1 GB at ×50, resident until it exits) the two made the build's peak.
 * Reads dist/search-records.json, which the build wrote; see
 * src/integrations/pagefind.ts.
 */
import path from 'node:path';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const started = performance.now();
try {
  const records = await buildSearchIndex(dist);
  console.log(`[search] Pagefind indexed ${records} records in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  console.error(`[search] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
