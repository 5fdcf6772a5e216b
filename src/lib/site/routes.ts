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

/** One path per locale for each item, e.g. every standard in both languages. */
export function localePathsFor<T, P extends Record<string, string>>(
  items: T[],
  params: (item: T) => P,
): { params: P & { lang: string | undefined }; props: LocaleProps & { item: T } }[] {
  return localePaths().flatMap(({ params: lp, props }) => items.map((item) => ({ params: { ...params(item), ...lp }, props: { ...props, item } })));
}
