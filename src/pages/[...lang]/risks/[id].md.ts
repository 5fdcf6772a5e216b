/** The Markdown twin of each risk page, beside it: /risks/<id>.md and /en/risks/<id>.md. */
import type { APIRoute } from 'astro';
import { riskTwin } from '~/lib/exports/twins';
import { getTaxonomy } from '~/lib/astro/load';
import { absoluteOn } from '~/lib/site/urls';
import { localePathsFor, type LocaleProps } from '~/lib/site/routes';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localePathsFor(tax.risks, (x) => ({ id: x.id }));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as LocaleProps;
  const tax = await getTaxonomy();
  const body = riskTwin(tax, tax.risk(params.id!), locale, absoluteOn(site));
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
