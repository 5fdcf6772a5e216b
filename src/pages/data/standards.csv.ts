import type { APIRoute } from 'astro';
import { exportMeta } from '~/lib/exports/meta';
import { standardsJson } from '~/lib/exports/export';
import { standardsCsv } from '~/lib/exports/csv';
import { getTaxonomy } from '~/lib/astro/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  return new Response(standardsCsv(standardsJson(tax, exportMeta(tax, site))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
