/** Page weight per page type (gzipped HTML, CSS and JS, with static imports) and requests before interaction. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** Sample pages, one per type. */
export const PAGE_TYPES: Record<string, string> = {
  home: '/zh-hant/',
  document: '/zh-hant/work-list-2024-2028/',
  item: '/zh-hant/work-list-2024-2028/14/',
  agency: '/zh-hant/agencies/sec-economy-finance/',
  place: '/zh-hant/places/lusophone/',
  'lineage map': '/zh-hant/overview/lineage/',
  search: '/zh-hant/search/',
};

/** Weight of one page type. */
export interface PageWeight {
  type: string;
  path: string;
  htmlKb: number;
  cssKb: number;
  jsKb: number;
  requests: number;
}

const gz = (bytes: Buffer | string) => gzipSync(bytes).length / 1024;
const round = (kb: number) => Math.round(kb * 10) / 10;

/** JS files a module loads before running: itself and its static imports, transitively. */
function staticModules(dist: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(path.join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!));
    staticModules(dist, target, seen);
  }
  return seen;
}

/** Measures every page type on a built site served at `baseUrl`. */
export async function measurePageWeight(dist: string, baseUrl: string, browser: Browser): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const [type, urlPath] of Object.entries(PAGE_TYPES)) {
    const html = readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    const entries = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''));
    const js = new Set(entries.flatMap((e) => [...staticModules(dist, e)]));
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${urlPath}`, { waitUntil: 'networkidle' });
    const requests = await page.evaluate(() => 1 + performance.getEntriesByType('resource').length);
    await page.close();
    out.push({
      type,
      path: urlPath,
      htmlKb: round(gz(html)),
      cssKb: round(css.reduce((s, f) => s + gz(readFileSync(path.join(dist, f))), 0)),
      jsKb: round([...js].reduce((s, f) => s + gz(readFileSync(path.join(dist, f))), 0)),
      requests,
    });
  }
  return out;
}
