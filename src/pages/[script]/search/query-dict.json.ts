/** `/<script>/search/query-dict.json`: the table the search page converts queries with. */
import type { APIRoute } from 'astro';
import { perScript } from '../../../lib/urls.ts';
import { queryDict } from '../../../lib/search-records.ts';
import { loadSiteData } from '../../../lib/site-data.ts';
import type { ScriptId } from '../../../i18n/scripts.ts';

export const getStaticPaths = () => perScript(() => [{ params: {}, props: {} }]);

export const GET: APIRoute = async ({ props }) => {
  const dict = queryDict((props as { script: ScriptId }).script, await loadSiteData());
  return new Response(JSON.stringify(dict), { headers: { 'Content-Type': 'application/json' } });
};
