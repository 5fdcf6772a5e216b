/**
 * The two statuses as running text. The V1.0 status is a fact of January 2025,
 * so it never appears without that date: "V1.0（2025年1月）中：在研" /
 * "In V1.0 (Jan 2025): in development".
 */
import { t } from './ui';
import { HTML_LANG, STATUS_LABEL, TODAY_STATUS_LABEL, type Locale, type Status, type TodayStatus } from '../model/vocabulary';

/** The V1.0 status's own label, as it reads after a colon: lower case in English (Chinese has no case). */
export function v1StatusValue(status: Status, locale: Locale): string {
  const label = STATUS_LABEL[status][locale];
  return label.charAt(0).toLocaleLowerCase(HTML_LANG[locale]) + label.slice(1);
}

export function v1StatusText(status: Status, locale: Locale): string {
  return `${t(locale, 'statusInV1Dated')}${t(locale, 'colon')}${v1StatusValue(status, locale)}`;
}

export function todayStatusText(status: TodayStatus, locale: Locale): string {
  return TODAY_STATUS_LABEL[status][locale];
}
