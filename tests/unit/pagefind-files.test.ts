/**
 * The Pagefind files the site publishes (src/integrations/pagefind-files.ts):
 * generated records indexed by the real Pagefind, then every fragment read
 * back as Pagefind's runtime reads it — everything a result shows is there,
 * only the indexed tokens are gone — no unused search UI is published, and
 * the search page's table of filter values has every result's. The index
 * files are read back too (CBOR, with cborg): they hold the records' tokens
 * at their positions and nothing else, in files of the site's size.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { decode } from 'cborg';
import { createSiteIndex, forPagefind, INDEX_CHUNK_SIZE, INDEX_LANGUAGE, publishIndex, type PagefindFile } from '../../src/integrations/pagefind-files.ts';
import { SEPARATOR } from '../../src/lib/search-tokens.ts';
import { decodeResultFilters } from '../../src/lib/result-filters.ts';

/**
 * The fragments of a fragment file decoded the way Pagefind's runtime does
 * (gunzip, the 12-byte signature, JSON), by result id: the file's own name
 * for one fragment, the keys of a group.
 */
function readFragments(file: PagefindFile): Map<string, Record<string, unknown>> {
  const raw = gunzipSync(file.content);
  expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
  const data = JSON.parse(raw.subarray(12).toString('utf8')) as Record<string, unknown>;
  if (typeof data['url'] === 'string') return new Map([[file.path.replace(/^fragment\/(.+)\.pf_fragment$/, '$1'), data]]);
  return new Map(Object.entries(data as Record<string, Record<string, unknown>>));
}

/** Positions from Pagefind's encoded locations: gaps from the previous position, weight marks (negative) skipped. */
function positions(locs: number[]): number[] {
  let at = 0;
  return locs.filter((n) => n >= 0).map((gap) => (at += gap));
}

const text = fc.string({ unit: fc.constantFrom(...'澳门中葡合作<>&"\'\\ é\u200b'.split('')), minLength: 1, maxLength: 30 });
const record = fc.record({
  // A record always has a word (Pagefind drops a page without one), and may have separators.
  tokens: fc.array(fc.constantFrom('c0ffx', 'p0ffx0gfv', SEPARATOR, 'mabcd1234'), { maxLength: 40 }).map((t) => ['c0ffx', ...t]),
  title: text,
  text,
  agency: fc.array(fc.constantFrom('mofcom', 'dsedt', 'ipim'), { maxLength: 3 }),
});

afterAll(async () => {
  await pagefind.close();
});

