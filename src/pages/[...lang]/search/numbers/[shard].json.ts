/**
 * The number map in files, for a catalogue too large to carry it in the search
 * page (see src/lib/search/number-map.ts): none are written while it fits.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getTaxonomy } from '~/lib/astro/load';
import { localePaths } from '~/lib/site/routes';
import { numberMap, numberShards } from '~/lib/search/number-map';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localePaths().flatMap(({ params, props }) =>
    (numberShards(numberMap(tax, props.locale)) ?? []).map((entries, shard) => ({ params: { ...params, shard: String(shard) }, props: { entries } })),
  );
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
