/**
 * YAML for hand-kept files (registries and source metadata), parsed with the
 * positions of its nodes so a bad entry can be named by its line. A syntax
 * error names the file, line and column; anchors and aliases that would
 * expand beyond reason (an "alias bomb") are refused, never expanded.
 */
import { LineCounter, parseDocument } from 'yaml';
import { FileError } from './errors.ts';

/** How many alias references a hand-kept file may use; these files need none. */
const MAX_ALIASES = 50;

/** A parsed file: its data and the line of any path into it. */
export interface ParsedYaml {
  data: unknown;
  /**
   * The 1-based line of the value at `path` (keys and indexes), or of the
   * nearest enclosing value that exists (a missing field: its entry's line).
   */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Parses the text of one YAML file or throws a FileError naming it. */
export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new FileError(file, line, `This YAML does not parse (column ${col}): ${error.message.split('\n')[0]}.`, 'Fix the syntax.');
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw new FileError(file, null, `This YAML expands too far: ${(e as Error).message}.`, 'Write the entries out without anchors and aliases.');
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const keys = path.slice(0, depth).map((k) => (typeof k === 'symbol' ? String(k) : k));
      const node: unknown = depth === 0 ? doc.contents : doc.getIn(keys, true);
      const offset = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
      if (offset !== undefined) return lineCounter.linePos(offset).line;
    }
    return 1;
  };
  return { data, lineOf };
}
