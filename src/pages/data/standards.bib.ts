import type { APIRoute } from 'astro';
import { standardsBibtex } from '~/lib/exports/bibliography';
import { exportMeta } from '~/lib/exports/meta';
import { getTaxonomy } from '~/lib/astro/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  return new Response(standardsBibtex(tax, exportMeta(tax, site)), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
