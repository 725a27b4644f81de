/** The one lister of a built site's pages (src/integrations/built-pages.ts), and the URL lock's list built on it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages } from '../../src/integrations/built-pages.ts';
import { builtUrls } from '../../src/integrations/url-lock.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'bri-dist-'));
const files = [
  'index.html',
  '404.html',
  'zh-hans/index.html',
  'zh-hans/agencies/mofcom/index.html',
  'zh-hant/search/index.html',
  'pagefind/zh-hans/fragment/a.html',
  'pagefind/pagefind.js',
  'data/items.json',
  'data/items/arrangement-2018/1.json',
  '_astro/site.css',
  'robots.txt',
];
for (const f of files) {
  mkdirSync(path.join(dist, path.dirname(f)), { recursive: true });
  writeFileSync(path.join(dist, f), '');
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('built pages', () => {
  it('lists every HTML page as its URL path, sorted, without Pagefind’s files', () => {
    expect(builtPages(dist)).toEqual(['/', '/404.html', '/zh-hans/', '/zh-hans/agencies/mofcom/', '/zh-hant/search/']);
  });
  it('gives the URL lock those pages but the 404 page, with the open-data files', () => {
    return expect(builtUrls(dist)).resolves.toEqual([
      '/',
      '/data/items.json',
      '/data/items/arrangement-2018/1.json',
      '/zh-hans/',
      '/zh-hans/agencies/mofcom/',
      '/zh-hant/search/',
    ]);
  });
});
