/**
 * The cards of the index of titles that hold a query (see
 * src/lib/search/title-holders.ts), in files by entry number.
 */
import { getTaxonomy } from '~/lib/astro/load';
import { jsonFile, localeFilePaths } from '~/lib/site/routes';
import { holderIndexOf } from '~/lib/search/title-map';
import { cardFiles } from '~/lib/search/title-holders';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localeFilePaths((locale) => cardFiles(holderIndexOf(tax, locale)));
}

export const GET = jsonFile;
