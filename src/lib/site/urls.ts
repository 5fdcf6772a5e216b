/**
 * Every URL is made here, so the site works at the domain root and under a
 * GitHub Pages project path (/<repo>/) alike: each page's and file's path,
 * and, from the site's address, every absolute URL that leaves the site (in
 * feeds, exports, citations, canonical links). Where each language lives is
 * src/lib/i18n/locale.ts's to say.
 */
import { localeOfPath, localePrefix, pathBelowLocale } from '../i18n/locale.ts';
import type { Locale } from '../base/vocabulary.ts';
import type { DataFile, FeedScope, Route, TwinRoute } from '../base/route-types.ts';

export type { DataFile, FeedScope, Route, TwinRoute };

/** A route's path below the locale prefix, always ending in "/" (or "" for home). */
export function routePath(route: Route): string {
  switch (route.page) {
    case 'home':
      return '';
    case 'framework':
      return 'framework/';
    case 'node':
      return `framework/${route.id}/`;
    case 'standards':
      return 'standards/';
    case 'standard':
      return `standards/${route.id}/`;
    case 'risks':
      return 'risks/';
    case 'risk':
      return `risks/${route.id}/`;
    case 'about':
      return 'about/';
    case 'about-site':
      return 'about/site/';
    case 'about-data':
      return 'about/data/';
    case 'search':
      return 'search/';
    case 'timeline':
      return `timeline/${route.filter ? `${route.filter.facet}/${route.filter.value}/` : ''}${route.slice ? `${route.slice}/` : ''}`;
    case 'later':
      return 'later/';
    case 'later-document':
      return `later/${route.id}/`;
    case 'print':
      return 'print/';
    case 'regulations':
      return 'regulations/';
    case 'regulation':
      return `regulations/${route.id}/`;
  }
}

function query(route: Route): string {
  if (route.page === 'framework' && route.focus) return `?focus=${encodeURIComponent(route.focus)}`;
  if (route.page === 'search' && route.q) return `?q=${encodeURIComponent(route.q)}`;
  return '';
}

/** The site's address when none is configured (a local preview). */
const LOCAL_SITE = 'http://localhost/';

export function normaliseBase(base: string | undefined): string {
  if (!base || base === '/') return '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`;
}

export function createUrls(rawBase: string) {
  const base = normaliseBase(rawBase);
  return {
    base,
    /** Link to a page of the site in a language. */
    href(locale: Locale, route: Route): string {
      return `${base}${localePrefix(locale)}${routePath(route)}${query(route)}`;
    },
    /** Link to a downloadable data file (shared by both languages). */
    data(file: DataFile): string {
      return `${base}data/${file}`;
    },
    /** The Atom feed of a language's updates; given a standard or a part, the feed of that one alone, beside its page. */
    feed(locale: Locale, scope?: FeedScope): string {
      return `${base}${localePrefix(locale)}${scope ? routePath(scope) : ''}feed.xml`;
    },
    /**
     * A page's Markdown twin: the page's address with ".md" in place of its
     * closing slash (standards/gb-t-45654-2025/ → …/gb-t-45654-2025.md).
     */
    twin(locale: Locale, route: TwinRoute): string {
      return `${base}${localePrefix(locale)}${routePath(route).replace(/\/$/, '')}.md`;
    },
    /** The OpenSearch description of a language's search page. */
    openSearch(locale: Locale): string {
      return `${base}${localePrefix(locale)}opensearch.xml`;
    },
    /** Link to a file in public/ or a built asset, given its path below the base. */
    asset(path: string): string {
      return `${base}${path.replace(/^\/+/, '')}`;
    },
    /**
     * The same page in another language, from a path as the browser sees it
     * (with the base). Used by the language switch and hreflang alternates.
     */
    translate(pathname: string, to: Locale): string {
      return `${base}${localePrefix(to)}${pathBelowLocale(pathname, base)}`;
    },
    /** The locale a path (with the base) belongs to. */
    localeOf(pathname: string): Locale {
      return localeOfPath(pathname, base);
    },
  };
}

export type Urls = ReturnType<typeof createUrls>;

// The functions below are apart from createUrls's object so that the browser's bundles, which import `urls`, do not carry them.

/** A path that any origin leaves as it is: one leading slash, characters a URL keeps unescaped, no "." or ".." segment. */
const PLAIN_PATH = /^\/(?!\/)[\w\-~/.]*$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/** A path made here (it starts with the base) as an absolute URL on the site's address (Astro's `site`). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  // A large build makes hundreds of thousands of these, nearly all plain paths: joined to the origin they are what the URL
  // parser would make of them, several times faster.
  if (PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path)) return `${(site ?? new URL(LOCAL_SITE)).origin}${path}`;
  return new URL(path, site ?? LOCAL_SITE).href;
}

/** `absoluteUrl` on one site's address, for code that is handed a way to make absolute URLs. */
export function absoluteOn(site: URL | undefined): (path: string) => string {
  return (path) => absoluteUrl(path, site);
}

/** The site's own absolute address, base included ("https://example.org/repo/"). */
export function siteUrl(site: URL | undefined): string {
  return absoluteUrl(urls.base, site);
}

/** A path made here as a file's path in the build's output folder, which holds no base. */
export function outputPath(path: string): string {
  return path.slice(urls.base.length);
}

/** A data file's path below the base: where the build writes it, and the last part of its URL. */
export function dataPath(file: DataFile): string {
  return outputPath(urls.data(file));
}

/**
 * Absolute URLs below a site address that already holds the base path (an
 * export's `siteUrl`), for the exports made from it.
 */
export function absoluteUrls(siteUrl: string) {
  return {
    href: (locale: Locale, route: Route): string => `${siteUrl}${localePrefix(locale)}${routePath(route)}${query(route)}`,
    data: (file: DataFile): string => `${siteUrl}${dataPath(file)}`,
  };
}

/**
 * The site's URLs for this build's base path. `import.meta.env` exists only inside
 * Vite; astro.config.mjs imports this module with plain Node, where it is undefined.
 */
export const urls: Urls = createUrls(import.meta.env?.BASE_URL ?? '/');

/** Where the status legend is: once, on the data page; each standard's status links there. */
export const STATUS_LEGEND_ID = 'status-legend';
export const statusLegendHref = (locale: Locale): string => `${urls.href(locale, { page: 'about-data' })}#${STATUS_LEGEND_ID}`;
