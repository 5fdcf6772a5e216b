import type { APIRoute } from 'astro';
import { exportMeta } from '~/lib/exports/meta';
import { relationshipsJson } from '~/lib/exports/relationships';
import { getTaxonomy } from '~/lib/astro/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  const schema = `${exportMeta(tax, site).siteUrl}data/relationships.schema.json`;
  return new Response(JSON.stringify(relationshipsJson(tax, schema), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
