/**
 * One standard's record file, for the development server only: a build writes
 * these files in one loop from standards.json instead (record-files.mjs), which
 * costs far less than a route rendered once per standard.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportMeta } from '~/lib/exports/meta';
import { standardRecordFile } from '~/lib/exports/export';
import { getTaxonomy } from '~/lib/astro/load';

export const getStaticPaths = (async () => {
  const tax = await getTaxonomy();
  return tax.standards.map((s) => ({ params: { id: s.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const tax = await getTaxonomy();
  return new Response(JSON.stringify(standardRecordFile(tax, tax.standard(params.id!), exportMeta(tax, site)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
