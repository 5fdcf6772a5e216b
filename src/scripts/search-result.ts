/**
 * One search result as the site shows entries everywhere else: number, title,
 * kind, status badge and where it sits in the framework. Built with DOM calls
 * and textContent, so nothing from the index or the query is parsed as HTML
 * except Pagefind's <mark> highlighting, which is rebuilt element by element.
 */

/** What Pagefind hands over for one page (the fields this site uses). */
export interface ResultData {
  url: string;
  excerpt?: string;
  meta: Partial<Record<'title' | 'number' | 'kind' | 'status' | 'status_key' | 'path' | 'type', string>>;
}


function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Pagefind's excerpt is escaped page text with <mark> around matched words.
 * Keep exactly that: text, and marks holding text.
 */
export function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') out.push(el('mark', undefined, node.textContent ?? ''));
    else out.push(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

/** @param showExcerpt whether Pagefind's excerpt would help (see search.ts). */
export function renderResult(data: ResultData, showExcerpt = true): HTMLLIElement {
  const { meta } = data;
  // `pf-result` lets Pagefind's keyboard navigation find the link; Pagefind's
  // stylesheet resets anything else set on that element, so the card is inside it.
  const li = el('li', 'pf-result');
  const card = el('div', 'search-result');
  if (meta.type) card.dataset.type = meta.type;
  li.append(card);

  const heading = el('p', 'search-result__title');
  const link = el('a', 'search-result__link');
  link.href = data.url;
  if (meta.number) link.append(el('span', 'number', meta.number), ' ');
  link.append(el('span', undefined, meta.title ?? data.url));
  heading.append(link);
  card.append(heading);

  const facts = el('p', 'search-result__facts');
  if (meta.kind) facts.append(el('span', 'search-result__kind', meta.kind));
  if (meta.status && meta.status_key) {
    const badge = el('span', `badge badge--${meta.status_key}`);
    const glyph = el('span', undefined, STATUS_GLYPH[meta.status_key as Status] ?? '');
    glyph.setAttribute('aria-hidden', 'true');
    badge.append(glyph, ` ${meta.status}`);
    facts.append(' ', badge);
  }
  if (facts.childNodes.length) card.append(facts);

  if (meta.path) card.append(el('p', 'search-result__path', meta.path));
  if (showExcerpt && data.excerpt) {
    const p = el('p', 'search-result__excerpt');
    p.append(...excerptNodes(data.excerpt));
    card.append(p);
  }
  return li;
}import { type Status, STATUS_GLYPH } from '../lib/vocabulary';

