/** `/data/items/<document>/<item>.json`: one item's record of items.json (see the open-data page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildOpenData, type OpenData } from '../../../../lib/open-data.ts';
import { loadSiteData } from '../../../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const site = await loadSiteData();
  return site.items.map((i) => ({ params: { document: i.data.document, item: i.data.slug }, props: { id: i.id } }));
}) satisfies GetStaticPaths;

// Built once for all the item files, not once per item.
let exported: Promise<OpenData> | undefined;

export const GET: APIRoute<{ id: string }> = async ({ props, site }) => {
  exported ??= loadSiteData().then((data) => buildOpenData(data, site));
  const record = (await exported).items.find((i) => i.id === props.id)!;
  return new Response(`${JSON.stringify(record, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
