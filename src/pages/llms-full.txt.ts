/** /llms-full.txt: every Markdown twin in one file. */
import type { APIRoute } from 'astro';
import { llmsFullTxt } from '~/lib/exports/twins';
import { getTaxonomy } from '~/lib/astro/load';
import { absoluteOn } from '~/lib/site/urls';

export const GET: APIRoute = async ({ site }) => {
  const body = llmsFullTxt(await getTaxonomy(), absoluteOn(site));
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
