/** Each part's Atom feed, beside its page: /framework/<part>/feed.xml and /en/framework/<part>/feed.xml. */
import type { APIRoute } from 'astro';
import { partFeed } from '~/lib/exports/feed-of';
import { getTaxonomy } from '~/lib/astro/load';
import { localePathsFor, type LocaleProps } from '~/lib/site/routes';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localePathsFor(tax.parts, (p) => ({ id: p.id }));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as LocaleProps;
  const body = partFeed(await getTaxonomy(), params.id!, locale, site);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
