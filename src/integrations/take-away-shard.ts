/**
 * The standards' own files in shards, for a build only: the loop after the
 * pages (take-away-files.mjs) writes the files from them, then removes them.
 */
import type { APIRoute } from 'astro';
import { standardTakeAway, TAKE_AWAY_SHARD } from '~/lib/exports/take-away';
import { getTaxonomy } from '~/lib/astro/load';

export async function getStaticPaths() {
  const { standards } = await getTaxonomy();
  // At least one shard, so that none at all means the build went wrong.
  return Array.from({ length: Math.max(1, Math.ceil(standards.length / TAKE_AWAY_SHARD)) }, (_, i) => ({ params: { shard: String(i) } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const tax = await getTaxonomy();
  const start = Number(params.shard) * TAKE_AWAY_SHARD;
  const files = tax.standards.slice(start, start + TAKE_AWAY_SHARD).flatMap((s) => standardTakeAway(tax, s, site));
  return new Response(JSON.stringify(files), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
