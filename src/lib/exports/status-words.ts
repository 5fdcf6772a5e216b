/**
 * Status today with what it rests on, as running text in the files a reader
 * takes away (feeds, Markdown twins, the print edition): "现行（依据：有记录）" /
 * "In force (basis: on record)". "Unknown" claims nothing and has no basis.
 */
import { tf } from '../i18n/ui';
import { HTML_LANG, STATUS_BASIS_LABEL, TODAY_STATUS_LABEL, type Locale, type StatusBasis, type TodayStatus } from '../model/vocabulary';

export function statusTodayWords(s: { statusToday: TodayStatus; statusBasis: StatusBasis | null }, locale: Locale): string {
  const status = TODAY_STATUS_LABEL[s.statusToday][locale];
  if (!s.statusBasis) return status;
  const label = STATUS_BASIS_LABEL[s.statusBasis][locale];
  // After a colon, a label reads in lower case (Chinese has no case).
  const basis = label.charAt(0).toLocaleLowerCase(HTML_LANG[locale]) + label.slice(1);
  return tf(locale, 'statusWithBasis', { status, basis });
}
