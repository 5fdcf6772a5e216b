/** Each standard's own Atom feed, beside its page: /standards/<id>/feed.xml and /en/standards/<id>/feed.xml. */
import type { APIRoute } from 'astro';
import { standardFeed } from '~/lib/exports/feed-of';
import { getTaxonomy } from '~/lib/astro/load';
import { localePathsFor, type LocaleProps } from '~/lib/site/routes';
import { takeAwayPaths } from '~/lib/exports/take-away';

export async function getStaticPaths() {
  // In a build the loop after the pages writes these (src/lib/exports/take-away.ts).
  return takeAwayPaths(async () => localePathsFor((await getTaxonomy()).standards, (s) => ({ id: s.id })));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as LocaleProps;
  const body = standardFeed(await getTaxonomy(), params.id!, locale, site);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
