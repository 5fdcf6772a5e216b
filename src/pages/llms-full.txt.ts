/** /llms-full.txt: every Markdown twin in one file. */
import type { APIRoute } from 'astro';
import { llmsFullTxt } from '~/lib/exports/twins';
import { getTaxonomy } from '~/lib/model/load';

export const GET: APIRoute = async ({ site }) => {
  const body = llmsFullTxt(await getTaxonomy(), (path) => new URL(path, site ?? 'http://localhost/').href);
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
