/** One standard's BibTeX entry, as in standards.bib. */
import type { APIRoute } from 'astro';
import { standardsBibtex } from '~/lib/exports/bibliography';
import { exportMeta } from '~/lib/exports/meta';
import { getTaxonomy } from '~/lib/astro/load';
import { takeAwayPaths } from '~/lib/exports/take-away';

export async function getStaticPaths() {
  // In a build the loop after the pages writes these (src/lib/exports/take-away.ts).
  return takeAwayPaths(async () => (await getTaxonomy()).standards.map((s) => ({ params: { id: s.id } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const tax = await getTaxonomy();
  return new Response(standardsBibtex(tax, exportMeta(tax, site), [tax.standard(params.id!)]), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
