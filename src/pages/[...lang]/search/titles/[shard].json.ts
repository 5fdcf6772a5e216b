/**
 * The title map in files by name (see src/lib/search/titles.ts): a query
 * fetches the one file its name is in.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getTaxonomy } from '~/lib/astro/load';
import { localePaths } from '~/lib/site/routes';
import { titleMapOf } from '~/lib/search/title-map';
import { titleShards } from '~/lib/search/titles';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localePaths().flatMap(({ params, props }) =>
    titleShards(titleMapOf(tax, props.locale)).map((entries, shard) => ({ params: { ...params, shard: String(shard) }, props: { entries } })),
  );
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
