/**
 * The number map written into the search page (see numbers.ts): every entry
 * with a standard number, as its exact-match card shows it. A build test keeps
 * it within 3 KB gzip for today's content.
 */
import { parseStandardNumber } from '../model/standard-number';
import type { Locale } from '../model/vocabulary';
import type { Taxonomy } from '../model/taxonomy';
import { t } from '../i18n/ui';
import { urls } from '../site/urls';
import type { NumberEntry } from './numbers';
import { standardPath } from './record';

export function numberMap(tax: Taxonomy, locale: Locale): NumberEntry[] {
  const standards = tax.standards.flatMap((s): NumberEntry[] =>
    s.number ? [[s.number, s.title[locale], s.kind, s.statusToday, urls.href(locale, { page: 'standard', id: s.id }), standardPath(tax, s, locale)]] : [],
  );
  // A later document's number may be a range ("TC260-TR-001 … TR-005"): only a single number is looked up.
  const later = tax.later.flatMap((d): NumberEntry[] =>
    d.number && parseStandardNumber(d.number)
      ? [[d.number, d.title[locale], d.kind, '', urls.href(locale, { page: 'later-document', id: d.id }), t(locale, 'laterDocuments')]]
      : [],
  );
  return [...standards, ...later];
}
