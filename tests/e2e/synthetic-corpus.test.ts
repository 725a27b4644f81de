/**
 * One temporary build of a corpus other than the real one: three synthetic
 * copies of the real documents (scripts/lib/bench/synthetic.ts) and a
 * document of hostile strings (tests/helpers/hostile-source.ts).
 *
 * Lists that don't grow with the corpus (src/lib/pagination.ts): the copies
 * make a year's list and the lineage map take two pages. Expectations are
 * worked out from the open data the build publishes, not from the page code.
 *
 * Documents are text: the hostile strings, taken through ingestion, the Astro
 * build and a browser, are shown exactly as written in both scripts, and
 * nothing runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../scripts/lib/bench/synthetic.ts';
import { makeTempProject, realSources } from '../../scripts/lib/temp-project.ts';
import type { OpenData } from '../../src/lib/open-data.ts';
import { MAP_DOCUMENTS, PAGE_SIZE } from '../../src/lib/pagination.ts';
import { axeViolations, watchConsole } from './browser.ts';
import { buildTempSite, type TempSite } from '../helpers/temp-site.ts';
import { hostileSource, itemText, samples } from '../helpers/hostile-source.ts';
import { toTraditional } from '../../src/registry/conversion.ts';
import { withoutStyleScopes } from '../helpers/html.ts';

let root: string;
let site: TempSite;
let data: OpenData;
beforeAll(async () => {
  root = makeTempProject([...syntheticCorpus(realSources(), 3), hostileSource()], { keepLinkOverrides: false });
  site = await buildTempSite(root);
  data = JSON.parse(readFileSync(path.join(root, 'dist/data/items.json'), 'utf8')) as OpenData;
});
afterAll(() => site?.close());

/** A built page's HTML, without Astro's style-scope marks (tests/helpers/html.ts). */
const html = (p: string) => withoutStyleScopes(readFileSync(path.join(root, 'dist', p, 'index.html'), 'utf8'));
/** Every item a list page shows, in page order: the first link of each entry of its item lists. */
const itemLinks = (p: string) =>
  [...html(p).matchAll(/<ul class="item-list">([\s\S]*?)<\/ul>/g)].flatMap((list) =>
    [...list[1]!.matchAll(/<li[^>]*>\s*<a href="([^"]+)"/g)].map((m) => m[1]!),
  );
/** Follows the pager's rel="next" from page 1 to the last page; every page's path. */
function pagesFrom(first: string): string[] {
  const pages = [first];
  for (let next = /<a href="([^"]+)" rel="next"/.exec(html(first))?.[1]; next; next = /<a href="([^"]+)" rel="next"/.exec(html(next))?.[1]) pages.push(next);
  return pages;
}

describe('long lists over pages', () => {
  it('lists every item of a year once, in document order, over pages of at most PAGE_SIZE, page 1 at the URL it always had', () => {
    // The latest year any document covers: where an open-ended span (2018年起) stops counting.
    const latest = Math.max(...data.documents.map((d) => d.years[1] ?? d.years[0]));
    const covers = (years: [number, number | null], y: number) => years[0] <= y && y <= (years[1] ?? Math.max(years[0], latest));
    const expected = data.items.filter((i) => covers(i.years, 2024)).map((i) => i.urls['zh-Hans']);
    expect(expected.length).toBeGreaterThan(PAGE_SIZE);
    const pages = pagesFrom('/zh-hans/years/2024/');
    expect(pages).toEqual(
      Array.from({ length: Math.ceil(expected.length / PAGE_SIZE) }, (_, i) => (i === 0 ? '/zh-hans/years/2024/' : `/zh-hans/years/2024/${i + 1}/`)),
    );
    const lists = pages.map(itemLinks);
    expect(lists.every((l) => l.length <= PAGE_SIZE)).toBe(true);
    expect(lists.flat()).toEqual(expected);
    // The twins list the same items: Traditional, and Portuguese (links to the Simplified pages).
    expect(pages.map((p) => itemLinks(p.replace('/zh-hans/', '/zh-hant/'))).flat()).toEqual(expected.map((u) => u.replace('/zh-hans/', '/zh-hant/')));
    expect(itemLinks('/pt/years/2024/2/')).toEqual(lists[1]);
  });

  it('draws the lineage map over pages of MAP_DOCUMENTS documents, and its text version lists every linked item once', () => {
    const pages = pagesFrom('/zh-hans/overview/lineage/');
    expect(pages.length).toBe(Math.ceil(data.documents.length / MAP_DOCUMENTS));
    for (const p of pages) expect([...html(p).matchAll(/class="column-label"/g)].length).toBeLessThanOrEqual(MAP_DOCUMENTS);
    const rows = pages.flatMap((p) => [...html(p).matchAll(/<th scope="row"><a href="([^"]+)"/g)].map((m) => m[1]));
    expect(rows).toEqual(data.items.filter((i) => i.related.length > 0).map((i) => i.urls['zh-Hans']));
  });

  it('later pages pass axe-core, read without JavaScript, and say where they stand in both scripts and in Portuguese', async () => {
    for (const [p, says] of [
      ['/zh-hans/years/2024/2/', '第 2 页'],
      ['/zh-hant/years/2024/2/', '第 2 頁'],
      ['/pt/years/2024/2/', 'Página 2 de'],
      ['/zh-hans/overview/lineage/2/', '第 2 页'],
    ] as const) {
      // Without JavaScript: the page, where it stands and its pager are all there.
      const still = await site.browser.newContext({ javaScriptEnabled: false });
      const bare = await still.newPage();
      const response = await bare.goto(`${site.url}${p}`);
      expect(response?.status(), p).toBe(200);
      expect(await bare.locator('nav[aria-label] [aria-current="page"]').last().textContent(), p).toBe('2');
      expect(await bare.locator('main').textContent(), p).toContain(says);
      await still.close();
      // With it: axe-core finds nothing, and the console stays empty.
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const errors = watchConsole(page);
      await page.goto(`${site.url}${p}`, { waitUntil: 'load' });
      expect(await axeViolations(page), p).toEqual([]);
      expect(errors, p).toEqual([]);
      await context.close();
    }
  });
});

describe('hostile text in a document', () => {
  it('is stored escaped, and reads back as written', async () => {
    const { mdxToParagraphs } = await import('../../src/lib/mdx-text.ts');
    samples.forEach((s, i) => {
      const mdx = readFileSync(path.join(root, 'content/items/hostile-test', `${i + 1}.mdx`), 'utf8');
      const body = mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
      expect(body).not.toContain('<script>');
      expect(mdxToParagraphs(body)).toEqual([itemText(s)]);
    });
  });

  it.each(['zh-hans', 'zh-hant'] as const)('is shown as text on every item page (%s) and nothing runs', async (script) => {
    const page = await site.browser.newPage();
    const messages = watchConsole(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (const [i, s] of samples.entries()) {
      await page.goto(`${site.url}/${script}/hostile-test/${i + 1}/`);
      const shown = await page.textContent('.item-text');
      const want = script === 'zh-hans' ? itemText(s) : toTraditional(itemText(s));
      expect(shown?.trim()).toBe(want);
      expect(await page.$$eval('.item-text *', (nodes) => nodes.map((n) => n.tagName))).toEqual(['P']);
    }
    await page.goto(`${site.url}/${script}/hostile-test/`);
    expect(await page.$$eval('main script, main img, main b, main em', (n) => n.length)).toBe(0);
    expect(dialogs).toBe(0);
    expect(messages).toEqual([]);
    await page.close();
  });
});
