/** `/data/items/<document>/<item>.json`: one item's record of items.json (see the open-data page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildOpenData, type ExportItem } from '../../../../lib/open-data.ts';
import { loadSiteData } from '../../../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const site = await loadSiteData();
  return site.items.map((i) => ({ params: { document: i.data.document, item: i.data.slug }, props: { id: i.id } }));
}) satisfies GetStaticPaths;

// The export's records by id, built once for all the item files (searching the list for each file grew with items²).
let records: Promise<Map<string, ExportItem>> | undefined;

export const GET: APIRoute<{ id: string }> = async ({ props, site }) => {
  records ??= loadSiteData().then((data) => new Map(buildOpenData(data, site).items.map((i) => [i.id, i])));
  const record = (await records).get(props.id)!;
  return new Response(`${JSON.stringify(record, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
