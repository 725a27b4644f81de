/**
 * Portuguese and English names: every registry entry and every document title
 * must have both, each with the public page where it was checked or the word
 * `descriptive`; a missing one fails the schema and so ingestion.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { AgencySchema, PillarSchema, PlacesFileSchema } from '../../src/schemas/registry.ts';
import { SourceMetaSchema } from '../../src/schemas/source.ts';
import { makeTempContent, removeTempProject } from '../../scripts/lib/temp-project.ts';
import { runIngest } from '../helpers/project.ts';

const read = (file: string): unknown => parse(readFileSync(file, 'utf8'));
const agencies = read('content/registry/agencies.yml') as Record<string, unknown>[];
const placesFile = read('content/registry/places.yml') as { places: Record<string, unknown>[] };
const pillars = read('content/registry/pillars.yml') as Record<string, unknown>[];
const sourceIds = ['arrangement-2018', 'key-work-2023', 'work-list-2024-2028', 'beijing-reply-0771'];
const sources = sourceIds.map((id) => read(`content/sources/${id}.yml`) as Record<string, unknown>);

/** Every registry in one list: the entries, the schema of one entry, and where the names sit. */
const registries = [
  { name: 'agencies', entries: agencies, schema: AgencySchema, names: (e: Record<string, unknown>) => e },
  { name: 'places', entries: placesFile.places, schema: PlacesFileSchema.shape.places.element, names: (e: Record<string, unknown>) => e },
  { name: 'pillars', entries: pillars, schema: PillarSchema, names: (e: Record<string, unknown>) => e },
  {
    name: 'document titles',
    entries: sources,
    schema: SourceMetaSchema,
    names: (e: Record<string, unknown>) => e.translatedTitle as Record<string, unknown>,
  },
];

const isSource = (s: unknown) => s === 'descriptive' || (typeof s === 'string' && /^https?:\/\/[^\s/]+\.[^\s]+$/.test(s));

describe('every registry entry has a Portuguese and an English name', () => {
  for (const r of registries) {
    it(`${r.name}: all ${r.entries.length} entries, each name with a source`, () => {
      expect(r.entries.length).toBeGreaterThan(0);
      for (const entry of r.entries) {
        expect(r.schema.safeParse(entry).success).toBe(true);
        const names = r.names(entry);
        expect(typeof names.pt === 'string' && names.pt.trim().length > 0).toBe(true);
        expect(typeof names.en === 'string' && names.en.trim().length > 0).toBe(true);
        const src = names.sources as { pt: unknown; en: unknown };
        expect(isSource(src.pt) && isSource(src.en)).toBe(true);
        // Names for readers of Portuguese and English hold no Chinese: the pages mark them lang="pt"/"en".
        expect(`${names.pt as string} ${names.en as string}`).not.toMatch(/\p{Script=Han}/u);
      }
    });

    it(`${r.name}: removing either name from any entry fails the schema`, () => {
      fc.assert(
        fc.property(fc.nat({ max: r.entries.length - 1 }), fc.constantFrom('pt', 'en'), (i, lang) => {
          const copy = structuredClone(r.entries[i]!);
          delete r.names(copy)[lang];
          const result = r.schema.safeParse(copy);
          expect(result.success).toBe(false);
          const paths = result.error!.issues.map((issue) => issue.path.join('.'));
          expect(paths.some((p) => p.endsWith(lang))).toBe(true);
        }),
      );
    });

    it(`${r.name}: a source that is neither a URL nor "descriptive" fails the schema`, () => {
      fc.assert(
        fc.property(
          fc.nat({ max: r.entries.length - 1 }),
          fc.constantFrom('pt', 'en'),
          fc.string().filter((s) => s !== 'descriptive' && !/^https?:/.test(s)),
          (i, lang, bad) => {
            const copy = structuredClone(r.entries[i]!);
            (r.names(copy).sources as Record<string, unknown>)[lang] = bad;
            expect(r.schema.safeParse(copy).success).toBe(false);
          },
        ),
      );
    });
  }

  it('agency acronyms are single ASCII words, and the ones readers search by are there', () => {
    const parsed = z.array(AgencySchema).parse(agencies);
    const bySlug = new Map(parsed.map((a) => [a.slug, a]));
    expect(bySlug.get('mofcom')!.acronyms).toContain('MOFCOM');
    expect(bySlug.get('ndrc')!.acronyms).toContain('NDRC');
    expect(bySlug.get('dsedt')!.acronyms).toContain('DSEDT');
    expect(bySlug.get('dsedt')!.pt).toBe('Direcção dos Serviços de Economia e Desenvolvimento Tecnológico');
    expect(AgencySchema.safeParse({ ...agencies[0], acronyms: ['TWO WORDS'] }).success).toBe(false);
  });
});

describe('ingestion refuses a registry entry or a document without both names', () => {
  let root: string;
  beforeEach(() => {
    root = makeTempContent();
  });
  afterEach(() => removeTempProject(root));

  const edit = (file: string, change: (text: string) => string) => {
    const full = path.join(root, file);
    const before = readFileSync(full, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(full, after);
  };

  it('an agency without its Portuguese name', async () => {
    edit('content/registry/agencies.yml', (t) => t.replace('  pt: "Direcção dos Serviços de Economia e Desenvolvimento Tecnológico"\n', ''));
    const { code, stderr } = await runIngest(root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/registry\/agencies\.yml:\d+: Field `\d+\.pt` is invalid/);
  });

  it('a place without its English name', async () => {
    edit('content/registry/places.yml', (t) => t.replace('name: 巴西, en: Brazil, ', 'name: 巴西, '));
    const { code, stderr } = await runIngest(root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/registry\/places\.yml:\d+: Field `places\.\d+\.en` is invalid/);
  });

  it('a document without its translated English title', async () => {
    edit('content/sources/key-work-2023.yml', (t) => t.replace(/\n {2}en: "Key work[^\n]*/, ''));
    const { code, stderr } = await runIngest(root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/sources\/key-work-2023\.yml:\d+: Field `translatedTitle\.en` is invalid/);
  });
});
