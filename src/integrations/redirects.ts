/**
 * Reads `content/registry/redirects.yml` for the Astro config, validated
 * against its schema with the file and line of any bad entry, and checks after
 * the build that every target is a page that exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { RedirectsFileSchema, type Redirect } from '../schemas/redirects.ts';

/** The file, relative to the project root. */
export const REDIRECTS_FILE = 'content/registry/redirects.yml';

/** Reads and validates the redirects; throws a message naming file:line and the fix. */
export function readRedirects(file = REDIRECTS_FILE): Redirect[] {
  const text = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new Error(
      `${file}:${line}:${col}: This is not valid YAML (${error.message.split('\n')[0]}). Fix the syntax; see the example at the top of the file.`,
    );
  }
  const lineOf = (index: number) => {
    const node = isSeq(doc.contents) ? doc.contents.items[index] : undefined;
    const offset = (node as { range?: [number] } | undefined)?.range?.[0];
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 10 }) ?? [];
  } catch (e) {
    throw new Error(`${file}:1: This YAML expands too far (${(e as Error).message}). Write each entry out; this file needs no anchors or aliases.`, {
      cause: e,
    });
  }
  const result = RedirectsFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const index = typeof issue.path[0] === 'number' ? issue.path[0] : 0;
    throw new Error(
      `${file}:${lineOf(index)}: "${issue.path.slice(1).join('.') || 'entry'}" ${issue.message}. Each entry is - { from: /old/path/, to: /new/path/ }.`,
    );
  }
  const seen = new Map<string, number>();
  result.data.forEach((r, i) => {
    if (r.from === r.to) throw new Error(`${file}:${lineOf(i)}: "${r.from}" redirects to itself. Remove the entry or correct "to".`);
    const earlier = seen.get(r.from);
    if (earlier !== undefined) throw new Error(`${file}:${lineOf(i)}: "${r.from}" is already redirected on line ${lineOf(earlier)}. Keep one entry.`);
    seen.set(r.from, i);
  });
  return result.data;
}

/** Redirects whose target the build did not write, as messages; empty when all exist. */
export function missingTargets(redirects: Redirect[], dist: string): string[] {
  return redirects
    .filter((r) => !existsSync(path.join(dist, r.to, 'index.html')) || redirects.some((o) => o.from === r.to))
    .map((r) => `${REDIRECTS_FILE}: "${r.from}" redirects to "${r.to}", which is not a page of this build. Point it at an existing page.`);
}
