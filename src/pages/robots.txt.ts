import type { APIRoute } from 'astro';
import { absoluteUrl, urls } from '~/lib/site/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(urls.asset('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
