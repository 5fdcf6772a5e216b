import type { APIRoute } from 'astro';
import { standardsSchema } from '~/lib/exports/json-schema';
import { absoluteUrl, urls } from '~/lib/site/urls';

export const GET: APIRoute = ({ site }) => {
  return new Response(JSON.stringify(standardsSchema(absoluteUrl(urls.data('standards.schema.json'), site)), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
