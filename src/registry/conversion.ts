/**
 * The site's Simplified → Traditional conversion: the pure converter of
 * src/lib/convert.ts with the reviewed overrides that the registry loader
 * reads from content/registry/zh-hant-overrides.yml.
 *
 * Conversion is synchronous and runs in pages, the data export, the search
 * records and tests alike, so the overrides are read once, when this module
 * is first imported, from the project root: the working directory, where
 * Astro, vitest and the npm scripts run (a bundled page chunk has no other
 * reliable way to find the project). Ingestion never imports this module: it
 * needs only `toSimplified`, which uses no overrides.
 */
import process from 'node:process';
import { traditionalConverter } from '../lib/convert.ts';
import { readRegistry } from './load.ts';

/** The reviewed overrides, in file order (the conversion page lists them). */
export const overrides = readRegistry(process.cwd(), 'zhHantOverrides');

/** Simplified → Traditional as Macao government texts write it (see src/lib/convert.ts). */
export const toTraditional: (text: string) => string = traditionalConverter(overrides);
