import type { APIRoute } from 'astro';
import { relationshipEdges, relationshipsCsv } from '~/lib/exports/relationships';
import { getTaxonomy } from '~/lib/astro/load';

export const GET: APIRoute = async () => {
  return new Response(relationshipsCsv(relationshipEdges(await getTaxonomy())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
