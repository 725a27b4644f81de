/** `/robots.txt`: everything may be crawled; the sitemap is named when the public origin is known. */
import type { APIRoute } from 'astro';
import { SITEMAP_URL, absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(SITEMAP_URL, site);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `Sitemap: ${sitemap}\n` : ''}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
