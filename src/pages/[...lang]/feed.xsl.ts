/** The feeds' XSL stylesheet in each language: /feed.xsl and /en/feed.xsl. */
import type { APIRoute } from 'astro';
import { feedStylesheet } from '~/lib/exports/feed-stylesheet';
import { localePaths, type LocaleProps } from '~/lib/site/routes';
import { urls } from '~/lib/site/urls';

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ props }) => {
  const { locale } = props as LocaleProps;
  return new Response(feedStylesheet(locale, urls.asset('feed.css'), urls.asset('favicon.svg')), {
    headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' },
  });
};
