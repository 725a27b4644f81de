/**
 * The site's Simplified → Traditional conversion: the pure converter of
 * src/lib/convert.ts with the reviewed overrides that the registry loader
 * reads from content/registry/zh-hant-overrides.yml.
 *
 * Conversion is synchronous and runs in pages, the data export, the search
 * records and tests alike, so this module reads the overrides itself, once,
 * on the first conversion (importing it reads nothing), from the project
 * root: the working directory, where Astro, vitest and the npm scripts run (a
 * bundled page chunk has no other reliable way to find the project).
 * Ingestion never imports this module: it needs only `toSimplified`, which
 * uses no overrides.
 */
import process from 'node:process';
import { traditionalConverter } from '../lib/convert.ts';
import type { ZhHantOverride } from '../schemas/registry.ts';
import { readRegistry } from './load.ts';

let overrides: readonly ZhHantOverride[] | undefined;
let converter: ((text: string) => string) | undefined;

/** The reviewed overrides, in file order (the conversion page lists them). */
export function siteOverrides(): readonly ZhHantOverride[] {
  overrides ??= readRegistry(process.cwd(), 'zhHantOverrides');
  return overrides;
}

/** Simplified → Traditional as Macao government texts write it (see src/lib/convert.ts). */
export function toTraditional(text: string): string {
  converter ??= traditionalConverter(siteOverrides());
  return converter(text);
}
