import type { APIRoute } from 'astro';
import { exportMeta } from '~/lib/exports/meta';
import { exportUrls } from '~/lib/exports/export';
import { standardsSchema } from '~/lib/exports/json-schema';
import { getTaxonomy } from '~/lib/model/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  return new Response(JSON.stringify(standardsSchema(exportUrls(exportMeta(tax, site)).schema), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
