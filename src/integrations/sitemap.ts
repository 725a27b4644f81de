/**
 * `/sitemap.xml`, written after the build from the pages the build wrote
 * (as @astrojs/sitemap does; README says why not that package): every page in
 * a script or a foreign language, each with its hreflang alternates from the
 * URL scheme (`alternates` in src/lib/urls.ts, the same function the pages'
 * <head> uses). Redirect pages and the root are left out. A sitemap needs
 * absolute URLs, so a build without a public origin (SITE_URL) writes an
 * empty one that says why, rather than guessing.
 */
import { alternates, splitLocale } from '../lib/urls.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The built URLs the sitemap lists: pages under a script or language prefix, not redirects. */
export function sitemapPages(built: readonly string[], redirectedFrom: readonly string[]): string[] {
  const redirected = new Set(redirectedFrom);
  return built.filter((u) => u.endsWith('/') && splitLocale(u).locale !== undefined && !redirected.has(u));
}

/** The sitemap of `pages` (site paths) on `origin`; without an origin, an empty one that says why. */
export function sitemapXml(pages: readonly string[], origin: URL | undefined): string {
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  const open = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';
  if (!origin) return `${head}<!-- Built without SITE_URL: the public address is unknown, so no URLs are listed. -->\n${open}\n</urlset>\n`;
  const url = (path: string) => escapeXml(new URL(path, origin).href);
  const entries = pages.map((page) => {
    const links = alternates(page).map((a) => `    <xhtml:link rel="alternate" hreflang="${a.lang}" href="${url(a.path)}"/>`);
    return `  <url>\n    <loc>${url(page)}</loc>\n${links.join('\n')}\n  </url>`;
  });
  return `${head}${open}\n${entries.join('\n')}\n</urlset>\n`;
}
