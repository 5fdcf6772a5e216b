/** The Markdown twin of each node page, beside it: /framework/<id>.md and /en/framework/<id>.md. */
import type { APIRoute } from 'astro';
import { nodeTwin } from '~/lib/exports/twins';
import { getTaxonomy } from '~/lib/astro/load';
import { absoluteOn } from '~/lib/site/urls';
import { localePathsFor, type LocaleProps } from '~/lib/site/routes';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localePathsFor(tax.nodes, (x) => ({ id: x.id }));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as LocaleProps;
  const tax = await getTaxonomy();
  const body = nodeTwin(tax, tax.node(params.id!), locale, absoluteOn(site));
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
