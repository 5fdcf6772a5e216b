/** Each language's OpenSearch description: /opensearch.xml and /en/opensearch.xml. */
import type { APIRoute } from 'astro';
import { openSearchDescription } from '~/lib/exports/opensearch';
import { localePaths, type LocaleProps } from '~/lib/site/routes';
import { absoluteOn, urls } from '~/lib/site/urls';

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ props, site }) => {
  const { locale } = props as LocaleProps;
  const abs = absoluteOn(site);
  const body = openSearchDescription({
    locale,
    searchPage: abs(urls.href(locale, { page: 'search' })),
    self: abs(urls.openSearch(locale)),
    icon: abs(urls.asset('favicon.svg')),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
