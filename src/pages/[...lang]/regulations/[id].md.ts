/** The Markdown twin of each regulation page, beside it: /regulations/<id>.md and /en/regulations/<id>.md. */
import type { APIRoute } from 'astro';
import { regulationTwin } from '~/lib/exports/twins';
import { getTaxonomy } from '~/lib/astro/load';
import { localePathsFor, type LocaleProps } from '~/lib/site/routes';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localePathsFor(tax.regulations, (x) => ({ id: x.id }));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as LocaleProps;
  const tax = await getTaxonomy();
  const body = regulationTwin(tax, tax.regulation(params.id!), locale, (path) => new URL(path, site ?? 'http://localhost/').href);
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
