/**
 * The number map in files, for a catalogue too large to carry it in the search
 * page (see src/lib/search/number-map.ts): none are written while it fits.
 */
import { getTaxonomy } from '~/lib/astro/load';
import { jsonFile, localeFilePaths } from '~/lib/site/routes';
import { numberMap, numberShards } from '~/lib/search/number-map';

export async function getStaticPaths() {
  const tax = await getTaxonomy();
  return localeFilePaths((locale) => numberShards(numberMap(tax, locale)) ?? []);
}

export const GET = jsonFile;
