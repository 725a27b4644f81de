/**
 * A content-collection loader over one registry file, read by the registry
 * loader (load.ts): a bad file stops the build with its file and line, where
 * Astro's own `file()` loader would log the error and build without it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { REGISTRY_FILES, type RegistryData, type RegistryName } from './files.ts';
import { readRegistry } from './load.ts';

/** One entry of a collection: its id and its data, in file order. */
export interface RegistryEntry {
  id: string;
  data: Record<string, unknown>;
}

/** Loads the entries `select` picks from registry `name`; reloads them when the file changes (dev). */
export function registryLoader<N extends RegistryName>(name: N, select: (data: RegistryData<N>) => RegistryEntry[]): Loader {
  const { file } = REGISTRY_FILES[name];
  return {
    name: `registry-${name}`,
    load: async (context) => {
      const { config, store, watcher } = context;
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const entries = select(readRegistry(root, name));
        store.clear();
        for (const { id, data } of entries) {
          store.set({ id, data: await context.parseData({ id, data, filePath: file }), digest: context.generateDigest(data), filePath: file });
        }
      };
      await sync();
      const absolute = path.join(root, file);
      watcher?.add(absolute);
      watcher?.on('change', (changed) => {
        if (changed === absolute) void sync();
      });
    },
  };
}
