/** One standard's CSL-JSON: a list holding its one item, as CSL-JSON files are lists. */
import type { APIRoute } from 'astro';
import { exportMeta } from '~/lib/exports/meta';
import { getTaxonomy } from '~/lib/astro/load';
import { standardCslJson, takeAwayPaths } from '~/lib/exports/take-away';

export async function getStaticPaths() {
  // In a build the loop after the pages writes these (src/lib/exports/take-away.ts).
  return takeAwayPaths(async () => (await getTaxonomy()).standards.map((s) => ({ params: { id: s.id } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const tax = await getTaxonomy();
  return new Response(standardCslJson(tax, tax.standard(params.id!), exportMeta(tax, site)), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
