/**
 * Re-running ingestion with its cache (.ingest-cache/): the output is always
 * the bytes a clean run of the same input writes, only changed files are
 * touched, a registry change or a damaged cache is noticed, and bad input
 * still fails with its file and line, leaving content/ as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, writeContent } from '../../scripts/lib/ingest/write.ts';
import { makeTempContent, removeTempProject } from '../../scripts/lib/temp-project.ts';
import { runIngest, treeHash } from '../helpers/project.ts';

/** The project ingested again and again with its cache, and one ingested afresh each time. */
let cached: string;
let clean: string;
beforeAll(async () => {
  cached = makeTempContent();
  clean = makeTempContent();
  expect((await runIngest(cached)).code).toBe(0);
});
afterAll(() => {
  removeTempProject(cached);
  removeTempProject(clean);
});

const SOURCES = ['arrangement-2018', 'key-work-2023', 'work-list-2024-2028', 'beijing-reply-0771'];
const original = new Map(SOURCES.map((id) => [id, readFileSync(`content/sources/${id}.txt`, 'utf8')]));
const sourceFile = (root: string, id: string) => path.join(root, 'content/sources', `${id}.txt`);

/** Writes the same source text into both projects. */
function setSource(id: string, text: string): void {
  for (const root of [cached, clean]) writeFileSync(sourceFile(root, id), text);
}

/** What a clean run makes of the `clean` project's input: no cache, no earlier output. */
async function cleanRun(): Promise<{ code: number; stderr: string; files: Map<string, string> }> {
  for (const dir of ['.ingest-cache', 'content/items', 'content/documents']) rmSync(path.join(clean, dir), { recursive: true, force: true });
  const { code, stderr } = await runIngest(clean);
  return { code, stderr, files: readContent(path.join(clean, 'content')) };
}

/** Modification times of every generated file. */
function mtimes(root: string): Map<string, number> {
  const files = readContent(path.join(root, 'content'));
  return new Map([...files.keys()].map((file) => [file, statSync(path.join(root, 'content', file)).mtimeMs]));
}

/** Offsets just after each printed item number (`1.`, `1、`, …) at the start of a line. */
function itemStarts(text: string): number[] {
  return [...text.matchAll(/^\s*\d+[.、．]\s*/gmu)].map((m) => m.index + m[0].length);
}

describe('ingestion with its cache', () => {
  it('after one item changes, writes the bytes a clean run writes, touching only the files that differ', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SOURCES.filter((id) => itemStarts(original.get(id)!).length)),
        fc.nat(),
        fc.constantFrom('新', '澳门', '中医药', '合作', 'UN'),
        async (id, pick, insert) => {
          const text = original.get(id)!;
          const starts = itemStarts(text);
          const at = starts[pick % starts.length]!;
          const before = readContent(path.join(cached, 'content'));
          const beforeTimes = mtimes(cached);
          setSource(id, text.slice(0, at) + insert + text.slice(at));

          const run = await runIngest(cached);
          const expected = await cleanRun();
          expect(run.code, run.stderr).toBe(expected.code);
          if (expected.code !== 0) {
            expect(run.stderr).toBe(expected.stderr);
            setSource(id, text);
            return;
          }
          const after = readContent(path.join(cached, 'content'));
          expect(after).toEqual(expected.files);
          // Files with the same bytes were not rewritten; the changed item was.
          const afterTimes = mtimes(cached);
          const same = [...after.keys()].filter((file) => before.get(file) === after.get(file));
          for (const file of same) expect(afterTimes.get(file), file).toBe(beforeTimes.get(file));
          expect(same.length).toBeLessThan(after.size);
          expect(run.stdout).toContain(`; ${after.size - same.length} files changed (${SOURCES.length - 1} of ${SOURCES.length} documents reused`);

          // Back to the committed text: back to the content of before.
          setSource(id, text);
          expect((await runIngest(cached)).code).toBe(0);
          expect(readContent(path.join(cached, 'content'))).toEqual(before);
        },
      ),
      { numRuns: 6 },
    );
    expect(treeHash(path.join(cached, 'content/items'))).toBe(treeHash('content/items'));
  });

  it('notices a registry change: the places of cached documents follow the new term', async () => {
    const registry = 'content/registry/places.yml';
    const withTerm = readFileSync(registry, 'utf8').replace(/^terms:\n/m, 'terms:\n  - { term: 中医药, places: [eu] }\n');
    expect((await runIngest(cached)).code).toBe(0);
    const before = readContent(path.join(cached, 'content'));
    for (const root of [cached, clean]) writeFileSync(path.join(root, registry), withTerm);

    const run = await runIngest(cached);
    const expected = await cleanRun();
    expect(run.code, run.stderr).toBe(0);
    const after = readContent(path.join(cached, 'content'));
    expect(after).toEqual(expected.files);
    // Every item that prints the new term and was not in the EU is now, and no other file changed.
    const body = (text: string) => text.slice(text.indexOf('\n---\n'));
    const inEu = /^places:\n(?: {2}- .*\n)*? {2}- eu\n/m;
    const gaining = [...before].filter(([file, text]) => file.startsWith('items/') && body(text).includes('中医药') && !inEu.test(text)).map(([file]) => file);
    expect(gaining.length).toBeGreaterThan(0);
    const changed = [...after].filter(([file, text]) => before.get(file) !== text).map(([file]) => file);
    expect(changed.sort()).toEqual(gaining.sort());
    for (const file of gaining) expect(after.get(file)).toMatch(inEu);

    for (const root of [cached, clean]) writeFileSync(path.join(root, registry), readFileSync(registry));
  });

  it('treats a damaged or deleted cache as none', async () => {
    expect((await runIngest(cached)).code).toBe(0);
    const cacheFile = path.join(cached, '.ingest-cache/documents/key-work-2023.v8');
    expect(existsSync(cacheFile)).toBe(true);
    const expected = await cleanRun();
    writeFileSync(cacheFile, 'not a cache');
    const damaged = await runIngest(cached);
    expect(damaged.stdout).toContain('(3 of 4 documents reused');
    expect(readContent(path.join(cached, 'content'))).toEqual(expected.files);
    rmSync(path.join(cached, '.ingest-cache'), { recursive: true });
    const deleted = await runIngest(cached);
    expect(deleted.stdout).toContain('; 0 files changed (0 of 4 documents reused');
    expect((await runIngest(cached)).stdout).toContain('(4 of 4 documents reused');
  });

  it('still refuses bad input with its file and line, leaving content/ and the cache as they were', async () => {
    expect((await runIngest(cached)).code).toBe(0);
    const content = ['items', 'documents'].map((dir) => treeHash(path.join(cached, 'content', dir)));
    const cache = treeHash(path.join(cached, '.ingest-cache'));
    const text = original.get('key-work-2023')!;
    writeFileSync(sourceFile(cached, 'key-work-2023'), text.replace('\n3. 推动金融机构', '\n4. 推动金融机构'));
    const { code, stderr } = await runIngest(cached);
    expect(code).toBe(1);
    expect(stderr.split('\n')[1]).toMatch(/^content\/sources\/key-work-2023\.txt:11: Item 4 follows 2: item 3 is missing\./);
    expect(['items', 'documents'].map((dir) => treeHash(path.join(cached, 'content', dir)))).toEqual(content);
    expect(treeHash(path.join(cached, '.ingest-cache'))).toBe(cache);
    writeFileSync(sourceFile(cached, 'key-work-2023'), text);
  });
});

