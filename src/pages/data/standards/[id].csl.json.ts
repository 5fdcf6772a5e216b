/** One standard's CSL-JSON: a list holding its one item, as CSL-JSON files are lists. */
import type { APIRoute } from 'astro';
import { standardCslOf } from '~/lib/exports/csl';
import { exportMeta } from '~/lib/exports/meta';
import { getTaxonomy } from '~/lib/model/load';

export async function getStaticPaths() {
  return (await getTaxonomy()).standards.map((s) => ({ params: { id: s.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const tax = await getTaxonomy();
  return new Response(JSON.stringify([standardCslOf(tax, tax.standard(params.id!), exportMeta(tax, site))], null, 2), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
