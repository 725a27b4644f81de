/**
 * The one registry loader (src/registry/load.ts): it reads every file of
 * content/registry/, and a bad entry stops it with the file and the line of
 * that entry. The files under test are the real registries written out one
 * entry per line, so the line of each entry is known without the loader.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FileError } from '../../src/registry/errors.ts';
import { REGISTRY_FILES, type RegistryName } from '../../src/registry/files.ts';
import { parseRegistry, readRegistries, readRegistry } from '../../src/registry/load.ts';

const HEADER = '# written by the test, one entry per line';

/** The entries of a registry file, straight from the YAML of the repository. */
type Entry = Record<string, unknown>;

/** The real file's lists: top-level for a list file, else each named list. */
function listsOf(name: RegistryName): { key: string | null; entries: Entry[] }[] {
  const raw = parseRegistryRaw(name);
  if (Array.isArray(raw)) return [{ key: null, entries: raw as Entry[] }];
  return Object.entries(raw as Record<string, Entry[]>).map(([key, entries]) => ({ key, entries }));
}

/** The real file as plain data, without the schemas' defaults. */
function parseRegistryRaw(name: RegistryName): unknown {
  return parseYaml(readFileSync(REGISTRY_FILES[name].file, 'utf8'));
}

/** Writes lists one entry per line (JSON is YAML) and returns the text and the line of every entry. */
function writeOnePerLine(lists: { key: string | null; entries: Entry[] }[]): { text: string; lineOf: Map<string, number> } {
  const lines = [HEADER];
  const lineOf = new Map<string, number>();
  for (const { key, entries } of lists) {
    if (key !== null) lines.push(entries.length ? `${key}:` : `${key}: []`);
    for (const [i, entry] of entries.entries()) {
      lines.push(`${key === null ? '' : '  '}- ${JSON.stringify(entry)}`);
      lineOf.set(`${key ?? ''}/${i}`, lines.length);
    }
  }
  return { text: `${lines.join('\n')}\n`, lineOf };
}

/** The registries made of lists of entries, each with a field every entry has. */
const LIST_REGISTRIES: RegistryName[] = ['agencies', 'places', 'pillars', 'programmes', 'links', 'zhHantOverrides'];

describe('the registry files', () => {
  it('are all read by the loader: every file of content/registry/ and no other', () => {
    const onDisk = readdirSync('content/registry')
      .filter((f) => f.endsWith('.yml'))
      .map((f) => `content/registry/${f}`)
      .sort();
    expect(
      Object.values(REGISTRY_FILES)
        .map((r) => r.file)
        .sort(),
    ).toEqual(onDisk);
    const all = readRegistries(process.cwd());
    expect(all.agencies.length).toBe((parseRegistryRaw('agencies') as unknown[]).length);
    expect(all.zhHantOverrides.map((o) => o.wrong)).toEqual((parseRegistryRaw('zhHantOverrides') as { wrong: string }[]).map((o) => o.wrong));
  });

  it.each(LIST_REGISTRIES)('%s reads the same written one entry per line', (name) => {
    expect(parseRegistry(name, writeOnePerLine(listsOf(name)).text)).toEqual(readRegistry(process.cwd(), name));
  });
});

