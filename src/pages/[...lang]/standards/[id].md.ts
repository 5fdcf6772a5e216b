/** The Markdown twin of each standard page, beside it: /standards/<id>.md and /en/standards/<id>.md. */
import type { APIRoute } from 'astro';
import { standardTwin } from '~/lib/exports/twins';
import { getTaxonomy } from '~/lib/model/load';
import { localePathsFor, type LocaleProps } from '~/lib/site/routes';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localePathsFor(tax.standards, (x) => ({ id: x.id }));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as LocaleProps;
  const tax = await getTaxonomy();
  const body = standardTwin(tax, tax.standard(params.id!), locale, (path) => new URL(path, site ?? 'http://localhost/').href);
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
