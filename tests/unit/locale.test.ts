import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '~/lib/base/vocabulary';
import { localeOfPath, localePrefix, localeSegment, otherLocale, pathBelowLocale } from '~/lib/i18n/locale';
import { localePaths } from '~/lib/site/routes';
import { absoluteUrls, createUrls, type Route } from '~/lib/site/urls';

const ROUTES: Route[] = [
  { page: 'home' },
  { page: 'framework', focus: 'gb-t-45654-2025' },
  { page: 'node', id: 'c-safety-alignment' },
  { page: 'standard', id: 'gb-t-45654-2025' },
  { page: 'risks' },
  { page: 'about-data' },
  { page: 'search', q: 'GB/T 45654' },
  { page: 'timeline', filter: { facet: 'event', value: 'published' }, slice: '2025' },
];

/** The path a link leads to, as the browser's location.pathname gives it. */
const pathOf = (href: string) => new URL(href, 'https://example.org').pathname;

describe('the locale rule', () => {
  it('puts the default locale at the root and every other under its own code', () => {
    expect(localePrefix(DEFAULT_LOCALE)).toBe('');
    expect(localeSegment(DEFAULT_LOCALE)).toBeUndefined();
    for (const l of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
      expect(localePrefix(l)).toBe(`${l}/`);
      expect(localeSegment(l)).toBe(l);
    }
  });

  it('switches to the other language and back', () => {
    for (const l of LOCALES) {
      expect(otherLocale(l)).not.toBe(l);
      expect(otherLocale(otherLocale(l))).toBe(l);
    }
  });

  it('makes one static path per locale, with the segment the locale lives under', () => {
    expect(localePaths().map((p) => [p.props.locale, p.params.lang])).toEqual(LOCALES.map((l) => [l, localeSegment(l)]));
  });
});

describe.each(['/', '/ai-safety-standards/'])('the locale helpers agree with the site’s URLs under base %s', (base) => {
  const urls = createUrls(base);

  it.each(LOCALES)('reads every %s link back as its own language', (locale) => {
    for (const route of ROUTES) {
      const path = pathOf(urls.href(locale, route));
      expect(path.startsWith(`${urls.base}${localePrefix(locale)}`), path).toBe(true);
      expect(localeOfPath(path, urls.base), path).toBe(locale);
      expect(urls.localeOf(path), path).toBe(locale);
    }
    expect(localeOfPath(urls.feed(locale), urls.base)).toBe(locale);
  });

  it.each(LOCALES)('translates every %s page to the same page in the other language', (locale) => {
    const other = otherLocale(locale);
    for (const route of ROUTES) {
      const here = pathOf(urls.href(locale, route));
      const there = pathOf(urls.href(other, route));
      expect(urls.translate(here, other), here).toBe(there);
      expect(urls.translate(here, locale), here).toBe(here);
      expect(pathBelowLocale(here, urls.base), here).toBe(pathBelowLocale(there, urls.base));
    }
  });

  it('reads a Chinese path that merely starts with the letters "en" as Chinese', () => {
    const path = `${urls.base}entries/x/`;
    expect(localeOfPath(path, urls.base)).toBe(DEFAULT_LOCALE);
    expect(pathBelowLocale(path, urls.base)).toBe('entries/x/');
    expect(urls.translate(path, 'en')).toBe(`${urls.base}en/entries/x/`);
  });

  it('reads the English home page without its trailing slash as English', () => {
    const bare = `${urls.base}${localePrefix('en').replace(/\/$/, '')}`;
    expect(localeOfPath(bare, urls.base)).toBe('en');
    expect(urls.translate(bare, DEFAULT_LOCALE)).toBe(urls.href(DEFAULT_LOCALE, { page: 'home' }));
  });

  it.each(LOCALES)('gives the %s page of a standard in the exports at the address the site links to', (locale) => {
    const siteUrl = new URL(urls.base, 'https://example.org').href;
    const page = absoluteUrls(siteUrl).href(locale, { page: 'standard', id: 'gb-t-45654-2025' });
    expect(page).toBe(new URL(urls.href(locale, { page: 'standard', id: 'gb-t-45654-2025' }), 'https://example.org').href);
  });
});
