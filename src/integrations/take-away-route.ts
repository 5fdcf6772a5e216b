/**
 * The standards' own files on the development server, which has no finished
 * build: one route serves every file of the list a build writes
 * (take-away-files.mjs), from the same list, so each has the same bytes.
 */
import type { APIRoute } from 'astro';
import { takeAwayContentType, takeAwayFiles } from '~/lib/exports/take-away';
import { getTaxonomy } from '~/lib/astro/load';
import { outputPath } from '~/lib/site/urls';

// The route is registered once per ending (take-away-files.mjs), and `file` is the path without it; the path asked
// for is read from the URL.
export async function getStaticPaths() {
  const paths = [...takeAwayFiles(await getTaxonomy(), undefined).keys()];
  return [...new Set(paths.map((path) => path.replace(/\.[a-z]+$/, '')))].map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ url, site }) => {
  const path = outputPath(decodeURIComponent(url.pathname));
  const body = takeAwayFiles(await getTaxonomy(), site).get(path);
  if (body === undefined) return new Response(null, { status: 404 });
  return new Response(body, { headers: { 'Content-Type': takeAwayContentType(path) } });
};
