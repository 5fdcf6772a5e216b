/**
 * Each standard's own files, listed once: its JSON record, its Markdown twin
 * and its feed in each language, and its CSL-JSON, BibLaTeX, classic BibTeX
 * and RIS. One list
 * serves both ways the site makes them (src/integrations/take-away-files.mjs):
 * a build renders it in shards and writes the files in one loop after the
 * pages, instead of one route per file (at 5 000 standards those were 35 000
 * renders and a third of page generation); the development server serves each
 * file of the same list through one route, so both give the same bytes.
 */
import { standardsBibtex, standardsClassicBibtex, standardsRis } from './bibliography';
import { standardCslOf } from './csl';
import { standardRecordFile, type ExportMeta } from './export';
import { standardFeed } from './feed-of';
import { exportMeta } from './meta';
import { standardTwin } from './twins';
import type { Standard, Taxonomy } from '../model/types';
import { LOCALES } from '../base/vocabulary';
import type { SiteFile } from '../site/routes';
import { absoluteOn, dataPath, outputPath, urls } from '../site/urls';

/** Standards per shard: a shard stays a few megabytes at most. */
export const TAKE_AWAY_SHARD = 250;

/** One standard's own files, in both languages where they have one. */
export function standardTakeAway(tax: Taxonomy, s: Standard, site: URL | undefined): SiteFile[] {
  const abs = absoluteOn(site);
  const meta = exportMeta(tax, site);
  const route = { page: 'standard', id: s.id } as const;
  return [
    { path: dataPath(`standards/${s.id}.json`), body: JSON.stringify(standardRecordFile(tax, s, meta), null, 2) },
    ...LOCALES.flatMap((locale) => [
      { path: outputPath(urls.twin(locale, route)), body: standardTwin(tax, s, locale, abs) },
      { path: outputPath(urls.feed(locale, route)), body: standardFeed(tax, s.id, locale, site) },
    ]),
    { path: dataPath(`standards/${s.id}.csl.json`), body: standardCslJson(tax, s, meta) },
    { path: dataPath(`standards/${s.id}.bib`), body: standardsBibtex(tax, meta, [s]) },
    { path: dataPath(`standards/${s.id}.bibtex.bib`), body: standardsClassicBibtex(tax, meta, [s]) },
    { path: dataPath(`standards/${s.id}.ris`), body: standardsRis(tax, meta, [s]) },
  ];
}

/** Every standard's own files. */
export function takeAwayFiles(tax: Taxonomy, site: URL | undefined): SiteFile[] {
  return tax.standards.flatMap((s) => standardTakeAway(tax, s, site));
}

/** One standard's CSL-JSON: a list holding its one item, as CSL-JSON files are lists. */
export function standardCslJson(tax: Taxonomy, s: Standard, meta: ExportMeta): string {
  return JSON.stringify([standardCslOf(tax, s, meta)], null, 2);
}

/** The media type a take-away file is served with, by its ending. */
export function takeAwayContentType(path: string): string {
  if (path.endsWith('.csl.json')) return 'application/vnd.citationstyles.csl+json; charset=utf-8';
  if (path.endsWith('.json')) return 'application/json; charset=utf-8';
  if (path.endsWith('.md')) return 'text/markdown; charset=utf-8';
  if (path.endsWith('.xml')) return 'application/atom+xml; charset=utf-8';
  if (path.endsWith('.bib')) return 'application/x-bibtex; charset=utf-8';
  if (path.endsWith('.ris')) return 'application/x-research-info-systems; charset=utf-8';
  throw new Error(`${path}: no media type for a take-away file ending so; expected .json, .md, .xml, .bib or .ris`);
}
