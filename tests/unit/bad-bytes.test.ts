/**
 * Bad bytes in a source: invalid UTF-8 found in one pass, and invisible
 * control or format characters refused with their line (or removed by
 * cleaning, for the harmless zero-width ones) — never published.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanSource } from '../../scripts/lib/ingest/clean.ts';
import { IngestError } from '../../scripts/lib/ingest/errors.ts';
import { decodeSource, firstInvalidUtf8 } from '../../scripts/lib/ingest/read.ts';
import { makeTempContent, removeTempProject } from '../../scripts/lib/temp-project.ts';
import { runIngest, treeHash } from '../helpers/project.ts';

const SOURCE = readFileSync('content/sources/key-work-2023.txt', 'utf8');

/** Characters cleaning removes, and characters the reader refuses (a sample of each class). */
const REMOVED = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff'];
const REFUSED = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u061c',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufff9',
  '\u{e0041}',
];

/** The 1-based line of an offset, counted here independently of the code under test. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('invalid UTF-8', () => {
  it('is found in one pass: 10 MB with one bad byte at the end in well under 2 s, naming its line', () => {
    const line = 'a'.repeat(99) + '\n';
    const body = Buffer.from(line.repeat(100_000) + '中文');
    const bytes = Buffer.concat([body, Buffer.from([0xc3])]);
    const started = performance.now();
    expect(() => decodeSource('big.txt', bytes)).toThrow(/^big\.txt:100001: This file is not valid UTF-8 \(byte 10000006\)/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('agrees with the platform decoder on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary', maxLength: 16 }), (noise, good) => {
        const bytes = Buffer.concat([Buffer.from(good), noise]);
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const offset = firstInvalidUtf8(bytes);
        expect(offset === bytes.length).toBe(valid);
        if (!valid) {
          // Everything before the reported byte decodes; the reported byte starts a sequence the decoder refuses.
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, offset))).not.toThrow();
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('hidden characters', () => {
  it.each(REFUSED.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))('%s is refused with its line', (code, c) => {
    const at = SOURCE.indexOf('4. 持续完善') + 3;
    const text = SOURCE.slice(0, at) + c + SOURCE.slice(at);
    expect(() => decodeSource('x.txt', Buffer.from(text))).toThrow(new RegExp(`^x\\.txt:${lineAt(text, at)}: This line holds ${code.replace('+', '\\+')}`));
  });

  it('random insertions are either refused at the first one, naming its line, or cleaned away entirely', () => {
    const hidden = fc.constantFrom(...REMOVED, ...REFUSED);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(SOURCE.length - 1), hidden), { minLength: 1, maxLength: 6 }), (insertions) => {
        let text = SOURCE;
        for (const [at, c] of [...insertions].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + c + text.slice(at);
        if (text.startsWith('\ufeff')) text = `x${text}`; // a leading U+FEFF is the byte-order-mark case, tested elsewhere
        const firstRefused = [...text].findIndex((c) => REFUSED.includes(c));
        try {
          const decoded = decodeSource('x.txt', Buffer.from(text));
          expect(firstRefused).toBe(-1);
          expect(
            [
              ...cleanSource(decoded)
                .map((l) => l.text)
                .join('\n'),
            ].filter((c) => REMOVED.includes(c)),
          ).toEqual([]);
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
          const offset = [...text].slice(0, firstRefused).join('').length;
          expect((error as IngestError).line).toBe(lineAt(text, offset));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('through ingestion', () => {
  let root: string;
  beforeEach(() => {
    root = makeTempContent();
  });
  afterEach(() => removeTempProject(root));

  it.each([
    ['a NUL byte', '\u0000', 'U+0000'],
    ['a right-to-left override', '\u202e', 'U+202E'],
    ['a line separator', '\u2028', 'U+2028'],
  ])('%s: exit 1, file:line, content/ unchanged', async (_name, c, code) => {
    const file = path.join(root, 'content/sources/key-work-2023.txt');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('11. 持续推进') + 4;
    writeFileSync(file, text.slice(0, at) + c + text.slice(at));
    const before = treeHash(path.join(root, 'content/items'));
    const result = await runIngest(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`content/sources/key-work-2023.txt:${lineAt(text, at)}: This line holds ${code}`);
    expect(treeHash(path.join(root, 'content/items'))).toBe(before);
  });

  it('a YAML syntax error in a registry names the file, line and column', async () => {
    const file = path.join(root, 'content/registry/pillars.yml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n- { slug: broken\n`);
    const result = await runIngest(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/content\/registry\/pillars\.yml:\d+: This YAML does not parse \(column \d+\)/);
  });

  it('an alias bomb in metadata is refused by name, not expanded', async () => {
    const file = path.join(root, 'content/sources/key-work-2023.yml');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)];
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${bomb.join('\n')}\n`);
    const result = await runIngest(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/sources/key-work-2023.yml: This YAML expands too far');
  });
});
