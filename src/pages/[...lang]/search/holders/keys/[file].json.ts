/**
 * The keys of the index of titles that hold a query (see
 * src/lib/search/title-holders.ts), in files by a hash of the key.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getTaxonomy } from '~/lib/astro/load';
import { localePaths } from '~/lib/site/routes';
import { holderIndexOf } from '~/lib/search/title-map';
import { keyFiles } from '~/lib/search/title-holders';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localePaths().flatMap(({ params, props }) =>
    keyFiles(holderIndexOf(tax, props.locale)).map((keys, file) => ({ params: { ...params, file: String(file) }, props: { keys } })),
  );
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(JSON.stringify(props.keys), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
