/**
 * YAML for ingestion's inputs (metadata and registries): a syntax error names
 * the file, line and column; anchors and aliases that would expand beyond
 * reason (an "alias bomb") are refused by name, never expanded.
 */
import { parse, YAMLParseError } from 'yaml';
import { IngestError } from './errors.ts';

/** How many alias references a hand-kept file may use; these files need none. */
const MAX_ALIASES = 50;

/** Parses one YAML file or throws an IngestError naming it. */
export function parseYamlFile(file: string, text: string): unknown {
  try {
    return parse(text, { maxAliasCount: MAX_ALIASES, prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      const where = at ? ` (column ${at.col})` : '';
      throw new IngestError(file, at?.line ?? null, `This YAML does not parse${where}: ${error.message.split('\n')[0]}.`, 'Fix the syntax.');
    }
    throw new IngestError(file, null, `This YAML expands too far: ${(error as Error).message}.`, 'Write the entries out without anchors and aliases.');
  }
}
