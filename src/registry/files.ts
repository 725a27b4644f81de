/**
 * Every hand-kept registry file, with the schema it must meet: the one list
 * the loader (load.ts) reads from. Checks that span entries are in checks.ts.
 */
import { z } from 'astro/zod';
import { RedirectsFileSchema } from '../schemas/redirects.ts';
import { AgencySchema, LinkOverridesSchema, PillarSchema, PlacesFileSchema, ProgrammeSchema, ZhHantOverrideSchema } from '../schemas/registry.ts';

/** Each registry: its file (relative to the project root) and its schema. */
export const REGISTRY_FILES = {
  agencies: { file: 'content/registry/agencies.yml', schema: z.array(AgencySchema) },
  places: { file: 'content/registry/places.yml', schema: PlacesFileSchema },
  pillars: { file: 'content/registry/pillars.yml', schema: z.array(PillarSchema) },
  programmes: { file: 'content/registry/programmes.yml', schema: z.array(ProgrammeSchema) },
  links: { file: 'content/registry/links.yml', schema: LinkOverridesSchema },
  redirects: { file: 'content/registry/redirects.yml', schema: RedirectsFileSchema },
  zhHantOverrides: { file: 'content/registry/zh-hant-overrides.yml', schema: z.array(ZhHantOverrideSchema) },
} as const;

/** The name of one registry. */
export type RegistryName = keyof typeof REGISTRY_FILES;

/** The validated contents of one registry file. */
export type RegistryData<N extends RegistryName> = z.output<(typeof REGISTRY_FILES)[N]['schema']>;

/** Every registry, validated. */
export type Registries = { [N in RegistryName]: RegistryData<N> };
