/**
 * Status today with what it rests on, as running text in the files a reader
 * takes away (feeds, Markdown twins, the print edition, CSL-JSON notes), in
 * the site's own words (todayStatusText): "被代替（推断）", "In force (one
 * source)"; a status on record reads plain, and "unknown" claims nothing.
 */
import { todayStatusText } from '../i18n/status-text';
import type { Locale, StatusBasis, TodayStatus } from '../base/vocabulary';

export function statusTodayWords(s: { statusToday: TodayStatus; statusBasis: StatusBasis | null }, locale: Locale): string {
  return todayStatusText(s.statusToday, locale, s.statusBasis);
}
