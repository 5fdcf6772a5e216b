/** /llms.txt: the site for AI assistants, after the llms.txt proposal, linking every Markdown twin. */
import type { APIRoute } from 'astro';
import { llmsTxt } from '~/lib/exports/twins';
import { getTaxonomy } from '~/lib/astro/load';
import { absoluteOn } from '~/lib/site/urls';

export const GET: APIRoute = async ({ site }) => {
  const body = llmsTxt(await getTaxonomy(), absoluteOn(site));
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
