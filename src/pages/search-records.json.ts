/**
 * The records the post-build step feeds to Pagefind. Written to dist/ for
 * that step only, which removes it after indexing.
 */
import type { APIRoute } from 'astro';
import { SCRIPT_IDS } from '../i18n/scripts.ts';
import { nestedNames, searchRecord, zoneSize } from '../lib/search-records.ts';
import { loadSiteData } from '../lib/site-data.ts';

export const GET: APIRoute = async () => {
  const site = await loadSiteData();
  const zone = zoneSize(site);
  const records = SCRIPT_IDS.flatMap((script) => {
    const nested = nestedNames(script, site);
    return site.items.map((item) => searchRecord(script, site, item, nested, zone));
  });
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
