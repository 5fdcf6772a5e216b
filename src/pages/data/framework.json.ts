import type { APIRoute } from 'astro';
import { exportMeta } from '~/lib/exports/meta';
import { frameworkJson } from '~/lib/exports/export';
import { getTaxonomy } from '~/lib/astro/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  return new Response(JSON.stringify(frameworkJson(tax, exportMeta(tax, site)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
