/**
 * The title map in files by name (see src/lib/search/titles.ts): a query
 * fetches the one file its name is in.
 */
import { getTaxonomy } from '~/lib/astro/load';
import { jsonFile, localeFilePaths } from '~/lib/site/routes';
import { titleMapOf } from '~/lib/search/title-map';
import { titleShards } from '~/lib/search/titles';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localeFilePaths((locale) => titleShards(titleMapOf(tax, locale)));
}

export const GET = jsonFile;
