/** Each standard's own Atom feed, beside its page: /standards/<id>/feed.xml and /en/standards/<id>/feed.xml. */
import type { APIRoute } from 'astro';
import { standardFeed } from '~/lib/exports/feed-of';
import { getTaxonomy } from '~/lib/model/load';
import { localePathsFor, type LocaleProps } from '~/lib/site/routes';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localePathsFor(tax.standards, (s) => ({ id: s.id }));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as LocaleProps;
  const body = standardFeed(await getTaxonomy(), params.id!, locale, site);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
