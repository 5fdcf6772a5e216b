/**
 * The files written in bulk, in shards, for a build only: the loop after the
 * pages (take-away-files.mjs) writes the files from them, then removes them.
 * Each standard's own files fill the numbered shards; the search page's
 * numbered files, one more.
 */
import type { APIRoute } from 'astro';
import { standardTakeAway, TAKE_AWAY_SHARD } from '~/lib/exports/take-away';
import { getTaxonomy } from '~/lib/astro/load';
import { searchFiles } from '~/lib/search/files';

/** The shard of the search page's files. */
const SEARCH_SHARD = 'search';

/** A shard's response: its files, as JSON. */
const json = (files: unknown) => new Response(JSON.stringify(files), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export async function getStaticPaths() {
  const { standards } = await getTaxonomy();
  // At least one shard of standards, so that none at all means the build went wrong.
  const shards = Array.from({ length: Math.max(1, Math.ceil(standards.length / TAKE_AWAY_SHARD)) }, (_, i) => String(i));
  return [...shards, SEARCH_SHARD].map((shard) => ({ params: { shard } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const tax = await getTaxonomy();
  if (params.shard === SEARCH_SHARD) return json(searchFiles(tax));
  const start = Number(params.shard) * TAKE_AWAY_SHARD;
  return json(tax.standards.slice(start, start + TAKE_AWAY_SHARD).flatMap((s) => standardTakeAway(tax, s, site)));
};
