/** `/data/items.json`: the open-data export (see README, "Open data"). */
import type { APIRoute } from 'astro';
import { buildOpenData } from '../../lib/open-data.ts';
import { loadSiteData } from '../../lib/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = buildOpenData(await loadSiteData(), site);
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
