/**
 * What a schema cannot say about a registry file: names that must be unique
 * across entries, and references between entries. Each finding points at the
 * offending value by its path in the file, so the loader can name its line.
 */
import type { RegistryData, RegistryName } from './files.ts';

/** One problem in a file, at the value `path` points to. */
export interface Finding {
  path: PropertyKey[];
  problem: string;
  remedy: string;
}

/** A value and where it sits in the file. */
interface Located {
  value: string;
  path: PropertyKey[];
}

/** The first value that appears twice; `lineOf` gives the line of the earlier one for the message. */
function repeated(what: string, values: Located[], lineOf: (path: PropertyKey[]) => number): Finding | undefined {
  const seen = new Map<string, PropertyKey[]>();
  for (const { value, path } of values) {
    const earlier = seen.get(value);
    if (earlier) return { path, problem: `The ${what} "${value}" appears twice (also on line ${lineOf(earlier)}).`, remedy: 'Each must be unique.' };
    seen.set(value, path);
  }
  return undefined;
}

/** Every string of `list[i][key]` (a string or a list of strings) with its path. */
function located<T>(list: readonly T[], ...keys: (keyof T & string)[]): Located[] {
  return list.flatMap((entry, i) =>
    keys.flatMap((key) => {
      const v = entry[key] as unknown;
      if (typeof v === 'string') return [{ value: v, path: [i, key] }];
      return Array.isArray(v) ? v.map((value: string, j) => ({ value, path: [i, key, j] })) : [];
    }),
  );
}

type Check<N extends RegistryName> = (data: RegistryData<N>, lineOf: (path: PropertyKey[]) => number) => Finding | undefined;

function checkPlaces(file: RegistryData<'places'>, lineOf: (path: PropertyKey[]) => number): Finding | undefined {
  const unique =
    repeated('place id', located(file.places, 'id').map(inList('places')), lineOf) ??
    repeated('term', located(file.terms, 'term').map(inList('terms')), lineOf);
  if (unique) return unique;
  const kinds = new Map(file.places.map((p) => [p.id, p.kind]));
  const entry = (l: Located) => l.path[0] as number;
  const references = [
    ...located(file.terms, 'places').map((l) => ({ ...inList('terms')(l), what: `The term "${file.terms[entry(l)]!.term}"` })),
    ...located(file.places, 'within', 'memberOf').map((l) => ({ ...inList('places')(l), what: `The place "${file.places[entry(l)]!.id}"` })),
    ...located(file.vague, 'mayMean').map((l) => ({ ...inList('vague')(l), what: `The vague phrase "${file.vague[entry(l)]!.phrase}"` })),
    ...located(file.decisions, 'places').map((l) => ({ ...inList('decisions')(l), what: `The decision for ${file.decisions[entry(l)]!.item}` })),
  ];
  const unknown = references.find((ref) => !kinds.has(ref.value));
  if (unknown)
    return {
      path: unknown.path,
      problem: `${unknown.what} names the unknown place "${unknown.value}".`,
      remedy: 'Add the place to `places` or correct the id.',
    };
  const notGroup = located(file.places, 'memberOf').find((l) => kinds.get(l.value) !== 'group' && kinds.get(l.value) !== 'region');
  if (notGroup)
    return {
      path: inList('places')(notGroup).path,
      problem: `The place "${file.places[entry(notGroup)]!.id}" is a member of "${notGroup.value}", which is not a group or region.`,
      remedy: 'List groups and regions under `memberOf`, and the places a city lies in under `within`.',
    };
  return undefined;
}

/** A value of a list that sits under `key` of the file. */
function inList(key: string): (l: Located) => Located {
  return (l) => ({ value: l.value, path: [key, ...l.path] });
}

/** The checks of each registry beyond its schema. */
export const REGISTRY_CHECKS: { [N in RegistryName]: Check<N> } = {
  agencies: (agencies, lineOf) =>
    repeated('slug', located(agencies, 'slug'), lineOf) ?? repeated('name, alias or short form', located(agencies, 'name', 'aliases', 'short'), lineOf),
  places: checkPlaces,
  pillars: (pillars, lineOf) => repeated('slug', located(pillars, 'slug'), lineOf) ?? repeated('heading', located(pillars, 'headings'), lineOf),
  programmes: (programmes, lineOf) => repeated('name', located(programmes, 'name', 'also'), lineOf),
  links: () => undefined,
  redirects: (redirects, lineOf) => {
    const self = redirects.findIndex((r) => r.from === r.to);
    if (self >= 0) return { path: [self], problem: `"${redirects[self]!.from}" redirects to itself.`, remedy: 'Remove the entry or correct "to".' };
    const twice = repeated('old path', located(redirects, 'from'), lineOf);
    return twice && { ...twice, path: twice.path.slice(0, 1), remedy: 'Keep one entry.' };
  },
  zhHantOverrides: (overrides, lineOf) => {
    const same = overrides.findIndex((o) => o.wrong === o.right);
    if (same >= 0)
      return {
        path: [same, 'right'],
        problem: `The override of "${overrides[same]!.wrong}" changes nothing.`,
        remedy: 'Give the Macao form as `right`, or remove the entry.',
      };
    return repeated('wrong form', located(overrides, 'wrong'), lineOf);
  },
};
