/**
 * Links to items stand alone: on every built page, in both scripts, no two
 * links to different items share an accessible name, and on the list pages
 * (documents, pillars, places, years, agencies, lineage) the name says the
 * document, the number and the opening words, the same name site-wide.
 */
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/html.ts';
import { builtPages } from './browser.ts';

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

const ITEM_URL = /^\/zh-han[st]\/[a-z0-9-]+\/[a-z0-9-]+\/$/;
const NOT_ITEMS = new Set(['agencies', 'places', 'pillars', 'years', 'overview', 'search']);

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

/** The accessible name of a link as the accessibility tree computes it for these pages: aria-label, else its text. */
function nameOf(node: Node): string {
  const label = attr(node, 'aria-label');
  if (label) return label.trim();
  const text = (n: Node): string =>
    n.nodeName === '#text' ? (n.value ?? '') : attr(n, 'aria-hidden') === 'true' ? '' : (n.childNodes ?? []).map(text).join('');
  return text(node)
    .replace(/[ \t\n\r]+/g, ' ')
    .trim();
}

/** Every link to an item page on a built page: [accessible name, URL]. */
function itemLinks(path: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: Node) => {
    // A hidden subtree (the lineage map's drawing, whose table carries the same links) is not in the accessibility tree.
    if (attr(node, 'aria-hidden') === 'true') return;
    const href = node.nodeName === 'a' ? attr(node, 'href') : undefined;
    if (href && ITEM_URL.test(href) && !NOT_ITEMS.has(href.split('/')[2]!)) out.push([nameOf(node), href]);
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parse(readPage(path)));
  return out;
}

const pages = builtPages().filter((p) => /^\/zh-han[st]\//.test(p));
const listPages = pages.filter((p) =>
  /^\/zh-han[st]\/(?:(?:pillars|places|years|agencies)\/[^/]+\/|overview\/lineage\/|(?!pillars|places|years|agencies|overview|search)[a-z0-9-]+\/)$/.test(p),
);

/** Names that lead to more than one URL, in a list of links. */
function clashes(links: [string, string][]): string[] {
  const urls = new Map<string, Set<string>>();
  for (const [name, url] of links) urls.set(name, (urls.get(name) ?? new Set()).add(url));
  return [...urls].filter(([, set]) => set.size > 1).map(([name, set]) => `"${name}" → ${[...set].join(', ')}`);
}

describe('links to items', () => {
  it('are checked on the list pages of both scripts', () => {
    expect(listPages.length).toBeGreaterThan(100);
    expect(listPages).toContain('/zh-hant/places/BR/');
    expect(listPages).toContain('/zh-hans/work-list-2024-2028/');
  });

  it('never share a name while leading to different items on one page', () => {
    const bad = pages.flatMap((p) => clashes(itemLinks(p)).map((c) => `${p}: ${c}`));
    expect(bad).toEqual([]);
  });

  it('have one name per item across every list page, naming its document, number and opening words', () => {
    const all = listPages.flatMap(itemLinks);
    expect(all.length).toBeGreaterThan(1000);
    expect(clashes(all)).toEqual([]);
    const names = new Map(all.map(([name, url]) => [url, name]));
    expect(names.get('/zh-hans/work-list-2024-2028/14/')).toMatch(/^(?:单独打开)?2024—2028年《清单》第14条\u3000充分发挥中葡合作发展基金的作用$/);
    expect([...new Set(all.filter(([, url]) => url === '/zh-hant/beijing-reply-0771/section-2/').map(([n]) => n.replace(/^單獨開啟/, '')))]).toEqual([
      '北京市答覆意見第二部分\u3000關於加大投資引資、拓寬合作領域',
    ]);
  });
});
