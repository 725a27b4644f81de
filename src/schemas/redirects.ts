/**
 * `content/registry/redirects.yml`: pages that moved. Both ends are paths of
 * this site, normalised (leading and trailing "/", no "." or ".." segments,
 * no "//", no query), so a redirect can neither leave the site nor write
 * outside dist/.
 */
import { z } from 'astro/zod';

/** A normalised path of this site, e.g. `/zh-hans/work-list-2024-2028/14/`. */
export const SitePathSchema = z
  .string()
  .regex(/^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*$/, {
    message:
      'must be a path of this site such as /zh-hans/old-id/1/: start and end with "/", letters, digits, "-", "_", "." and "~" only, no "..", "//", query or address',
  })
  .refine((p) => !p.split('/').some((segment) => segment === '.' || segment === '..' || /^\.+$/.test(segment)), {
    message: 'must not contain "." or ".." segments',
  });

/** One moved page. */
export const RedirectSchema = z.strictObject({
  /** The old path, as listed in urls.lock. */
  from: SitePathSchema,
  /** Where the page now is; must be a page the build writes. */
  to: SitePathSchema,
});
export type Redirect = z.infer<typeof RedirectSchema>;

/** The whole file. */
export const RedirectsFileSchema = z.array(RedirectSchema);
