/**
 * The peer: Starlight built on the same documents (`../shared/peers/starlight`,
 * see its README), copied to a temporary folder, installed and built ×1 and
 * ×50 in the same run as this site, so the ratios compare like with like.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch } from '../browser/chromium.ts';
import { removeTempProject, run } from '../temp-project.ts';
import { distFigures, type DistFigures } from './dist-figures.ts';
import { measurePeerSearch, servePeer, type PeerSearchFigures } from './peer-search.ts';

/** Where the peer is kept, beside the project. */
export const PEER_DIR = path.resolve('../shared/peers/starlight');

/** One build of the peer. */
export interface PeerFigures extends DistFigures {
  copies: number;
  buildMs: number;
  buildPeakMb: number;
  /** Its search, timed as this site's with the same queries, when queries were given. */
  search: PeerSearchFigures | null;
}

/**
 * Installs the peer once, then builds it for each corpus size; with
 * `queries`, times its search in Chromium on each build with `queries(copies)`.
 */
export async function measurePeer(sizes: number[], queries?: (copies: number) => readonly string[]): Promise<PeerFigures[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'peer-starlight-'));
  try {
    cpSync(PEER_DIR, root, { recursive: true });
    const install = await run(root, 'npm', ['install', '--no-audit', '--no-fund']);
    if (install.code !== 0) throw new Error(`peer: npm install failed: ${install.stderr.slice(-1000)}`);
    const figures: PeerFigures[] = [];
    for (const copies of sizes) {
      const gen = await run(root, 'npm', ['exec', '--', 'node', 'gen.mjs', String(copies - 1)], { SEEDS: path.resolve('../shared/seeds') });
      if (gen.code !== 0) throw new Error(`peer: gen.mjs failed: ${gen.stderr.slice(-1000)}`);
      removeTempProject(path.join(root, 'dist'));
      const build = await run(root, 'npm', ['run', 'build']);
      if (build.code !== 0) throw new Error(`peer: build ×${copies} failed: ${build.stderr.slice(-1000)}`);
      let searched: PeerSearchFigures | null = null;
      if (queries) {
        const [server, browser] = await Promise.all([servePeer(path.join(root, 'dist')), launch()]);
        try {
          searched = await measurePeerSearch(browser, server.url, queries(copies));
        } finally {
          await browser.close();
          await server.close();
        }
      }
      figures.push({ copies, buildMs: build.ms, buildPeakMb: build.peakRssMb, ...distFigures(path.join(root, 'dist')), search: searched });
    }
    return figures;
  } finally {
    removeTempProject(root);
  }
}
