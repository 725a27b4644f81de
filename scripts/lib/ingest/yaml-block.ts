/**
 * YAML exactly as `stringify(value, { lineWidth: 0, singleQuote: false })`
 * of the `yaml` library writes it, for the JSON-like data of generated files,
 * about ten times faster: block mappings and sequences are laid out here, and
 * every scalar is written by the library itself, once per distinct value.
 * Anything this layout does not cover (a scalar the library writes on more
 * than one line or that could read as a document marker, a shared object,
 * an undefined value, a sequence in a sequence, an empty mapping) is handed to
 * the library whole. tests/unit/yaml-block.test.ts compares the two on
 * arbitrary data.
 */
import { stringify } from 'yaml';

/** The options every generated file is written with. */
export const YAML_OPTIONS = { lineWidth: 0, singleQuote: false } as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Raised when the layout here does not cover a value. */
class Uncovered extends Error {}

const scalars = new Map<string, string>();

/** `stringify(value, YAML_OPTIONS)`, for a mapping at the top. */
export function yamlBlock(value: Record<string, unknown>): string {
  try {
    if (!Object.keys(value).length) throw new Uncovered();
    return mapping(value as Record<string, Json>, '', new Set());
  } catch (error) {
    if (error instanceof Uncovered) return stringify(value, YAML_OPTIONS);
    throw error;
  }
}

function mapping(map: Record<string, Json>, indent: string, seen: Set<object>): string {
  if (seen.has(map)) throw new Uncovered();
  seen.add(map);
  let out = '';
  for (const [key, v] of Object.entries(map)) {
    out += `${indent}${keyText(key)}:${value(v, indent, seen)}`;
  }
  return out;
}

/** A mapping value or sequence entry after its key or dash: ` scalar\n`, or a block on the next lines. */
function value(v: Json, indent: string, seen: Set<object>): string {
  if (Array.isArray(v)) return v.length ? `\n${sequence(v, `${indent}  `, seen)}` : ' []\n';
  if (v !== null && typeof v === 'object') return Object.keys(v).length ? `\n${mapping(v, `${indent}  `, seen)}` : ' {}\n';
  return ` ${scalar(v)}\n`;
}

function sequence(list: Json[], indent: string, seen: Set<object>): string {
  if (seen.has(list)) throw new Uncovered();
  seen.add(list);
  let out = '';
  for (const entry of list) {
    if (Array.isArray(entry)) throw new Uncovered();
    if (entry !== null && typeof entry === 'object' && Object.keys(entry).length) {
      out += `${indent}- ${mapping(entry, `${indent}  `, seen).slice(indent.length + 2)}`;
    } else {
      out += `${indent}-${value(entry, indent, seen)}`;
    }
  }
  return out;
}

const keys = new Map<string, string>();

/** A key as the library writes it (quoted if it could read as another type). */
function keyText(key: string): string {
  let text = keys.get(key);
  if (text === undefined) {
    const whole = stringify({ [key]: 0 }, YAML_OPTIONS);
    if (!whole.endsWith(': 0\n') || whole.indexOf('\n') !== whole.length - 1) throw new Uncovered();
    keys.set(key, (text = whole.slice(0, -4)));
  }
  return text;
}

function scalar(v: string | number | boolean | null): string {
  if ((v as unknown) === undefined || (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))) throw new Uncovered();
  const key = `${typeof v}:${String(v)}`;
  let text = scalars.get(key);
  if (text === undefined) {
    if (typeof v === 'string' && /^(?:%|---|\.\.\.)/m.test(v)) throw new Uncovered();
    const whole = stringify({ k: v }, YAML_OPTIONS);
    if (!whole.startsWith('k: ') || whole.indexOf('\n') !== whole.length - 1) throw new Uncovered();
    text = whole.slice(3, -1);
    scalars.set(key, text);
  }
  return text;
}
