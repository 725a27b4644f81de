/**
 * Bad input: every case gives a clear error naming the file and the line, a
 * non-zero exit, and leaves content/ exactly as it was.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempContent, removeTempProject } from '../../scripts/lib/temp-project.ts';
import { runIngest, treeHash } from '../helpers/project.ts';

let root: string;
beforeEach(() => {
  root = makeTempContent();
});
afterEach(() => removeTempProject(root));

const source = (id: string) => path.join(root, 'content/sources', `${id}.txt`);
const edit = (id: string, change: (text: string) => string) => writeFileSync(source(id), change(readFileSync(source(id), 'utf8')));

/** Runs ingestion and checks the failure leaves content/ untouched; returns the message. */
async function failingRun(): Promise<string> {
  const before = treeHash(path.join(root, 'content'));
  const { code, stderr } = await runIngest(root);
  expect(code).toBe(1);
  expect(treeHash(path.join(root, 'content'))).toBe(before);
  expect(stderr).toContain('Ingestion failed, content/ is unchanged.');
  return stderr.split('\n')[1]!;
}

describe('ingestion refuses bad input', () => {
  it('an empty source', async () => {
    writeFileSync(source('key-work-2023'), '');
    expect(await failingRun()).toMatchInlineSnapshot(`"content/sources/key-work-2023.txt:1: This file is empty. Copy the document text into it."`);
  });

  it('invalid UTF-8, naming the line of the bad byte', async () => {
    const bytes = readFileSync(source('key-work-2023'));
    const at = bytes.indexOf(Buffer.from('4. 持续完善'));
    writeFileSync(source('key-work-2023'), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe]), bytes.subarray(at)]));
    expect(await failingRun()).toMatch(/^content\/sources\/key-work-2023\.txt:13: This file is not valid UTF-8/);
  });

  it('a byte order mark', async () => {
    edit('key-work-2023', (t) => `\uFEFF${t}`);
    expect(await failingRun()).toMatch(/^content\/sources\/key-work-2023\.txt:1: This file starts with a byte order mark/);
  });

  it('Windows line ends', async () => {
    edit('beijing-reply-0771', (t) => t.replace(/\n/g, '\r\n'));
    expect(await failingRun()).toMatch(/^content\/sources\/beijing-reply-0771\.txt:1: This file has Windows \(CRLF\)/);
  });

  it('a skipped item number', async () => {
    edit('key-work-2023', (t) => t.replace('\n3. 推动金融机构', '\n4. 推动金融机构'));
    expect(await failingRun()).toMatchInlineSnapshot(
      `"content/sources/key-work-2023.txt:11: Item 4 follows 2: item 3 is missing. Check the source against the published document; numbers must run without gaps."`,
    );
  });

  it('a repeated item number', async () => {
    edit('key-work-2023', (t) => t.replace('\n3. 推动金融机构', '\n2. 推动金融机构'));
    expect(await failingRun()).toMatch(/^content\/sources\/key-work-2023\.txt:11: Item 2 is repeated or out of order/);
  });

  it('an agency parenthesis that is never closed', async () => {
    edit('work-list-2024-2028', (t) => t.replace('商务部、中国贸促会） \n\n2. ', '商务部、中国贸促会 \n\n2. '));
    expect(await failingRun()).toMatch(/^content\/sources\/work-list-2024-2028\.txt:61: The parenthesis of responsible bodies of item 1 is never closed/);
  });

  it('an agency that is not in the registry', async () => {
    edit('work-list-2024-2028', (t) => t.replace('商务部、中国贸促会） \n\n2. ', '商务部、中国外星局） \n\n2. '));
    expect(await failingRun()).toMatch(/^content\/sources\/work-list-2024-2028\.txt:63: 1 responsible body is not in the agency registry:/);
  });

  it('an item with no text', async () => {
    edit('key-work-2023', (t) => t.replace(/\n11\. 持续推进[^\n]*/, '\n11.'));
    expect(await failingRun()).toMatch(/^content\/sources\/key-work-2023\.txt:31: Item 11 has no text\./);
  });

  it('a source without metadata', async () => {
    rmSync(path.join(root, 'content/sources/key-work-2023.yml'));
    expect(await failingRun()).toMatch(/^content\/sources\/key-work-2023\.txt: This source has no metadata file\./);
  });

  it('metadata with a malformed field, naming the field', async () => {
    const meta = path.join(root, 'content/sources/key-work-2023.yml');
    const text = readFileSync(meta, 'utf8');
    const line = text.split('\n').indexOf('years: [2023, 2023]') + 1;
    expect(line).toBeGreaterThan(0);
    writeFileSync(meta, text.replace('years: [2023, 2023]', 'years: [2023, 2020]'));
    expect(await failingRun()).toMatch(
      new RegExp(`^content/sources/key-work-2023\\.yml:${line}: Field \`years\` is invalid: the last year must not come before the first`),
    );
  });
});

describe('link overrides', () => {
  it('refuse an override that names no item', async () => {
    const file = path.join(root, 'content/registry/links.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('key-work-2023/9, work-list-2024-2028/8', 'key-work-2023/99, work-list-2024-2028/8'));
    expect(await failingRun()).toMatch(/^content\/registry\/links\.yml: The link override names "key-work-2023\/99", which is not an item\./);
  });
});

describe('ingestion on good input', () => {
  it('changes nothing when run again, and --check agrees', async () => {
    const before = treeHash(path.join(root, 'content'));
    expect((await runIngest(root)).code).toBe(0);
    expect(treeHash(path.join(root, 'content'))).toBe(before);
    expect((await runIngest(root, '--check')).code).toBe(0);
  });

  it('--check fails and lists the file when content is stale', async () => {
    const item = path.join(root, 'content/items/key-work-2023/1.mdx');
    writeFileSync(item, readFileSync(item, 'utf8').replace('巩固', '巩'));
    const { code, stderr } = await runIngest(root, '--check');
    expect(code).toBe(1);
    expect(stderr).toContain('changed: content/items/key-work-2023/1.mdx');
  });
});
