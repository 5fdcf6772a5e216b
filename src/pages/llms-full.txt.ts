/** /llms-full.txt: every Markdown twin in one file. */
import type { APIRoute } from 'astro';
import { llmsFullPieces } from '~/lib/exports/twins';
import { piecesResponse } from '~/lib/exports/pieces';
import { getTaxonomy } from '~/lib/astro/load';
import { absoluteOn } from '~/lib/site/urls';

export const GET: APIRoute = async ({ site }) => piecesResponse(llmsFullPieces(await getTaxonomy(), absoluteOn(site)), 'text/plain; charset=utf-8');
