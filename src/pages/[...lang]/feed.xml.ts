/** The Atom feed of each language: /feed.xml (Chinese) and /en/feed.xml. */
import type { APIRoute } from 'astro';
import { siteFeed } from '~/lib/exports/feed-of';
import { getTaxonomy } from '~/lib/astro/load';
import { localePaths, type LocaleProps } from '~/lib/site/routes';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as LocaleProps;
  const body = siteFeed(await getTaxonomy(), locale, site);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
