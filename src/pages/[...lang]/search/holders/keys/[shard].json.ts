/**
 * The keys of the index of titles that hold a query (see
 * src/lib/search/title-holders.ts), in files by a hash of the key.
 */
import { getTaxonomy } from '~/lib/astro/load';
import { jsonFile, localeFilePaths } from '~/lib/site/routes';
import { holderIndexOf } from '~/lib/search/title-map';
import { keyFiles } from '~/lib/search/title-holders';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localeFilePaths((locale) => keyFiles(holderIndexOf(tax, locale)));
}

export const GET = jsonFile;
