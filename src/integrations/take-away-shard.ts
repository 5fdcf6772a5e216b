/**
 * The files written in bulk, in shards, for a build only: each shard is handed
 * over to the integration (take-away-files.mjs), which keeps it on disk until
 * the loop after the pages writes its files. Each standard's own files fill
 * the numbered shards; the search page's numbered files, one more. A route,
 * because the site's model is read where pages render.
 */
import type { APIRoute } from 'astro';
import { standardTakeAway, TAKE_AWAY_SHARD } from '~/lib/exports/take-away';
import { getTaxonomy } from '~/lib/astro/load';
import { searchFiles } from '~/lib/search/files';
import type { SiteFile } from '~/lib/site/routes';
import { handOverTakeAwayShard } from './take-away-shards.mjs';

/** The shard of the search page's files. */
const SEARCH_SHARD = 'search';

/** A shard's files go to the integration that writes them; the response has no body, so Astro writes no file. */
function handOver(shard: string, files: SiteFile[]): Response {
  handOverTakeAwayShard(shard, files);
  return new Response(null, { status: 204 });
}

export async function getStaticPaths() {
  const { standards } = await getTaxonomy();
  // At least one shard of standards, so that none at all means the build went wrong.
  const shards = Array.from({ length: Math.max(1, Math.ceil(standards.length / TAKE_AWAY_SHARD)) }, (_, i) => String(i));
  return [...shards, SEARCH_SHARD].map((shard) => ({ params: { shard } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const tax = await getTaxonomy();
  if (params.shard === SEARCH_SHARD) return handOver(params.shard, searchFiles(tax));
  const start = Number(params.shard) * TAKE_AWAY_SHARD;
  return handOver(
    params.shard!,
    tax.standards.slice(start, start + TAKE_AWAY_SHARD).flatMap((s) => standardTakeAway(tax, s, site)),
  );
};