describe('writing generated files', () => {
  it('removes the files a run no longer makes, and the folders left empty, touching nothing else', () => {
    const root = makeTempContent();
    try {
      const contentDir = path.join(root, 'content');
      const files = readContent(contentDir);
      const times = mtimes(root);
      const gone = [...files.keys()].filter((file) => file.startsWith('items/beijing-reply-0771/'));
      const kept = new Map([...files].filter(([file]) => !gone.includes(file)));
      expect(gone.length).toBeGreaterThan(0);
      expect(writeContent(contentDir, kept)).toBe(gone.length);
      expect(readContent(contentDir)).toEqual(kept);
      expect(existsSync(path.join(contentDir, 'items/beijing-reply-0771'))).toBe(false);
      for (const file of kept.keys()) expect(statSync(path.join(contentDir, file)).mtimeMs, file).toBe(times.get(file));
      expect(writeContent(contentDir, kept)).toBe(0);
      expect(readdirSync(contentDir).filter((name) => name.startsWith('.tmp-ingest'))).toEqual([]);
    } finally {
      removeTempProject(root);
    }
  });
  it('puts back every file already swapped when a swap fails, and leaves no staging folder', () => {
    const root = makeTempContent();
    try {
      const contentDir = path.join(root, 'content');
      const before = readContent(contentDir);
      const times = mtimes(root);
      const [first, second] = [...before.keys()].filter((file) => file.startsWith('items/key-work-2023/'));
      // A folder where the second file must go: its swap fails after the first file's succeeded.
      rmSync(path.join(contentDir, second!));
      mkdirSync(path.join(contentDir, second!, 'blocker'), { recursive: true });
      const want = new Map(before);
      want.set(first!, `${before.get(first!)}changed\n`);
      want.set(second!, `${before.get(second!)}changed\n`);
      expect(() => writeContent(contentDir, new Map([[first!, want.get(first!)!], ...[...want].filter(([file]) => file !== first)]))).toThrow();
      expect(readFileSync(path.join(contentDir, first!), 'utf8')).toBe(before.get(first!));
      expect(statSync(path.join(contentDir, first!)).mtimeMs).toBe(times.get(first!));
      expect(existsSync(path.join(contentDir, second!, 'blocker'))).toBe(true);
      expect(readdirSync(contentDir).filter((name) => name.startsWith('.tmp-ingest'))).toEqual([]);
    } finally {
      removeTempProject(root);
    }
  });
});
