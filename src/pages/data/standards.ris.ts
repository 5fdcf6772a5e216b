import type { APIRoute } from 'astro';
import { standardsRis } from '~/lib/exports/bibliography';
import { exportMeta } from '~/lib/exports/meta';
import { getTaxonomy } from '~/lib/astro/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  return new Response(standardsRis(tax, exportMeta(tax, site)), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
