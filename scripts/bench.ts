/**
 * `npm run bench`: speed and size, measured on this machine, printed as
 * tables and written to bench/results.json. Builds run in temporary copies
 * of the project (the real content/ and dist/ are never touched):
 *   1. build time by stage and peak memory for the real corpus, ×10 and ×50;
 *   2. page weight per page type and requests before interaction;
 *   3. search latency, bytes fetched, index size per script;
 *   4. Lighthouse on the home, an item and the search page.
 * `npm run bench -- --quick` skips ×50 and Lighthouse; `-- --peer` also
 * builds Starlight on the same documents (scripts/lib/bench/peer.ts) ×1 and
 * ×50 in the same run and prints this site's figures as ratios of its.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serve } from './serve.ts';
import { launch } from './lib/browser/chromium.ts';
import { measureBuild, type BuildFigures } from './lib/bench/build.ts';
import { measurePeer, type PeerFigures } from './lib/bench/peer.ts';
import { runLighthouse } from './lib/bench/lighthouse.ts';
import { measurePageWeight } from './lib/bench/page-weight.ts';
import { BENCH_QUERIES, measureSearch, SCALE_QUERIES } from './lib/bench/search.ts';
import { removeTempProject } from './lib/temp-project.ts';

const quick = process.argv.includes('--quick');
const peer = process.argv.includes('--peer');

function table(rows: Record<string, string | number>[]): string {
  const keys = Object.keys(rows[0] ?? {});
  const width = (k: string) => Math.max(k.length, ...rows.map((r) => String(r[k]).length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width(keys[i]!))).join(' | ')} |`;
  return [line(keys), line(keys.map((k) => '-'.repeat(width(k)))), ...rows.map((r) => line(keys.map((k) => String(r[k]))))].join('\n');
}

/** KB by kind, largest first: `metadata 69.9, wasm 54.1, …`. */
function byKind(kb: Record<string, number>): string {
  return Object.entries(kb)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

async function main(): Promise<void> {
  // 1. Build cost: the real corpus is kept for the measurements that follow.
  const real = await measureBuild(1, true);
  const builds: BuildFigures[] = [real.figures];
  const scales = quick ? [10] : [10, 50];
  // The largest corpus is kept too: search is measured on it with queries its replicas share.
  let largest: { copies: number; root: string } | null = null;
  for (const copies of scales) {
    // The incremental cost (one item changed) is measured on the largest corpus, where it matters.
    const built = await measureBuild(copies, copies === scales.at(-1), copies === scales.at(-1));
    builds.push(built.figures);
    if (built.root) largest = { copies, root: built.root };
  }
  console.log(`\nBuild by stage (ms), peak memory (MB) — ${new Date().toISOString()}, ${process.version}\n`);
  console.log(
    table(
      builds.map((b) => ({
        corpus: `×${b.copies}`,
        documents: b.documents,
        items: b.items,
        pages: b.pages,
        'ingest ms': b.ingestMs,
        'astro ms': b.astroMs,
        'pagefind ms': b.pagefindMs,
        'pages/s': b.pagesPerSecond,
        'ingest MB': b.ingestPeakMb,
        'astro MB': b.astroPeakMb,
        'search MB': b.searchPeakMb,
        'index KB': b.indexKb,
        'largest page gz KB': `${b.largestPageGzKb} ${b.largestPage}`,
        'incremental ms':
          b.incrementalMs === null ? '' : `${b.incrementalMs} (${Math.round((100 * b.incrementalMs) / (b.ingestMs + b.astroMs + b.pagefindMs))}%)`,
      })),
    ),
  );
  // The peer's search is timed with the queries this site's is timed with at that size.
  const peers: PeerFigures[] = peer
    ? await measurePeer(quick ? [1] : [1, 50], (copies) => (copies === 1 ? [...BENCH_QUERIES, ...SCALE_QUERIES] : SCALE_QUERIES))
    : [];
  if (peers.length) {
    console.log('\nStarlight (the peer) on the same documents, and this site as a ratio of it (ingest + build wall time)\n');
    console.log(
      table(
        peers.map((p) => {
          const own = builds.find((b) => b.copies === p.copies)!;
          const ownMs = own.ingestMs + own.astroMs + own.pagefindMs;
          return {
            corpus: `×${p.copies}`,
            'peer pages': p.pages,
            'peer ms': p.buildMs,
            'peer MB': p.buildPeakMb,
            'peer index KB': p.indexKb,
            'peer largest gz KB': p.largestPageGzKb,
            'ratio wall': (ownMs / p.buildMs).toFixed(2),
            'ratio MB': (Math.max(own.ingestPeakMb, own.buildPeakMb) / p.buildPeakMb).toFixed(2),
            'ratio index': (own.indexKb / p.indexKb).toFixed(2),
          };
        }),
      ),
    );
  }

  const root = real.root!;
  const server = await serve(path.join(root, 'dist'), 0);
  const browser = await launch();
  try {
    // 2. Page weight.
    const weights = await measurePageWeight(path.join(root, 'dist'), server.url, browser);
    console.log('\nPage weight (KB gzipped) and requests before interaction\n');
    console.log(table(weights.map((w) => ({ page: w.type, html: w.htmlKb, css: w.cssKb, js: w.jsKb, requests: w.requests }))));

    // 3. Search.
    const search = await measureSearch(browser, server.url, path.join(root, 'search-records.json'));
    console.log('\nSearch: last keystroke to first result, and to the first page shown (including the typing pause); index loaded\n');
    console.log(
      table([
        {
          'first result median ms': search.firstResultMedianMs,
          'first result worst ms': search.firstResultWorstMs,
          'page median ms': search.medianMs,
          'page worst ms': search.worstMs,
          'fragments before shown (max)': search.fragmentsMax,
          'first query KB': search.firstQueryKb,
          'second query KB': search.secondQueryKb,
          'first gz KB': search.firstQueryGzKb,
          'second gz KB': search.secondQueryGzKb,
          'index zh-hans KB': search.indexKb['zh-hans']!,
          'index zh-hant KB': search.indexKb['zh-hant']!,
        },
      ]),
    );
    console.log(`First query, gzipped KB by kind: ${byKind(search.firstQueryGzKbByKind)}`);

    // 3b. Search at scale, on the largest corpus, with queries as common there as in the real one.
    let scaled: { copies: number; search: Awaited<ReturnType<typeof measureSearch>> } | null = null;
    if (largest) {
      const big = await serve(path.join(largest.root, 'dist'), 0);
      try {
        scaled = { copies: largest.copies, search: await measureSearch(browser, big.url, path.join(largest.root, 'search-records.json'), SCALE_QUERIES) };
      } finally {
        await big.close();
      }
      console.log(`\nSearch at ×${scaled.copies} (${SCALE_QUERIES.join(' ')})\n`);
      console.log(
        table([
          {
            'first result median ms': scaled.search.firstResultMedianMs,
            'first result worst ms': scaled.search.firstResultWorstMs,
            'page median ms': scaled.search.medianMs,
            'fragments before shown (max)': scaled.search.fragmentsMax,
            'first gz KB': scaled.search.firstQueryGzKb,
            'second gz KB': scaled.search.secondQueryGzKb,
          },
        ]),
      );
      console.log(`First query, gzipped KB by kind: ${byKind(scaled.search.firstQueryGzKbByKind)}`);
    }

    // 3c. This site's search against the peer's, with the same queries in the same run.
    const versusPeer = peers.flatMap((p) => {
      const own = p.copies === 1 ? search : scaled?.copies === p.copies ? scaled.search : null;
      return own && p.search
        ? [
            {
              corpus: `×${p.copies}`,
              'first result median ms': own.firstResultMedianMs,
              'peer median ms': p.search.firstResultMedianMs,
              ratio: (own.firstResultMedianMs / p.search.firstResultMedianMs).toFixed(2),
            },
          ]
        : [];
    });
    if (versusPeer.length) {
      console.log("\nSearch, last keystroke to first result: this site and Starlight's default Pagefind search\n");
      console.log(table(versusPeer));
    }

    // 4. Lighthouse.
    const lighthouse = quick
      ? []
      : await runLighthouse(server.url, ['/zh-hans/', '/zh-hans/work-list-2024-2028/14/', '/zh-hans/search/?q=%E4%B8%AD%E5%8C%BB%E8%8D%AF']);
    if (lighthouse.length) {
      console.log('\nLighthouse\n');
      console.log(table(lighthouse.map((l) => ({ ...l }))));
    }
    mkdirSync('bench', { recursive: true });
    writeFileSync(
      'bench/results.json',
      `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, builds, peers, weights, search, scaled, lighthouse }, null, 2)}\n`,
    );
    console.log('\nWritten to bench/results.json');
  } finally {
    await browser.close();
    await server.close();
    removeTempProject(root);
    if (largest) removeTempProject(largest.root);
  }
}

await main();
