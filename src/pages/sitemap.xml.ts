/**
 * `/sitemap.xml`: every page in both scripts, and the Portuguese and English
 * twins of the home and of every agency, place, pillar and year page, each
 * with its hreflang alternates. A sitemap needs absolute URLs, so a build without a public
 * origin (SITE_URL) writes an empty one that says why, rather than guessing.
 */
import type { APIRoute } from 'astro';
import { FOREIGN_LANGS } from '../i18n/foreign.ts';
import { SCRIPTS } from '../i18n/scripts.ts';
import { pagePaths } from '../lib/page-list.ts';
import { loadSiteData } from '../lib/site-data.ts';
import { hasForeignTwin } from '../lib/urls.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  const open = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';
  const headers = { 'Content-Type': 'application/xml; charset=utf-8' };
  if (!site)
    return new Response(`${head}<!-- Built without SITE_URL: the public address is unknown, so no URLs are listed. -->\n${open}\n</urlset>\n`, { headers });
  const paths = pagePaths(await loadSiteData());
  const url = (script: string, path: string) => escapeXml(new URL(`/${script}${path}`, site).href);
  const versions = (path: string) => [...SCRIPTS, ...(hasForeignTwin(path) ? FOREIGN_LANGS : [])];
  const entries = paths.flatMap((path) =>
    versions(path).map(
      (s) =>
        `  <url>\n    <loc>${url(s.id, path)}</loc>\n${versions(path)
          .map((a) => `    <xhtml:link rel="alternate" hreflang="${a.lang}" href="${url(a.id, path)}"/>`)
          .join('\n')}\n  </url>`,
    ),
  );
  return new Response(`${head}${open}\n${entries.join('\n')}\n</urlset>\n`, { headers });
};
