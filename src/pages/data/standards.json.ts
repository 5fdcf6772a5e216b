import type { APIRoute } from 'astro';
import { exportMeta } from '~/lib/exports/meta';
import { standardsJsonPieces } from '~/lib/exports/export';
import { piecesResponse } from '~/lib/exports/pieces';
import { getTaxonomy } from '~/lib/astro/load';

export const GET: APIRoute = async ({ site }) => {
  const tax = await getTaxonomy();
  return piecesResponse(standardsJsonPieces(tax, exportMeta(tax, site)), 'application/json; charset=utf-8');
};
