/** The Atom feed of each language: /feed.xml (Chinese) and /en/feed.xml. */
import type { APIRoute } from 'astro';
import { atomFeed } from '~/lib/exports/feed';
import { getTaxonomy } from '~/lib/model/load';
import { localePaths, type LocaleProps } from '~/lib/site/routes';
import { urls } from '~/lib/site/urls';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as LocaleProps;
  const tax = await getTaxonomy();
  const body = atomFeed({
    locale,
    events: tax.events,
    later: tax.later,
    today: tax.today,
    siteUrl: new URL(urls.base, site ?? 'http://localhost/').href,
    href: (route) => urls.href(locale, route),
    self: urls.feed(locale),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
