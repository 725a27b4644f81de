/**
 * The one registry loader: reads a file of `content/registry/`, parses it
 * and validates it against its schema and checks, and names the file and
 * line of the first bad entry. Ingestion, the content collections, the
 * Astro config (redirects) and the site's conversion (src/registry/conversion.ts)
 * all read the registries through it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REGISTRY_CHECKS } from './checks.ts';
import { FileError } from './errors.ts';
import { REGISTRY_FILES, type Registries, type RegistryData, type RegistryName } from './files.ts';
import { formatSchemaIssue } from './schema-errors.ts';
import { parseYaml } from './yaml.ts';

/**
 * Validates the text of one registry file: its YAML, its schema, then its
 * checks; throws a FileError naming the file and line of the first problem.
 * Pure, so tests can give any text.
 */
export function parseRegistry<N extends RegistryName>(name: N, text: string): RegistryData<N> {
  const { file, schema } = REGISTRY_FILES[name];
  const { data, lineOf } = parseYaml(file, text);
  const result = schema.safeParse(data ?? null);
  if (!result.success) {
    throw new FileError(file, lineOf(result.error.issues[0]!.path), formatSchemaIssue(result.error), `See ${schemaFile(name)} for the fields.`);
  }
  const value = result.data as RegistryData<N>;
  const finding = REGISTRY_CHECKS[name](value, lineOf);
  if (finding) throw new FileError(file, lineOf(finding.path), finding.problem, finding.remedy);
  return value;
}

/** Reads and validates one registry file of the project at `root`. */
export function readRegistry<N extends RegistryName>(root: string, name: N): RegistryData<N> {
  const { file } = REGISTRY_FILES[name];
  let text: string;
  try {
    text = readFileSync(path.join(root, file), 'utf8');
  } catch (e) {
    throw new FileError(
      file,
      null,
      `This registry file cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}) in ${root}.`,
      'Restore it, or run from the project root.',
    );
  }
  return parseRegistry(name, text);
}

/** Reads and validates every registry file of the project at `root`. */
export function readRegistries(root: string): Registries {
  const names = Object.keys(REGISTRY_FILES) as RegistryName[];
  return Object.fromEntries(names.map((name) => [name, readRegistry(root, name)])) as Registries;
}

/** Where the fields of a registry are described. */
function schemaFile(name: RegistryName): string {
  return name === 'redirects' ? 'src/schemas/redirects.ts' : 'src/schemas/registry.ts';
}
