/** Build cost by stage for a corpus of `copies` × the real documents, in a temporary project. */
import path from 'node:path';
import { makeTempProject, realSources, removeTempProject, run } from '../temp-project.ts';
import { distFigures, type DistFigures } from './dist-figures.ts';
import { syntheticCorpus } from './synthetic.ts';

/** Figures of one build. */
export interface BuildFigures extends DistFigures {
  copies: number;
  documents: number;
  items: number;
  ingestMs: number;
  ingestPeakMb: number;
  astroMs: number;
  pagefindMs: number;
  buildPeakMb: number;
  pagesPerSecond: number;
}

/** Builds the corpus; with `keep`, returns the project root for further measurement (caller removes it). */
export async function measureBuild(copies: number, keep = false): Promise<{ figures: BuildFigures; root: string | null }> {
  const sources = syntheticCorpus(realSources(), copies);
  // The hand-kept link overrides are decisions about the real corpus alone; in a
  // larger corpus the linker's statistics differ and some would be stale.
  const root = makeTempProject(sources, { keepLinkOverrides: copies === 1 });
  try {
    const ingest = await run(root, 'npx', ['tsx', 'scripts/ingest.ts']);
    if (ingest.code !== 0) throw new Error(`ingest failed for ×${copies}: ${ingest.stderr}`);
    const records = path.join(root, 'search-records.json');
    const build = await run(root, 'npx', ['astro', 'build'], { SKIP_URL_LOCK: '1', KEEP_SEARCH_RECORDS: records });
    if (build.code !== 0) throw new Error(`build failed for ×${copies}: ${build.stderr.slice(-2000)}`);
    const pagefindMs = Number(/Pagefind indexed \d+ records in (\d+) ms/.exec(build.stdout)?.[1] ?? NaN);
    const dist = distFigures(path.join(root, 'dist'));
    const items = Number(/Wrote content\/: (\d+) items/.exec(ingest.stdout)?.[1] ?? NaN);
    const astroMs = build.ms - pagefindMs;
    return {
      figures: {
        copies,
        documents: sources.length,
        items,
        ...dist,
        ingestMs: ingest.ms,
        ingestPeakMb: ingest.peakRssMb,
        astroMs,
        pagefindMs,
        buildPeakMb: build.peakRssMb,
        pagesPerSecond: Math.round(dist.pages / ((astroMs + pagefindMs) / 1000)),
      },
      root: keep ? root : null,
    };
  } finally {
    if (!keep) removeTempProject(root);
  }
}
