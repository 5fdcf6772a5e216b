/**
 * Each standard's own take-away files: its Markdown twin and its feed in each
 * language, and its CSL-JSON, BibTeX and RIS. A build writes them in one loop
 * after the pages (src/integrations/take-away-files.mjs), from shards of this
 * list that one route renders (src/pages/take-away-files/), instead of one
 * route per file: at 5 000 standards those were 35 000 renders and a third of
 * page generation. The development server has no finished build, so there
 * each file's own route serves the same text, from the same functions.
 */
import { standardsBibtex, standardsRis } from './bibliography';
import { standardCslOf } from './csl';
import { standardFeed } from './feed-of';
import type { ExportMeta } from './export';
import { exportMeta } from './meta';
import { standardTwin } from './twins';
import type { Standard, Taxonomy } from '../model/types';
import { LOCALES } from '../base/vocabulary';
import { absoluteOn, dataPath, outputPath, urls } from '../site/urls';

export interface TakeAwayFile {
  /** Where the file goes, below the site's base (the build's output folder). */
  path: string;
  body: string;
}

/** Standards per shard: a shard's JSON stays a few megabytes at most. */
export const TAKE_AWAY_SHARD = 250;

/** True where these files are written after the build, so their own routes render nothing. */
export const TAKE_AWAY_AFTER_BUILD = import.meta.env.PROD;

/** The routes' static paths: none in a build, where the loop writes the files. */
export function takeAwayPaths<T>(paths: () => T[] | Promise<T[]>): T[] | Promise<T[]> {
  return TAKE_AWAY_AFTER_BUILD ? [] : paths();
}

/** One standard's take-away files, in both languages where they have one. */
export function standardTakeAway(tax: Taxonomy, s: Standard, site: URL | undefined): TakeAwayFile[] {
  const abs = absoluteOn(site);
  const meta = exportMeta(tax, site);
  const route = { page: 'standard', id: s.id } as const;
  return [
    ...LOCALES.flatMap((locale) => [
      { path: outputPath(urls.twin(locale, route)), body: standardTwin(tax, s, locale, abs) },
      { path: outputPath(urls.feed(locale, route)), body: standardFeed(tax, s.id, locale, site) },
    ]),
    { path: dataPath(`standards/${s.id}.csl.json`), body: standardCslJson(tax, s, meta) },
    { path: dataPath(`standards/${s.id}.bib`), body: standardsBibtex(tax, meta, [s]) },
    { path: dataPath(`standards/${s.id}.ris`), body: standardsRis(tax, meta, [s]) },
  ];
}

/** One standard's CSL-JSON: a list holding its one item, as CSL-JSON files are lists. */
export function standardCslJson(tax: Taxonomy, s: Standard, meta: ExportMeta): string {
  return JSON.stringify([standardCslOf(tax, s, meta)], null, 2);
}
