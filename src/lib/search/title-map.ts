/**
 * The title map (see titles.ts) of a language: every entry page's names and
 * card, from the same search records the pages give the index (record.ts), so
 * the card a name finds is the one the engine's result shows.
 */
import type { Locale } from '../base/vocabulary';
import type { Taxonomy } from '../model/taxonomy';
import { urls } from '../site/urls';
import { META_LIST_SEPARATOR, type SearchMeta } from './fields';
import { laterRecord, nodeRecord, riskRecord, standardRecord, type SearchRecord } from './record';
import { titleMap, type TitleEntry } from './titles';

function named(record: SearchRecord, href: string) {
  const { title, kind, type, number, status, status_key, path, keywords, also } = record.meta;
  const list = (text: string | undefined) => (text ? text.split(META_LIST_SEPARATOR) : []);
  const card: Partial<SearchMeta> = { title, kind, type, number, status, status_key, path };
  const defined = Object.fromEntries(Object.entries(card).filter(([, v]) => v !== undefined)) as typeof card & Pick<SearchMeta, 'title' | 'kind' | 'type'>;
  // The other names begin with the title in the other language.
  const [otherTitle, ...otherNames] = list(also);
  return { titles: [title, ...(otherTitle ? [otherTitle] : [])], names: [...list(keywords), ...otherNames], href, card: defined };
}

const made = new WeakMap<Taxonomy, Partial<Record<Locale, TitleEntry[]>>>();

/** The map of one language; made once per build, as the search page and its files both need it. */
export function titleMapOf(tax: Taxonomy, locale: Locale): TitleEntry[] {
  const cache = made.get(tax) ?? {};
  made.set(tax, cache);
  return (cache[locale] ??= build(tax, locale));
}

function build(tax: Taxonomy, locale: Locale): TitleEntry[] {
  return titleMap([
    ...tax.standards.map((s) => named(standardRecord(tax, s, locale), urls.href(locale, { page: 'standard', id: s.id }))),
    ...tax.nodes.map((n) => named(nodeRecord(tax, n, locale), urls.href(locale, { page: 'node', id: n.id }))),
    ...tax.risks.map((r) => named(riskRecord(r, locale), urls.href(locale, { page: 'risk', id: r.id }))),
    ...tax.later.map((d) => named(laterRecord(d, locale), urls.href(locale, { page: 'later-document', id: d.id }))),
  ]);
}

/** Where the map's files are, under the search page: "<base>[en/]search/titles/". */
export function titleFiles(locale: Locale): string {
  return `${urls.href(locale, { page: 'search' })}titles/`;
}
