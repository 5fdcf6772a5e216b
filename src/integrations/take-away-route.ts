/**
 * The files a build writes in bulk, on the development server, which has no
 * finished build: one route serves every file of the lists a build writes
 * (take-away-files.mjs), from the same lists, so each has the same bytes.
 */
import type { APIRoute } from 'astro';
import { takeAwayContentType, takeAwayFiles } from '~/lib/exports/take-away';
import { getTaxonomy } from '~/lib/astro/load';
import { searchFiles } from '~/lib/search/files';
import type { Taxonomy } from '~/lib/model/taxonomy';
import { outputPath } from '~/lib/site/urls';

/** Each standard's own files and the search page's numbered files, by their path below the base. */
const bulkFiles = (tax: Taxonomy, site: URL | undefined) => new Map([...takeAwayFiles(tax, site), ...searchFiles(tax)].map((f) => [f.path, f.body]));

// The route is registered once per ending (take-away-files.mjs), and `file` is the path without it; the path asked
// for is read from the URL.
export async function getStaticPaths() {
  const paths = [...bulkFiles(await getTaxonomy(), undefined).keys()];
  return [...new Set(paths.map((path) => path.replace(/\.[a-z]+$/, '')))].map((file) => ({ params: { file } }));
}

/**
 * The files as served, made once per model and public address: the server is asked for one file at a time, and
 * making one means making every file of both lists. A content change gives a new model, and so the files again.
 */
const served = new WeakMap<Taxonomy, Map<string, Map<string, string>>>();

function servedFiles(tax: Taxonomy, site: URL | undefined): Map<string, string> {
  let bySite = served.get(tax);
  if (!bySite) served.set(tax, (bySite = new Map()));
  let files = bySite.get(site?.href ?? '');
  if (!files) bySite.set(site?.href ?? '', (files = bulkFiles(tax, site)));
  return files;
}

export const GET: APIRoute = async ({ url, site }) => {
  const path = outputPath(decodeURIComponent(url.pathname));
  const body = servedFiles(await getTaxonomy(), site).get(path);
  if (body === undefined) return new Response(null, { status: 404 });
  return new Response(body, { headers: { 'Content-Type': takeAwayContentType(path) } });
};
