import type { APIRoute } from 'astro';
import { exportMeta } from '../../lib/build-meta';
import { standardsCsv } from '../../lib/export';
import { getTaxonomy } from '../../lib/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  return new Response(standardsCsv(tax, exportMeta(tax, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
