/** standards.csl.json: every standard as CSL-JSON, for Zotero, Pandoc and citation.js. */
import type { APIRoute } from 'astro';
import { standardsCsl } from '~/lib/exports/csl';
import { exportMeta } from '~/lib/exports/meta';
import { getTaxonomy } from '~/lib/astro/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  return new Response(JSON.stringify(standardsCsl(tax, exportMeta(tax, site)), null, 2), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
