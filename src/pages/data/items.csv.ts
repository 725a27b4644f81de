/** `/data/items.csv`: the open-data export as CSV, UTF-8 with BOM. */
import type { APIRoute } from 'astro';
import { buildOpenData, openDataCsv } from '../../lib/open-data.ts';
import { loadSiteData } from '../../lib/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const csv = openDataCsv(buildOpenData(await loadSiteData(), site));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
