/**
 * The public origin of the site, from SITE_URL: an http(s) origin with
 * nothing after it but an optional "/". Undefined when unset; a message
 * saying how to set it otherwise.
 */
export function publicOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL="${value}" is not a URL; set it to the site's public origin, e.g. SITE_URL=https://bri.example.mo`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL="${value}" must be an http(s) origin with no path, query or #, e.g. SITE_URL=https://bri.example.mo`);
  }
  return url.origin;
}
