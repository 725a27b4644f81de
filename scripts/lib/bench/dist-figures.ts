/** Size figures of a built dist/: pages, the search index, the largest page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a dist/ weighs. */
export interface DistFigures {
  pages: number;
  /** Every file under dist/pagefind/, in KB. */
  indexKb: number;
  /** The largest HTML page, gzipped, in KB, and its path. */
  largestPageGzKb: number;
  largestPage: string;
}

/** Measures a dist/ folder. */
export function distFigures(dist: string): DistFigures {
  const files = readdirSync(dist, { recursive: true }) as string[];
  const html = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
  const index = files.filter((f) => f.startsWith('pagefind') && statSync(path.join(dist, f)).isFile());
  let largest = { f: '', kb: 0 };
  for (const f of html) {
    const full = path.join(dist, f);
    // Only pages whose raw size could make them the largest are compressed.
    if (statSync(full).size / 1024 < largest.kb) continue;
    const kb = gzipSync(readFileSync(full)).length / 1024;
    if (kb > largest.kb) largest = { f, kb };
  }
  return {
    pages: html.length,
    indexKb: Math.round(index.reduce((sum, f) => sum + statSync(path.join(dist, f)).size, 0) / 1024),
    largestPageGzKb: Math.round(largest.kb * 10) / 10,
    largestPage: `/${largest.f.replace(/index\.html$/, '')}`,
  };
}
