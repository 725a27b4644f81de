/**
 * Documents are text: arbitrary strings (MDX, HTML, script, entities), put
 * into a source and taken through ingestion, the Astro build and a browser,
 * are shown exactly as written in both scripts, and nothing runs.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempProject } from '../../scripts/lib/temp-project.ts';
import { toTraditional } from '../../src/registry/conversion.ts';
import { watchConsole } from './browser.ts';
import { buildTempSite, type TempSite } from '../helpers/temp-site.ts';

const TOKENS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '{alert(3)}',
  '{/* c */}',
  '<b>bold</b>',
  '*em*',
  '_u_',
  '# h',
  '[a](javascript:alert(4))',
  '&amp;',
  '&#60;',
  '&lt;b&gt;',
  '`code`',
  '~~s~~',
  '| t |',
  '\\',
  '"',
  "'",
  '</p>',
  '<!--',
  '-->',
  'export const x = 1',
  'import y from "z"',
  'www.example.com',
  'a@b.c',
  ':::',
  '$$',
  'x',
  '1',
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary-ascii', maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map((parts) =>
    [...parts.join(' ')]
      .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c))
      .join('')
      .replace(/ {2,}/g, ' ')
      .trim(),
  )
  .filter((s) => s.length > 0);
const samples = fc.sample(hostile, { numRuns: 24, seed: 20261124 });
// Each item's text: a Chinese lead-in, then the hostile string after a Latin letter and a space,
// so cleaning (which only touches text next to Chinese) leaves the string as it is.
const itemText = (s: string) => `内容：x ${s}`;

const META = `id: hostile-test
order: 1
seed: generated
title: { full: 测试文件, short: null }
translatedTitle: { pt: Documento de teste, en: Test document, sources: { pt: descriptive, en: descriptive } }
label: 测试文件
issuers: [测试]
date: null
years: [2024, 2024]
kind: work-list
agencyStyle: none
structure: numbered-items
`;

let root: string;
let site: TempSite;
let server: { url: string };
let browser: Browser;
beforeAll(async () => {
  const text = ['测试文件', '', '一、机制安排', '', ...samples.flatMap((s, i) => [`${i + 1}. ${itemText(s)}`, ''])].join('\n');
  root = makeTempProject([{ id: 'hostile-test', text, meta: META }], { keepLinkOverrides: false });
  site = await buildTempSite(root);
  server = site;
  browser = site.browser;
});
afterAll(() => site?.close());

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
    const page = await browser.newPage();
    const messages = watchConsole(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (const [i, s] of samples.entries()) {
      await page.goto(`${server.url}/${script}/hostile-test/${i + 1}/`);
      const shown = await page.textContent('.item-text');
      const want = script === 'zh-hans' ? itemText(s) : toTraditional(itemText(s));
      expect(shown?.trim()).toBe(want);
      expect(await page.$$eval('.item-text *', (nodes) => nodes.map((n) => n.tagName))).toEqual(['P']);
    }
    await page.goto(`${server.url}/${script}/hostile-test/`);
    expect(await page.$$eval('main script, main img, main b, main em', (n) => n.length)).toBe(0);
    expect(dialogs).toBe(0);
    expect(messages).toEqual([]);
    await page.close();
  });
});
