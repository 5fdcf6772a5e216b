/**
 * What a page and the exports say where no official record is linked: that
 * none is, and where to look. A national standard is looked up by its number
 * on the national standards platform; the platform is named, never a record
 * address built for it.
 */
import { KINDS_WITH_EFFECTIVE_DATE, NATIONAL_PLATFORM_HOSTS, OFFICIAL_RECORD_HOSTS, type Bilingual, type Kind, type Locale } from '../base/vocabulary';
import { separator, tf } from './ui';

/** A national standard (mandatory or recommended), which the national platform lists. */
export const isNationalStandard = (kind: Kind): boolean => KINDS_WITH_EFFECTIVE_DATE.includes(kind);

/** Why no official record is linked and where to look, in one language; undefined where a record is linked. */
export function officialRecordAbsence(s: { kind: Kind; number?: string | undefined; officialRecord?: unknown }, locale: Locale): string | undefined {
  if (s.officialRecord) return undefined;
  if (!isNationalStandard(s.kind)) return tf(locale, 'officialRecordWhereOther', { hosts: OFFICIAL_RECORD_HOSTS.join(separator(locale, 'items')) });
  const hosts = NATIONAL_PLATFORM_HOSTS.join(separator(locale, 'items'));
  return s.number ? tf(locale, 'officialRecordWhereNational', { hosts, number: s.number }) : tf(locale, 'officialRecordWhereNoNumber', { hosts });
}

/** The same in both languages, for the exports. */
export function officialRecordAbsenceBilingual(s: Parameters<typeof officialRecordAbsence>[0]): Bilingual | null {
  const zh = officialRecordAbsence(s, 'zh');
  const en = officialRecordAbsence(s, 'en');
  return zh && en ? { zh, en } : null;
}
