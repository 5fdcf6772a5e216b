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
 * A language's numbered files under its search page (the number map's, the title map's, the title index's): one
 * path per file and locale, `[shard]` its number from 0, carrying what the file holds.
 */
export function localeFilePaths<T>(filesOf: (locale: Locale) => readonly T[]): { params: { lang: string | undefined; shard: string }; props: { body: T } }[] {
  return localePaths().flatMap(({ params, props }) => filesOf(props.locale).map((body, n) => ({ params: { ...params, shard: String(n) }, props: { body } })));
}

/** Such a file's response: what the path carries, as JSON. */
export function jsonFile({ props }: { props: { body: unknown } }): Response {
  return new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
