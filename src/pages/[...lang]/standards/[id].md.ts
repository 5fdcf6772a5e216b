/** The Markdown twin of each standard page, beside it: /standards/<id>.md and /en/standards/<id>.md. */
import type { APIRoute } from 'astro';
import { standardTwin } from '~/lib/exports/twins';
import { getTaxonomy } from '~/lib/astro/load';
import { absoluteOn } from '~/lib/site/urls';
import { localePathsFor, type LocaleProps } from '~/lib/site/routes';
import { takeAwayPaths } from '~/lib/exports/take-away';

export async function getStaticPaths() {
  // In a build the loop after the pages writes these (src/lib/exports/take-away.ts).
  return takeAwayPaths(async () => localePathsFor((await getTaxonomy()).standards, (x) => ({ id: x.id })));
}

export const GET: APIRoute = async ({ props, params, site }) => {
  const { locale } = props as LocaleProps;
  const tax = await getTaxonomy();
  const body = standardTwin(tax, tax.standard(params.id!), locale, absoluteOn(site));
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
