/**
 * The single 404 page, on an English path: English first, with the English
 * header and footer. Without this script the page stays bilingual, Chinese first.
 */
import { t } from '~/lib/i18n/ui';
import { urls } from '~/lib/site/urls';

if (urls.localeOf(location.pathname) === 'en') {
  document.documentElement.lang = 'en';
  const swap = (selector: string, template: string) => {
    const target = document.querySelector(selector);
    const content = document.querySelector<HTMLTemplateElement>(`template[${template}="en"]`)?.content;
    if (target && content) target.replaceChildren(...content.cloneNode(true).childNodes);
  };
  swap('.site-header', 'data-chrome-header');
  swap('.site-footer', 'data-chrome-footer');
  // Put the English heading and section first.
  const title = document.querySelector('[data-not-found-title]');
  const sections = document.querySelector('.not-found-sections');
  for (const parent of [title, sections]) {
    const en = parent?.querySelector(':scope > [data-locale="en"]');
    const zh = parent?.querySelector(':scope > [data-locale="zh"]');
    if (parent && en && zh) {
      const between = en.previousSibling && en.previousSibling !== zh ? en.previousSibling : null;
      parent.insertBefore(en, zh);
      if (between) parent.insertBefore(between, zh);
    }
  }
  document.title = `${t('en', 'notFoundTitle')} / ${t('zh', 'notFoundTitle')} · ${t('en', 'siteTitle')}`;
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = t('en', 'skipToContent');
}
