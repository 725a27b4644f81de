/**
 * The fixture corpus (tests/fixtures/corpus/): two documents of other shapes
 * than today's four, written for the tests, and the registry entries staff
 * would add for them. `fixtureProject()` makes a temporary project with the
 * real documents plus these, so ingestion, the build and the browser tests run
 * over a corpus that nothing in the code was written for.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { makeTempProject, realSources, type SourceFiles } from '../../scripts/lib/temp-project.ts';

const DIR = 'tests/fixtures/corpus';

/** The fixture documents, as source files. */
export function fixtureSources(): SourceFiles[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .map((id) => ({ id, text: readFileSync(path.join(DIR, `${id}.txt`), 'utf8'), meta: readFileSync(path.join(DIR, `${id}.yml`), 'utf8') }));
}

interface Additions {
  agencies: Record<string, unknown>[];
  pillarHeadings: Record<string, string[]>;
}

/** Adds the fixture's registry entries to a project's registries. */
export function addFixtureRegistry(root: string): void {
  const additions = parse(readFileSync(path.join(DIR, 'registry-additions.yml'), 'utf8')) as Additions;
  appendFileSync(path.join(root, 'content/registry/agencies.yml'), `\n${stringify(additions.agencies)}`);
  const pillarsFile = path.join(root, 'content/registry/pillars.yml');
  const pillars = parse(readFileSync(pillarsFile, 'utf8')) as { slug: string; headings: string[] }[];
  for (const [slug, headings] of Object.entries(additions.pillarHeadings)) pillars.find((p) => p.slug === slug)!.headings.push(...headings);
  writeFileSync(pillarsFile, stringify(pillars));
}

/** A temporary project holding the real documents and the fixture corpus. */
export function fixtureProject(): string {
  const root = makeTempProject([...realSources(), ...fixtureSources()]);
  addFixtureRegistry(root);
  return root;
}
