import type { APIRoute } from 'astro';
import { exportMeta } from '~/lib/exports/meta';
import { standardsCsv } from '~/lib/exports/export';
import { getTaxonomy } from '~/lib/model/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  return new Response(standardsCsv(tax, exportMeta(tax, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
