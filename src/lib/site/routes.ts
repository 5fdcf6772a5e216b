/** Static-path helpers: every page exists once per locale, Chinese at the root. */

export interface LocaleProps {
  locale: Locale;
}

/** `lang` is the optional first path segment: absent for Chinese, "en" for English. */
export function localePaths(): { params: { lang: string | undefined }; props: LocaleProps }[] {
  return [
    { params: { lang: undefined }, props: { locale: 'zh' } },
    { params: { lang: 'en' }, props: { locale: 'en' } },
  ];
}

/** One path per locale for each item, e.g. every standard in both languages. */
export function localePathsFor<T, P extends Record<string, string>>(
  items: T[],
  params: (item: T) => P,
): { params: P & { lang: string | undefined }; props: LocaleProps & { item: T } }[] {
  return localePaths().flatMap(({ params: lp, props }) => items.map((item) => ({ params: { ...params(item), ...lp }, props: { ...props, item } })));
}
import type { Locale } from '../model/vocabulary';