describe('published Pagefind files', () => {
  it('keep every fragment field a result reads, with an empty content, and leave out the unused search UIs', async () => {
    await fc.assert(
      // Fragments one per file, or bundled in groups (maxFragments below the number of records).
      fc.asyncProperty(
        fc.uniqueArray(record, { minLength: 1, maxLength: 6, selector: (r) => r.text }),
        fc.constantFrom(1000, 2),
        async (records, maxFragments) => {
          const { index } = await createSiteIndex({ maxFragments });
          const added = records.map((r, i) => ({
            url: `/zh-hans/doc/${i}/`,
            language: 'zh-hans',
            content: r.tokens.join(' '),
            meta: { title: r.title, text: r.text },
            filters: { agency: r.agency },
            sort: { order: String(i).padStart(6, '0') },
          }));
          for (const r of added) await index!.addCustomRecord(forPagefind(r));
          const { files } = await index!.getFiles();
          await index!.deleteIndex();
          const { files: published, filters } = publishIndex(files, added);

          const names = published.map((f) => f.path);
          expect(names).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
          expect(names).not.toContain('pagefind-worker.js');
          expect(names.some((n) => /^wasm\..+\.pagefind$/.test(n))).toBe(true);
          expect(names.filter((n) => /ui|highlight/.test(n))).toEqual([]);
          // Filters are the search page's: Pagefind has no filter index, and fragments none.
          expect(names.filter((n) => n.startsWith('filter/'))).toEqual([]);
          // Everything else Pagefind wrote is published as it was.
          for (const f of published.filter((p) => !p.path.startsWith('fragment/'))) expect(f.content).toBe(files.find((o) => o.path === f.path)!.content);

          const before = files.filter((f) => f.path.startsWith('fragment/'));
          const after = published.filter((f) => f.path.startsWith('fragment/'));
          expect(after.map((f) => f.path).sort()).toEqual(before.map((f) => f.path).sort());
          const ids: string[] = [];
          for (const f of after) {
            const slim = readFragments(f);
            const full = readFragments(before.find((b) => b.path === f.path)!);
            expect([...slim.keys()]).toEqual([...full.keys()]);
            for (const [id, fragment] of full) {
              ids.push(id);
              expect(typeof fragment['content']).toBe('string');
              const source = added.find((r) => r.url === fragment['url'])!;
              // Pagefind had no meta; the published fragment has the record's.
              expect(fragment['meta']).toEqual({});
              expect(slim.get(id)).toEqual({ ...fragment, content: '', meta: source.meta });
              expect(slim.get(id)!['filters']).toEqual({});
            }
          }
          expect(ids).toHaveLength(added.length);
          if (maxFragments < added.length) expect(after.length).toBeLessThan(added.length);

          // The search page's table of filter values: each result with its record's filters.
          const table = decodeResultFilters(filters);
          expect(table.size).toBe(added.length);
          for (const f of before)
            for (const [id, fragment] of readFragments(f)) {
              const source = added.find((r) => r.url === fragment['url'])!;
              expect(table.get(id)?.['agency'] ?? []).toEqual(source.filters.agency);
            }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('indexes every record in the index language, whatever its script, and refuses records of two scripts in one index', () => {
    const record = { url: '/zh-hant/a/', language: 'zh-hant', content: 'c0ffx', meta: { title: '澳' }, filters: { agency: ['mofcom'] }, sort: {} };
    expect(forPagefind(record)).toEqual({ ...record, language: INDEX_LANGUAGE, meta: {}, filters: {} });
    expect(() => publishIndex([], [record, { ...record, url: '/zh-hans/a/', language: 'zh-hans' }])).toThrow(/zh-hant and zh-hans/);
    expect(() => publishIndex([], [record, record])).toThrow(/\/zh-hant\/a\//);
  });

  it('stops with the file named when a fragment is not in the format it knows', () => {
    expect(() => publishIndex([{ path: 'fragment/zh-hans_abc.pf_fragment', content: new Uint8Array([1, 2]) }], [])).toThrow(
      /fragment\/zh-hans_abc\.pf_fragment/,
    );
    const odd = { path: 'fragment/abc.pf_fragment', content: new Uint8Array([0x1f, 0x8b, 0, 0]) };
    expect(() => publishIndex([odd], [])).toThrow(/fragment\/abc\.pf_fragment/);
  });

  it('indexes each record token at its position and nothing else (no meta, no separator), in files cut at the site size', async () => {
    // Enough positions for several index files at the site's size (one file at Pagefind's default, 20,000).
    const tokens = fc.array(fc.constantFrom(SEPARATOR, ...Array.from({ length: 300 }, (_, i) => `p${i.toString(36).padStart(4, '0')}`)), {
      minLength: 200,
      maxLength: 400,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ tokens, title: text, text }), { minLength: 40, maxLength: 50 }), async (records) => {
        const { index } = await createSiteIndex();
        const added = records.map((r, i) => ({
          url: `/zh-hans/doc/${i}/`,
          language: 'zh-hans',
          content: r.tokens.join(' '),
          meta: { title: r.title, text: r.text },
          filters: {},
          sort: { order: String(i).padStart(6, '0') },
        }));
        for (const r of added) await index!.addCustomRecord(forPagefind(r));
        const { files } = await index!.getFiles();
        await index!.deleteIndex();

        // Expected, from the records alone: word → URL → positions.
        const expected = new Map<string, Map<string, number[]>>();
        for (const r of added)
          r.content.split(' ').forEach((word, at) => {
            if (word === SEPARATOR) return;
            const pages = expected.get(word) ?? new Map<string, number[]>();
            pages.set(r.url, [...(pages.get(r.url) ?? []), at]);
            expected.set(word, pages);
          });

        // Pagefind's page numbers → URLs: the metadata file lists each page's fragment (one per file here).
        const metaFile = files.find((f) => f.path.endsWith('.pf_meta'))!;
        const [, pageList] = decode(gunzipSync(metaFile.content).subarray(12)) as [string, [string, number][]];
        const urlOf = pageList.map(
          ([hash]) =>
            readFragments(files.find((f) => f.path === `fragment/${hash}.pf_fragment`)!)
              .values()
              .next().value!['url'] as string,
        );

        const indexFiles = files.filter((f) => f.path.startsWith('index/'));
        const found = new Map<string, Map<string, number[]>>();
        for (const f of indexFiles) {
          const raw = gunzipSync(f.content);
          expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
          // WordIndex: [words], each [word, [[page, locs, metaLocs]], variants]; pages and locs are gaps from the previous one, a negative loc marks a weight.
          const [words] = decode(raw.subarray(12)) as [[string, [number, number[], unknown[]][], unknown[]][]];
          let size = 0;
          let last = 0;
          for (const [word, pages] of words) {
            let page = 0;
            const byPage = new Map(pages.map(([gap, locs]) => [urlOf[(page += gap)]!, positions(locs)]));
            found.set(word, byPage);
            last = pages.reduce((s, [, locs]) => s + locs.filter((n) => n >= 0).length + 1, 0);
            size += last;
          }
          // Pagefind closes a file once it reaches the size: everything before its last word is under it.
          expect(size - last).toBeLessThan(INDEX_CHUNK_SIZE);
        }
        expect(found).toEqual(expected);
        const total = [...expected.values()].reduce((s, pages) => s + [...pages.values()].reduce((t, locs) => t + locs.length + 1, 0), 0);
        // Over two files' worth of positions.
        expect(total).toBeGreaterThan(2 * INDEX_CHUNK_SIZE);
        expect(indexFiles.length).toBeGreaterThan(1);
      }),
      // Stop at the first failure: shrinking a corpus of records takes minutes.
      { numRuns: 4, endOnFailure: true },
    );
  });
});
