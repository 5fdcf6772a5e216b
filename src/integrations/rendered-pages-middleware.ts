/**
 * Added to the build only (pagefind.mjs): tells the search index step each page
 * Astro has rendered, so that it can read the pages written so far while the
 * rest are rendered.
 */
import { defineMiddleware } from 'astro:middleware';
import { reportRenderedPage } from './rendered-pages.mjs';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  reportRenderedPage(context.url.pathname);
  return response;
});
