/** Static-path helpers: every page exists once per locale, each where src/lib/i18n/locale.ts puts it. */
import { localeSegment } from '../i18n/locale';
import { LOCALES, type Locale } from '../base/vocabulary';

export interface LocaleProps {
  locale: Locale;
}

/** `lang` is the optional first path segment: absent for Chinese, "en" for English. */
export function localePaths(): { params: { lang: string | undefined }; props: LocaleProps }[] {
  return LOCALES.map((locale) => ({ params: { lang: localeSegment(locale) }, props: { locale } }));
}

/**
 * One path per locale for each item, e.g. every standard in both languages;
 * with `cacheKey`, each path carries its item's key for the incremental build (astro/page-keys.ts).
 */
export function localePathsFor<T, P extends Record<string, string>>(
  items: T[],
  params: (item: T) => P,
  cacheKey?: (item: T) => string,
): { params: P & { lang: string | undefined }; props: LocaleProps & { item: T }; cacheKey?: string }[] {
  const keys = cacheKey ? new Map(items.map((item) => [item, cacheKey(item)])) : undefined;
  return localePaths().flatMap(({ params: lp, props }) =>
    items.map((item) => ({ params: { ...params(item), ...lp }, props: { ...props, item }, ...(keys ? { cacheKey: keys.get(item)! } : {}) })),
  );
}

/**
 * A file the build writes in bulk, after the pages, rather than as a route of its own (src/integrations/
 * take-away-files.mjs): a standard's own files, the search page's numbered files.
 */
export interface SiteFile {
  /** Where the file goes, below the site's base (the build's output folder). */
  path: string;
  body: string;
}
