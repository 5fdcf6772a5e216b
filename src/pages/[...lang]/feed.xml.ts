/** The Atom feed of each language: /feed.xml (Chinese) and /en/feed.xml. */
import type { APIRoute } from 'astro';
import { buildDate } from '~/lib/model/build-meta';
import { eventsOfModel } from '~/lib/model/events';
import { atomFeed } from '~/lib/exports/feed';
import { getTaxonomy } from '~/lib/model/load';
import { localePaths, type LocaleProps } from '~/lib/site/routes';
import { urls } from '~/lib/site/urls';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as LocaleProps;
  const tax = await getTaxonomy();
  const events = eventsOfModel(tax);
  const body = atomFeed({
    locale,
    events,
    later: tax.later,
    today: buildDate(),
    siteUrl: new URL(urls.base, site ?? 'http://localhost/').href,
    href: (route) => urls.href(locale, route),
    self: urls.feed(locale),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
