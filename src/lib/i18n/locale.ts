/**
 * Where each language lives: the default locale (Chinese, the document's own
 * language) at the root of the site, every other locale under a first path
 * segment of its own code (/en/). This is the only module that knows it; the
 * routes, every URL, the language switch, the 404 page's script, the sitemap,
 * the feeds and the exports all ask here.
 *
 * No zod and relative imports with their extension: browser scripts and
 * astro.config.mjs (plain Node, outside Vite) load it too.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../base/vocabulary.ts';

/** A locale's first path segment: none for the default locale, its code for the others. */
export function localeSegment(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** What comes between the base path and a page's own path: "" for Chinese, "en/" for English. */
export function localePrefix(locale: Locale): string {
  const segment = localeSegment(locale);
  return segment === undefined ? '' : `${segment}/`;
}

/** The language a reader switches to: with two locales, the one that is not this one. */
export function otherLocale(locale: Locale): Locale {
  return LOCALES.find((l) => l !== locale)!;
}

/** A path as the browser sees it, with the base taken off and no leading slash. */
function belowBase(pathname: string, base: string): string {
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
}

/** The locale whose segment starts this path below the base, if it is not the default's. */
function segmentLocale(rest: string): Locale | undefined {
  const first = rest.split('/', 1)[0];
  return LOCALES.find((l) => localeSegment(l) !== undefined && localeSegment(l) === first);
}

/** The locale a path (with the base) belongs to; a path no other locale claims is the default's. */
export function localeOfPath(pathname: string, base: string): Locale {
  return segmentLocale(belowBase(pathname, base)) ?? DEFAULT_LOCALE;
}

/** A path (with the base) without its base and locale prefix: the page's own path, the same in every language. */
export function pathBelowLocale(pathname: string, base: string): string {
  const rest = belowBase(pathname, base);
  const locale = segmentLocale(rest);
  return locale === undefined ? rest : rest.slice(localePrefix(locale).length);
}
