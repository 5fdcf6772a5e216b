/**
 * The single 404 page, on a path of another language than the default (/en/…):
 * that language first, with its own header and footer. Without this script the
 * page stays bilingual, the default language first.
 */
import { DEFAULT_LOCALE, HTML_LANG, LOCALES } from '~/lib/model/vocabulary';
import { t } from '~/lib/i18n/ui';
import { urls } from '~/lib/site/urls';

const locale = urls.localeOf(location.pathname);
if (locale !== DEFAULT_LOCALE) {
  document.documentElement.lang = HTML_LANG[locale];
  const swap = (selector: string, template: string) => {
    const target = document.querySelector(selector);
    const content = document.querySelector<HTMLTemplateElement>(`template[${template}="${locale}"]`)?.content;
    if (target && content) target.replaceChildren(...content.cloneNode(true).childNodes);
  };
  swap('.site-header', 'data-chrome-header');
  swap('.site-footer', 'data-chrome-footer');
  // Put this language's heading and section first.
  const title = document.querySelector('[data-not-found-title]');
  const sections = document.querySelector('.not-found-sections');
  for (const parent of [title, sections]) {
    const mine = parent?.querySelector(`:scope > [data-locale="${locale}"]`);
    const first = parent?.querySelector(`:scope > [data-locale="${DEFAULT_LOCALE}"]`);
    if (parent && mine && first) {
      const between = mine.previousSibling && mine.previousSibling !== first ? mine.previousSibling : null;
      parent.insertBefore(mine, first);
      if (between) parent.insertBefore(between, first);
    }
  }
  const titles = [locale, ...LOCALES.filter((l) => l !== locale)].map((l) => t(l, 'notFoundTitle'));
  document.title = `${titles.join(' / ')} · ${t(locale, 'siteTitle')}`;
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = t(locale, 'skipToContent');
}
