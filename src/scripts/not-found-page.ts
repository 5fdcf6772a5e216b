/**
 * <not-found-page>: the single 404 page, on an English path, puts English
 * first and takes the English header and footer, which wait in its
 * templates; its English title and skip-link text come from its data
 * attributes. Without JavaScript the page stays bilingual, Chinese first.
 */
import { DEFAULT_LOCALE } from '~/lib/base/vocabulary';
import { urls } from '~/lib/site/urls';

/** Puts a parent's English child before its Chinese one, with the separator between them. */
function englishFirst(parent: Element): void {
  const en = parent.querySelector(':scope > [data-locale="en"]');
  const zh = parent.querySelector(':scope > [data-locale="zh"]');
  if (!en || !zh) return;
  const between = en.previousSibling && en.previousSibling !== zh ? en.previousSibling : null;
  parent.insertBefore(en, zh);
  if (between) parent.insertBefore(between, zh);
}

class NotFoundPage extends HTMLElement {
  #connected = false;

  connectedCallback(): void {
    // Served at any missing path: the default language's page stays as it is.
    if (this.#connected || urls.localeOf(location.pathname) === DEFAULT_LOCALE) return;
    this.#connected = true;
    document.documentElement.lang = 'en';
    this.#swap('.site-header', 'data-chrome-header');
    this.#swap('.site-footer', 'data-chrome-footer');
    for (const parent of this.querySelectorAll('[data-not-found-title], .not-found-sections')) englishFirst(parent);
    const { enTitle, enSkipLink } = this.dataset;
    if (enTitle) document.title = enTitle;
    const skip = document.querySelector('.skip-link');
    if (skip && enSkipLink) skip.textContent = enSkipLink;
  }

  /** Replaces the page's header or footer with the English one from this element's template. */
  #swap(selector: string, template: string): void {
    const target = document.querySelector(selector);
    const content = this.querySelector<HTMLTemplateElement>(`template[${template}="en"]`)?.content;
    if (target && content) target.replaceChildren(...content.cloneNode(true).childNodes);
  }
}

customElements.define('not-found-page', NotFoundPage);
