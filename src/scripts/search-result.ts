/**
 * One search result as the site shows entries everywhere else: number, title,
 * kind, today's status badge and where it sits in the framework, then an
 * excerpt with the query's terms marked, or the other names it was found by.
 * Built with DOM calls and textContent only: nothing from the index or the
 * query is ever parsed as HTML.
 */
import { covers, excerpt, searchable, termRanges, type Segment } from '~/lib/search/match';
import { META_LIST_SEPARATOR, type SearchMeta } from '~/lib/search/fields';
import type { NumberMatch } from '~/lib/search/numbers';
import { foldName, type TitleEntry } from '~/lib/search/titles';
import { isKind, isTodayStatus, KIND_LABEL, LATER_KIND_LABEL, type Locale, TODAY_STATUS_GLYPH, TODAY_STATUS_LABEL } from '~/lib/base/vocabulary';
import type { PagefindData } from './search-engine';

/** A result ready to show: the page's address and metadata, and what to quote. */
export interface ShownResult {
  url: string;
  meta: Partial<SearchMeta>;
  excerpt: Segment[] | null;
  /** Other names of the entry that contain the query, when the excerpt does not. */
  alsoKnownAs: string[];
}

const EXCERPT_LENGTH: Record<Locale, number> = { zh: 90, en: 200 };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The entry's other names (its keywords, its title in the other language) that hold the query. */
export function matchingNames(meta: Partial<SearchMeta>, matches: (text: string) => boolean): string[] {
  const names = [meta.keywords, meta.also].flatMap((list) => (list ?? '').split(META_LIST_SEPARATOR));
  return [...new Set(names)].filter((k) => k && matches(k));
}

const fold = foldName;

/** The entry's titles: in the page's language, and in the other (the first of its other names). */
function titlesOf(meta: Partial<SearchMeta>): string[] {
  return [meta.title ?? '', (meta.also ?? '').split(META_LIST_SEPARATOR)[0] ?? ''].filter(Boolean);
}

/**
 * How nearly a result is what the query names, for ordering, lowest first:
 * [0] its title, whole; [1, s, n] a title of n characters that holds the whole
 * query, a standard (s = 0) before any other page (s = 1), as the standards are
 * what the site records and a regulation's title often holds a standard's
 * words, then the shorter title; [2] another of its names, whole; [3] none.
 */
export function nameRank(result: ShownResult, query: string): number[] {
  const asked = fold(query);
  if (!asked) return [3];
  const titles = titlesOf(result.meta).map(fold);
  if (titles.includes(asked)) return [0];
  const holding = titles.filter((t) => t.includes(asked));
  if (holding.length) return [1, result.meta.type === 'standard' ? 0 : 1, Math.min(...holding.map((t) => [...t].length))];
  const names = [result.meta.keywords, result.meta.also].flatMap((list) => (list ?? '').split(META_LIST_SEPARATOR));
  return names.some((name) => fold(name) === asked) ? [2] : [3];
}

/** A stored record as a result: an excerpt around the terms, or the other name that holds them. */
export function fromRecord(href: string, data: PagefindData, words: readonly string[], locale: Locale): ShownResult {
  const { meta } = data;
  const quoted = excerpt(data.content, words, EXCERPT_LENGTH[locale]);
  // Found by another name: say which, unless the title shows it already.
  const inTitle = covers(searchable(meta.title, meta.number), words);
  const aka = quoted || inTitle ? [] : matchingNames(meta, (k) => termRanges(k, words).length > 0);
  return { url: href, meta, excerpt: quoted, alsoKnownAs: aka };
}

/** An entry of the number map as a result, labelled in the page's language. */
export function fromNumber(match: NumberMatch, locale: Locale): ShownResult {
  const status = match.status && isTodayStatus(match.status) ? match.status : undefined;
  return {
    url: match.href,
    meta: {
      title: match.title,
      number: match.number,
      kind: isKind(match.kind) ? KIND_LABEL[match.kind][locale] : LATER_KIND_LABEL[match.kind][locale],
      type: isKind(match.kind) ? 'standard' : 'later',
      status: status && (match.statusText ?? TODAY_STATUS_LABEL[status][locale]),
      status_key: status,
      path: match.path,
    },
    excerpt: null,
    alsoKnownAs: [],
  };
}

/** An entry of the title map as a result: its card, as the engine's result shows it, and the other name it was found by. */
export function fromTitle(found: { entry: TitleEntry; name: string } | null): ShownResult | null {
  if (!found) return null;
  const [, url, meta] = found.entry;
  const aka = fold(found.name) === fold(meta.title) ? [] : [found.name];
  return { url, meta, excerpt: null, alsoKnownAs: aka };
}

/**
 * An entry whose title holds the query (title-holders.ts) as a result: its
 * card, and its title in the other language when only that one holds it.
 */
export function fromHolder(entry: TitleEntry, query: string): ShownResult {
  const [[, other], url, card] = entry;
  const meta: Partial<SearchMeta> = { ...card, also: other };
  const asked = fold(query);
  const aka = other && !fold(card.title).includes(asked) && fold(other).includes(asked) ? [other] : [];
  return { url, meta, excerpt: null, alsoKnownAs: aka };
}

/**
 * @param alsoKnownAsLabel the label before the other names, with its colon.
 * @param separator between the other names, in the page's language.
 * @param tag the element the card is: an item of the list, or the exact-match card's block.
 */
export function renderResult(result: ShownResult, alsoKnownAsLabel: string, separator: string, tag: 'li' | 'div' = 'li'): HTMLElement {
  const { meta } = result;
  const card = el(tag, 'search-result');
  card.dataset.searchResult = '';
  if (meta.type) card.dataset.type = meta.type;
  card.append(title(result));
  const facts = el('p', 'search-result__facts');
  if (meta.kind) facts.append(el('span', 'search-result__kind', meta.kind));
  if (meta.status && isTodayStatus(meta.status_key)) facts.append(badge(meta.status_key, meta.status));
  if (facts.childNodes.length) card.append(facts);
  if (meta.path) card.append(el('p', 'search-result__path', meta.path));
  if (result.excerpt) card.append(quote(result.excerpt));
  else if (result.alsoKnownAs.length) card.append(otherNames(result.alsoKnownAs, alsoKnownAsLabel, separator));
  return card;
}

function title(result: ShownResult): HTMLElement {
  const heading = el('p', 'search-result__title');
  const link = el('a', 'search-result__link');
  link.href = result.url;
  if (result.meta.number) link.append(el('span', 'number', result.meta.number), ' ');
  link.append(el('span', undefined, result.meta.title ?? result.url));
  heading.append(link);
  return heading;
}

function badge(status: keyof typeof TODAY_STATUS_GLYPH, label: string): HTMLElement {
  const b = el('span', `badge badge--${status}`);
  const glyph = el('span', undefined, TODAY_STATUS_GLYPH[status]);
  glyph.setAttribute('aria-hidden', 'true');
  b.append(glyph, ` ${label}`);
  return b;
}

function quote(segments: Segment[]): HTMLElement {
  const p = el('p', 'search-result__excerpt');
  for (const s of segments) p.append(s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text));
  return p;
}

function otherNames(names: string[], label: string, separator: string): HTMLElement {
  const p = el('p', 'search-result__aka', label);
  names.forEach((name, i) => p.append(i ? separator : '', el('mark', undefined, name)));
  return p;
}