describe('a bad entry', () => {
  it.each(LIST_REGISTRIES)('in %s is named by file, line and field', (name) => {
    const lists = listsOf(name).filter((l) => l.entries.length > 0);
    const { file } = REGISTRY_FILES[name];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lists.length - 1 }).chain((l) =>
          fc.tuple(
            fc.constant(l),
            fc
              .integer({ min: 0, max: lists[l]!.entries.length - 1 })
              .chain((i) => fc.tuple(fc.constant(i), fc.constantFrom(...Object.keys(lists[l]!.entries[i]!)))),
          ),
        ),
        ([l, [i, field]]) => {
          const broken = lists.map((list, k) => ({
            key: list.key,
            entries: k === l ? list.entries.map((e, j) => (j === i ? { ...e, [field]: { bad: true } } : e)) : list.entries,
          }));
          const { text, lineOf } = writeOnePerLine(broken);
          const key = lists[l]!.key;
          const error = catchError(() => parseRegistry(name, text));
          expect(error).toBeInstanceOf(FileError);
          expect(error.file).toBe(file);
          expect(error.line).toBe(lineOf.get(`${key ?? ''}/${i}`));
          expect(error.message).toContain(`Field \`${key === null ? '' : `${key}.`}${i}.${field}`);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('shows the file, the line, the field and where the fields are described', () => {
    const { text } = writeOnePerLine([
      {
        key: null,
        entries: [
          { wrong: '平臺', right: '平台', reason: 'x', example: '平台' },
          { wrong: '傢俱', right: '家具', reason: 'x' },
        ],
      },
    ]);
    expect(() => parseRegistry('zhHantOverrides', text)).toThrowErrorMatchingInlineSnapshot(
      `[FileError: content/registry/zh-hant-overrides.yml:3: Field \`1.example\` is invalid: Invalid input: expected string, received undefined. See src/schemas/registry.ts for the fields.]`,
    );
  });
});

describe('a value that must be unique', () => {
  /** Registry, field, and the list that holds it (null: the file is the list). */
  const UNIQUE: [RegistryName, string, string | null][] = [
    ['agencies', 'slug', null],
    ['pillars', 'slug', null],
    ['programmes', 'name', null],
    ['zhHantOverrides', 'wrong', null],
    ['places', 'id', 'places'],
    ['places', 'term', 'terms'],
  ];
  it.each(UNIQUE)('%s: a repeated %s is named at its second line, with the first', (name, field, key) => {
    const lists = listsOf(name);
    const list = lists.find((l) => l.key === key)!;
    fc.assert(
      fc.property(
        fc
          .tuple(fc.integer({ min: 0, max: list.entries.length - 1 }), fc.integer({ min: 0, max: list.entries.length - 1 }))
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
        ([first, second]) => {
          const copied = list.entries.map((e, j) => (j === second ? { ...e, [field]: list.entries[first]![field] } : e));
          const { text, lineOf } = writeOnePerLine(lists.map((l) => (l === list ? { key, entries: copied } : l)));
          const error = catchError(() => parseRegistry(name, text));
          expect(error.line).toBe(lineOf.get(`${key ?? ''}/${second}`));
          expect(error.message).toContain(`"${String(list.entries[first]![field])}" appears twice (also on line ${lineOf.get(`${key ?? ''}/${first}`)})`);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('an override that changes nothing is refused at its line', () => {
    const { text } = writeOnePerLine([{ key: null, entries: [{ wrong: '平臺', right: '平臺', reason: 'x', example: '平台' }] }]);
    expect(() => parseRegistry('zhHantOverrides', text)).toThrow(/^content\/registry\/zh-hant-overrides\.yml:2: The override of "平臺" changes nothing\./);
  });

  it('a place that names an unknown place is refused at its line', () => {
    const lists = listsOf('places');
    const places = lists.find((l) => l.key === 'places')!;
    const { text, lineOf } = writeOnePerLine(
      lists.map((l) => (l === places ? { key: 'places', entries: places.entries.map((e, j) => (j === 3 ? { ...e, memberOf: ['atlantis'] } : e)) } : l)),
    );
    const error = catchError(() => parseRegistry('places', text));
    expect(error.line).toBe(lineOf.get('places/3'));
    expect(error.message).toContain(`The place "${String(places.entries[3]!['id'])}" names the unknown place "atlantis".`);
  });
});

describe('reading from a project folder', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'registry-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names a missing file and a bad one', () => {
    mkdirSync(path.join(root, 'content/registry'), { recursive: true });
    expect(() => readRegistry(root, 'zhHantOverrides')).toThrow(/^content\/registry\/zh-hant-overrides\.yml: This registry file cannot be read \(ENOENT\)/);
    writeFileSync(path.join(root, 'content/registry/zh-hant-overrides.yml'), '# overrides\n\n- wrong: 平臺\n  right: 平台\n  reason: x\n');
    expect(() => readRegistry(root, 'zhHantOverrides')).toThrow(/^content\/registry\/zh-hant-overrides\.yml:3: Field `0\.example` is invalid/);
  });
});

/** The error a function throws (fails the test when it throws none). */
function catchError(run: () => unknown): FileError {
  try {
    run();
  } catch (e) {
    return e as FileError;
  }
  throw new Error('expected an error');
}
