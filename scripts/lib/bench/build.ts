/**
 * Build cost by stage for a corpus of `copies` × the real documents, in a
 * temporary project; optionally the incremental cost too: one item's text
 * changed, then ingest and build again on the same caches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
  /** `astro build`, the first step of `npm run build`. */
  astroMs: number;
  /** `node scripts/index-search.ts` (Pagefind), the second step. */
  pagefindMs: number;
  astroPeakMb: number;
  searchPeakMb: number;
  /** The larger of the two steps' peaks (they never overlap). */
  buildPeakMb: number;
  pagesPerSecond: number;
  /** Ingest + build after changing one item's text (same project, caches kept); null when not measured. */
  incrementalMs: number | null;
  /** The incremental build's peak memory (MB). */
  incrementalPeakMb: number | null;
}

/**
 * Changes the text of one item: a character added after the number of the
 * first numbered item of the first source. Returns the file changed.
 */
export function changeOneItem(root: string, id: string): string {
  const file = path.join(root, 'content/sources', `${id}.txt`);
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(/^(\s*1[.、．]\s*)/mu, '$1新');
  if (changed === text) throw new Error(`${file}: no item numbered 1 to change.`);
  writeFileSync(file, changed);
  return file;
}

/**
 * Ingest then build in a project: the two steps of `npm run build` (astro
 * build, then the search index) run one after the other as it runs them, each
 * timed with its own peak memory.
 */
async function ingestAndBuild(root: string, copies: number, env: Record<string, string>) {
  const ingest = await run(root, 'npx', ['tsx', 'scripts/ingest.ts']);
  if (ingest.code !== 0) throw new Error(`ingest failed for ×${copies}: ${ingest.stderr}`);
  const astro = await run(root, 'npx', ['astro', 'build'], { SKIP_URL_LOCK: '1', ...env });
  if (astro.code !== 0) throw new Error(`astro build failed for ×${copies}: ${astro.stderr.slice(-2000)}`);
  const search = await run(root, 'npx', ['node', 'scripts/index-search.ts'], env);
  if (search.code !== 0) throw new Error(`search index failed for ×${copies}: ${search.stderr.slice(-2000)}`);
  const warnings = [astro, search].flatMap((b) => (b.stdout + b.stderr).split('\n')).filter((l) => /\[WARN\]|\bwarning\b/i.test(l));
  if (warnings.length) console.warn(`×${copies}: ${warnings.length} build warning(s), e.g. ${warnings[0]}`);
  return { ingest, astro, search };
}

/**
 * Builds the corpus; with `keep`, returns the project root for further
 * measurement (caller removes it); with `incremental`, then changes one item
 * and measures ingest + build again.
 */
export async function measureBuild(copies: number, keep = false, incremental = false): Promise<{ figures: BuildFigures; root: string | null }> {
  const sources = syntheticCorpus(realSources(), copies);
  // The hand-kept link overrides are decisions about the real corpus alone; in a
  // larger corpus the linker's statistics differ and some would be stale.
  const root = makeTempProject(sources, { keepLinkOverrides: copies === 1 });
  try {
    const records = path.join(root, 'search-records.json');
    const { ingest, astro, search } = await ingestAndBuild(root, copies, { KEEP_SEARCH_RECORDS: records });
    const dist = distFigures(path.join(root, 'dist'));
    const items = Number(/Wrote content\/: (\d+) items/.exec(ingest.stdout)?.[1] ?? NaN);
    let again: Awaited<ReturnType<typeof ingestAndBuild>> | null = null;
    if (incremental) {
      changeOneItem(root, sources[0]!.id);
      again = await ingestAndBuild(root, copies, { KEEP_SEARCH_RECORDS: records });
    }
    return {
      figures: {
        copies,
        documents: sources.length,
        items,
        ...dist,
        ingestMs: ingest.ms,
        ingestPeakMb: ingest.peakRssMb,
        astroMs: astro.ms,
        pagefindMs: search.ms,
        astroPeakMb: astro.peakRssMb,
        searchPeakMb: search.peakRssMb,
        buildPeakMb: Math.max(astro.peakRssMb, search.peakRssMb),
        pagesPerSecond: Math.round(dist.pages / ((astro.ms + search.ms) / 1000)),
        incrementalMs: again ? again.ingest.ms + again.astro.ms + again.search.ms : null,
        incrementalPeakMb: again ? Math.max(again.ingest.peakRssMb, again.astro.peakRssMb, again.search.peakRssMb) : null,
      },
      root: keep ? root : null,
    };
  } finally {
    if (!keep) removeTempProject(root);
  }
}
