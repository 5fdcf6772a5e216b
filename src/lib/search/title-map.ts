/**
 * The title map (see titles.ts) and the index of titles that hold a query
 * (title-holders.ts) of a language: every entry page's names and card, from
 * the same search records the pages give the index (record.ts), so
 * the card a name finds is the one the engine's result shows.
 */
import type { Locale } from '../base/vocabulary';
import type { Taxonomy } from '../model/taxonomy';
import { urls } from '../site/urls';
import { META_LIST_SEPARATOR, type SearchMeta } from './fields';
import { laterRecord, nodeRecord, regulationRecord, riskRecord, standardRecord, type SearchRecord } from './record';
import { holderIndex, type HolderIndex } from './title-holders';
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

interface Made {
  names?: ReturnType<typeof named>[];
  map?: TitleEntry[];
  holders?: HolderIndex;
}
const made = new WeakMap<Taxonomy, Partial<Record<Locale, Made>>>();

/** What one language's map and index are made from, once per build: the search page and their files all need them. */
function madeFor(tax: Taxonomy, locale: Locale): Made {
  const cache = made.get(tax) ?? {};
  made.set(tax, cache);
  return (cache[locale] ??= {});
}

function namesOf(tax: Taxonomy, locale: Locale): ReturnType<typeof named>[] {
  return (madeFor(tax, locale).names ??= [
    ...tax.standards.map((s) => named(standardRecord(tax, s, locale), urls.href(locale, { page: 'standard', id: s.id }))),
    ...tax.nodes.map((n) => named(nodeRecord(tax, n, locale), urls.href(locale, { page: 'node', id: n.id }))),
    ...tax.risks.map((r) => named(riskRecord(r, locale), urls.href(locale, { page: 'risk', id: r.id }))),
    ...tax.later.map((d) => named(laterRecord(d, locale), urls.href(locale, { page: 'later-document', id: d.id }))),
    ...tax.regulations.map((r) => named(regulationRecord(r, locale), urls.href(locale, { page: 'regulation', id: r.id }))),
  ]);
}

/** The title map of one language. */
export function titleMapOf(tax: Taxonomy, locale: Locale): TitleEntry[] {
  return (madeFor(tax, locale).map ??= titleMap(namesOf(tax, locale)));
}

/** The index of which titles hold a query (title-holders.ts), of one language. */
export function holderIndexOf(tax: Taxonomy, locale: Locale): HolderIndex {
  return (madeFor(tax, locale).holders ??= holderIndex(namesOf(tax, locale)));
}

/** Where the map's files are, under the search page: "<base>[en/]search/titles/". */
export function titleFiles(locale: Locale): string {
  return `${urls.href(locale, { page: 'search' })}titles/`;
}

/** Where the index's files are, under the search page: "<base>[en/]search/holders/" (keys/<n>.json and cards/<n>.json). */
export function holderFiles(locale: Locale): string {
  return `${urls.href(locale, { page: 'search' })}holders/`;
}
