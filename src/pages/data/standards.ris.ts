import type { APIRoute } from 'astro';
import { standardsRis } from '../../lib/bibliography';
import { exportMeta } from '../../lib/build-meta';
import { getTaxonomy } from '../../lib/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  return new Response(standardsRis(tax, exportMeta(tax, site)), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
