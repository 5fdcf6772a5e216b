/** The Markdown twin of each later-document page, beside it: /later/<id>.md and /en/later/<id>.md. */
import type { APIRoute } from 'astro';
import { laterTwin } from '~/lib/exports/twins';
import { getTaxonomy } from '~/lib/astro/load';
import { absoluteOn } from '~/lib/site/urls';
import { localePathsFor, type LocaleProps } from '~/lib/site/routes';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localePathsFor(tax.later, (x) => ({ id: x.id }));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as LocaleProps;
  const tax = await getTaxonomy();
  const body = laterTwin(tax, tax.laterDocument(params.id!), locale, absoluteOn(site));
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
