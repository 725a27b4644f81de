/**
 * The registries as ingestion uses them, read by the one registry loader
 * (src/registry/load.ts), which validates every file and names the line of a
 * bad entry.
 */
import { readRegistry } from '../../../src/registry/load.ts';
import type { Agency, LinkOverrides, Pillar, Place, PlaceDecision, PlaceTerm, Programme, VaguePhrase } from '../../../src/schemas/registry.ts';

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

/** Reads the registries ingestion needs from the project at `root`. */
export function readRegistries(root: string): Registries {
  const places = readRegistry(root, 'places');
  return {
    agencies: readRegistry(root, 'agencies'),
    places: places.places,
    placeTerms: places.terms,
    vague: places.vague,
    decisions: places.decisions,
    pillars: readRegistry(root, 'pillars'),
    programmes: readRegistry(root, 'programmes'),
    links: readRegistry(root, 'links'),
  };
}
