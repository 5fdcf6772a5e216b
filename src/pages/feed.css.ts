/** /feed.css: how the site's feeds read when opened in a browser (src/lib/exports/feed-css.ts). */
import type { APIRoute } from 'astro';
import { feedCss } from '~/lib/exports/feed-css';

export const GET: APIRoute = () => new Response(feedCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
