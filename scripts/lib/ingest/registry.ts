/**
 * The hand-kept registries (agencies, places, pillars), read and validated
 * with the same schemas the site uses.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import {
  AgencySchema,
  LinkOverridesSchema,
  PillarSchema,
  PlacesFileSchema,
  ProgrammeSchema,
  type Agency,
  type LinkOverrides,
  type Pillar,
  type Place,
  type PlaceDecision,
  type PlaceTerm,
  type VaguePhrase,
  type Programme,
} from '../../../src/schemas/registry.ts';
import { IngestError } from './errors.ts';
import { formatSchemaIssue } from './schema-errors.ts';
import { parseYamlFile } from './yaml.ts';

/** Everything ingestion knows besides the documents. */
export interface Registries {
  agencies: Agency[];
  places: Place[];
  placeTerms: PlaceTerm[];
  /** Phrases that name places only vaguely, and what they mean item by item. */
  vague: VaguePhrase[];
  decisions: PlaceDecision[];
  pillars: Pillar[];
  programmes: Programme[];
  links: LinkOverrides;
}

async function loadYaml<T>(root: string, file: string, schema: z.ZodType<T>): Promise<T> {
  const raw = parseYamlFile(file, await readFile(path.join(root, file), 'utf8'));
  const result = schema.safeParse(raw);
  if (!result.success) throw new IngestError(file, null, formatSchemaIssue(result.error), 'Fix the entry.');
  return result.data;
}

/** Reads and cross-checks `content/registry/*.yml`. */
export async function readRegistries(root: string): Promise<Registries> {
  const agencies = await loadYaml(root, 'content/registry/agencies.yml', z.array(AgencySchema));
  const placesFile = await loadYaml(root, 'content/registry/places.yml', PlacesFileSchema);
  const pillars = await loadYaml(root, 'content/registry/pillars.yml', z.array(PillarSchema));
  const programmes = await loadYaml(root, 'content/registry/programmes.yml', z.array(ProgrammeSchema));
  const links = await loadYaml(root, 'content/registry/links.yml', LinkOverridesSchema);
  assertUnique(
    'content/registry/agencies.yml',
    'slug',
    agencies.map((a) => a.slug),
  );
  assertUnique(
    'content/registry/agencies.yml',
    'name, alias or short form',
    agencies.flatMap((a) => [a.name, ...a.aliases, ...a.short]),
  );
  assertUnique(
    'content/registry/places.yml',
    'place id',
    placesFile.places.map((p) => p.id),
  );
  assertUnique(
    'content/registry/places.yml',
    'term',
    placesFile.terms.map((t) => t.term),
  );
  assertUnique(
    'content/registry/pillars.yml',
    'slug',
    pillars.map((p) => p.slug),
  );
  assertUnique(
    'content/registry/pillars.yml',
    'heading',
    pillars.flatMap((p) => p.headings),
  );
  const ids = new Set(placesFile.places.map((p) => p.id));
  const references = [
    ...placesFile.terms.map((t) => ({ what: `The term "${t.term}"`, ids: t.places })),
    ...placesFile.places.map((p) => ({ what: `The place "${p.id}"`, ids: [...p.within, ...p.memberOf] })),
    ...placesFile.vague.map((v) => ({ what: `The vague phrase "${v.phrase}"`, ids: v.mayMean })),
    ...placesFile.decisions.map((d) => ({ what: `The decision for ${d.item}`, ids: d.places })),
  ];
  for (const ref of references) {
    const unknown = ref.ids.find((id) => !ids.has(id));
    if (unknown)
      throw new IngestError(
        'content/registry/places.yml',
        null,
        `${ref.what} names the unknown place "${unknown}".`,
        'Add the place to `places` or correct the id.',
      );
  }
  const kinds = new Map(placesFile.places.map((p) => [p.id, p.kind]));
  for (const p of placesFile.places) {
    const notGroup = p.memberOf.find((id) => kinds.get(id) !== 'group' && kinds.get(id) !== 'region');
    if (notGroup)
      throw new IngestError(
        'content/registry/places.yml',
        null,
        `The place "${p.id}" is a member of "${notGroup}", which is not a group or region.`,
        'List groups and regions under `memberOf`, and the places a city lies in under `within`.',
      );
  }
  assertUnique(
    'content/registry/programmes.yml',
    'name',
    programmes.flatMap((p) => [p.name, ...p.also]),
  );
  return {
    agencies,
    places: placesFile.places,
    placeTerms: placesFile.terms,
    vague: placesFile.vague,
    decisions: placesFile.decisions,
    pillars,
    programmes,
    links,
  };
}

function assertUnique(file: string, what: string, values: string[]): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new IngestError(file, null, `The ${what} "${value}" appears twice.`, 'Each must be unique.');
    seen.add(value);
  }
}
