import type { APIRoute } from 'astro';
import { exportMeta } from '~/lib/exports/meta';
import { relationshipsSchema } from '~/lib/exports/relationships';
import { getTaxonomy } from '~/lib/astro/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  const schema = `${exportMeta(tax, site).siteUrl}data/relationships.schema.json`;
  return new Response(JSON.stringify(relationshipsSchema(schema), null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
