/**
 * Every line of a source is accounted for: items numbered in the form the
 * metadata names are taken, and a line that looks like an item number in any
 * other form, a document that yields no items, or a mistyped last number
 * stops ingestion with file:line — never a silent drop with exit 0.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempContent, removeTempProject } from '../../scripts/lib/temp-project.ts';
import { runIngest, treeHash } from '../helpers/project.ts';

let root: string;
beforeEach(() => {
  root = makeTempContent();
});
afterEach(() => removeTempProject(root));

const SOURCE = 'content/sources/key-work-2023.txt';
const META = 'content/sources/key-work-2023.yml';
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
/** Rewrites every item number `N. ` at a line start with `form(N)`. */
const renumber = (form: (n: string) => string) =>
  write(
    SOURCE,
    read(SOURCE).replace(/^(\d{1,3})\. /gm, (_m, n: string) => form(n)),
  );
const setNumbering = (value: string) => write(META, `${read(META)}itemNumbering: "${value}"\n`);
/** The item numbers ingestion wrote for the document, in order. */
const itemsWritten = () =>
  read('content/documents/key-work-2023.yml')
    .split('\n')
    .filter((l) => l.includes('slug:'))
    .map((l) => l.replace(/.*slug: /, '').replace(/["']/g, ''));

async function fails(): Promise<string> {
  const before = treeHash(path.join(root, 'content/items'));
  const result = await runIngest(root);
  expect(result.code).toBe(1);
  expect(treeHash(path.join(root, 'content/items'))).toBe(before);
  return result.stderr.split('\n')[1]!;
}

describe('item numbering forms', () => {
  it.each([
    ['1、', (n: string) => `${n}、`],
    ['1．', (n: string) => `${n}．`],
    ['1． written with full-width digits', (n: string) => `${[...n].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('')}．`, '1．'],
    ['(1)', (n: string) => `(${n})`],
    ['（1）', (n: string) => `（${n}）`, '(1)'],
  ])('%s is taken when the metadata names it, with all 23 items', async (_name, form, setting = _name) => {
    renumber(form);
    setNumbering(setting);
    const result = await runIngest(root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(itemsWritten()).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
  });

  it.each([
    ['1、', (n: string) => `${n}、`],
    // Cleaning makes a bracket next to Chinese text full-width, and the message quotes the cleaned line.
    ['(1）', (n: string) => `(${n})`],
    ['1．', (n: string) => `${n}．`],
  ])('%s without the metadata saying so stops at the first item, naming its line', async (shown, form) => {
    renumber(form);
    expect(await fails()).toMatch(
      new RegExp(
        `^content/sources/key-work-2023\\.txt:7: This line starts like item number 1 \\("${shown.replace(/[()]/g, '\\$&')}"\\), but the next item here is 1, numbered like "1\\."`,
      ),
    );
  });

  it('a document with no numbers at all is refused, not published with 0 items', async () => {
    write(SOURCE, read(SOURCE).replace(/^(\d{1,3})\. /gm, ''));
    expect(await fails()).toMatch(/^content\/sources\/key-work-2023\.txt: No items were found: this document's metadata says it has items numbered like "1\."/);
  });

  it.each([
    ['23、', '23、'],
    ['1000.', '1000.'],
  ])('a mistyped last number (%s) is refused at its line, not turned into closing text', async (typo) => {
    write(SOURCE, read(SOURCE).replace(/^23\. /m, typo));
    expect(await fails()).toMatch(
      new RegExp(
        `^content/sources/key-work-2023\\.txt:65: This line starts like item number ${typo.replace(/\D/g, '')} \\("${typo.replace('.', '\\.')}"\\), but the next item here is 23`,
      ),
    );
  });
});
