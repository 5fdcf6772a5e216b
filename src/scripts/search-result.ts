/**
 * One search result as the site shows entries everywhere else: number, title,
 * kind, today's status badge and where it sits in the framework, then an
 * excerpt with the query's terms marked, or the other names it was found by.
 * Built with DOM calls and textContent only: nothing from the index or the
 * query is ever parsed as HTML.
 */
import { type Segment } from '~/lib/search/match';
import { META_LIST_SEPARATOR, type SearchMeta } from '~/lib/search/fields';
import { type TodayStatus, TODAY_STATUS_GLYPH } from '~/lib/model/vocabulary';

/** A result ready to show: the page's address and metadata, and what to quote. */
export interface ShownResult {
  url: string;
  meta: Partial<SearchMeta>;
  excerpt: Segment[] | null;
  /** Other names of the entry that contain the query, when the excerpt does not. */
  alsoKnownAs: string[];
}

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

  const heading = el('p', 'search-result__title');
  const link = el('a', 'search-result__link');
  link.href = result.url;
  if (meta.number) link.append(el('span', 'number', meta.number), ' ');
  link.append(el('span', undefined, meta.title ?? result.url));
  heading.append(link);
  card.append(heading);

  const facts = el('p', 'search-result__facts');
  if (meta.kind) facts.append(el('span', 'search-result__kind', meta.kind));
  if (meta.status && meta.status_key) {
    const badge = el('span', `badge badge--${meta.status_key}`);
    const glyph = el('span', undefined, TODAY_STATUS_GLYPH[meta.status_key as TodayStatus] ?? '');
    glyph.setAttribute('aria-hidden', 'true');
    badge.append(glyph, ` ${meta.status}`);
    facts.append(badge);
  }
  if (facts.childNodes.length) card.append(facts);
  if (meta.path) card.append(el('p', 'search-result__path', meta.path));

  if (result.excerpt) {
    const p = el('p', 'search-result__excerpt');
    for (const s of result.excerpt) p.append(s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text));
    card.append(p);
  } else if (result.alsoKnownAs.length) {
    const p = el('p', 'search-result__aka', alsoKnownAsLabel);
    result.alsoKnownAs.forEach((name, i) => p.append(i ? separator : '', el('mark', undefined, name)));
    card.append(p);
  }
  return card;
}
