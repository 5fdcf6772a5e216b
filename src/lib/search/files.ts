/**
 * The search page's numbered files, listed once: the number map's (when the
 * catalogue is too large to carry it in the page), the title map's, and the
 * title index's keys and cards, in each language. A build writes them in the
 * same loop as each standard's own files (src/integrations/take-away-files.mjs):
 * at 5 000 standards they are about 3 000 small files, and one route each cost
 * two seconds of page generation. The development server serves each from this
 * list too, so both give the same bytes.
 */
import type { Taxonomy } from '../model/taxonomy';
import { LOCALES, type Locale } from '../base/vocabulary';
import type { SiteFile } from '../site/routes';
import { outputPath } from '../site/urls';
import { numberFiles, numberMap, numberShards } from './number-map';
import { holderFiles, holderIndexOf, titleFiles, titleMapOf } from './title-map';
import { titleShards } from './titles';
import { cardFiles, keyFiles } from './title-holders';

/** One folder's files, each its JSON, named by its number from 0. */
const numbered = (folder: string, bodies: readonly unknown[]): SiteFile[] =>
  bodies.map((body, n) => ({ path: `${outputPath(folder)}${n}.json`, body: JSON.stringify(body) }));

/** One language's numbered files. */
function searchFilesOf(tax: Taxonomy, locale: Locale): SiteFile[] {
  const holders = holderIndexOf(tax, locale);
  return [
    ...numbered(numberFiles(locale), numberShards(numberMap(tax, locale)) ?? []),
    ...numbered(titleFiles(locale), titleShards(titleMapOf(tax, locale))),
    ...numbered(`${holderFiles(locale)}keys/`, keyFiles(holders)),
    ...numbered(`${holderFiles(locale)}cards/`, cardFiles(holders)),
  ];
}

/** Every language's numbered search files. */
export function searchFiles(tax: Taxonomy): SiteFile[] {
  return LOCALES.flatMap((locale) => searchFilesOf(tax, locale));
}
