/** `npm run ingest -- --dry-run <file>` shows what a new document would become and writes nothing. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempContent, removeTempProject } from '../../scripts/lib/temp-project.ts';
import { runIngest, treeHash } from '../helpers/project.ts';

let root: string;
beforeEach(() => {
  root = makeTempContent();
});
afterEach(() => removeTempProject(root));

it('prints headings, every item with its first words, bodies and places, and writes nothing', async () => {
  // A new document staff are preparing, outside content/sources/: the 2023 list renumbered 1、 2、 …
  const drafts = path.join(root, 'drafts');
  mkdirSync(drafts);
  // (相关国家和地区 is decided per item in the place registry, and a new document has no decisions yet.)
  const text = readFileSync('content/sources/key-work-2023.txt', 'utf8')
    .replace(/^(\d{1,3})\. /gm, '$1、')
    .replace(/相关国家和地区/g, '葡语国家');
  writeFileSync(path.join(drafts, 'key-work-2024.txt'), text);
  const meta = readFileSync('content/sources/key-work-2023.yml', 'utf8').replace('id: key-work-2023', 'id: key-work-2024').replace('order: 2', 'order: 9');
  writeFileSync(path.join(drafts, 'key-work-2024.yml'), `${meta}itemNumbering: 1、\n`);
  const before = treeHash(path.join(root, 'content'));
  const result = await runIngest(root, '--dry-run', path.join(drafts, 'key-work-2024.txt'));
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(treeHash(path.join(root, 'content'))).toBe(before);
  const lines = result.stdout.split('\n');
  expect(lines[0]).toBe('key-work-2024: 实施《关于支持澳门全面参与和助力“一带一路”建设的安排》2023年重点工作');
  expect(lines[1]).toContain('23 items');
  expect(lines).toContain('# 一、金融领域合作');
  // Every item of the source, in order, with the first words of its text.
  // (its opening ideographs: cleaning may change the punctuation after them).
  const sourceItems = [...text.matchAll(/^(\d+)、(\p{Script=Han}{1,6})/gmu)].map((m) => [m[1]!, m[2]!] as const);
  expect(sourceItems).toHaveLength(23);
  for (const [number, words] of sourceItems) expect(result.stdout).toMatch(new RegExp(`^ +${number} {2}${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
  expect(result.stdout).toContain('places lusophone');
  expect(result.stdout.trim().endsWith('Dry run: nothing was written.')).toBe(true);
});

it('says how to call it when the file is missing', async () => {
  const result = await runIngest(root, '--dry-run');
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Usage: npm run ingest -- --dry-run <path/to/document.txt>');
});
