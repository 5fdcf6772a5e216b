import type { APIRoute } from 'astro';
import { exportMeta } from '../../lib/build-meta';
import { exportUrls } from '../../lib/export';
import { standardsSchema } from '../../lib/export-fields';
import { getTaxonomy } from '../../lib/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  return new Response(JSON.stringify(standardsSchema(exportUrls(exportMeta(tax, site)).schema), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
