/**
 * The number map (see numbers.ts): every entry with a standard number, as its
 * exact-match card shows it. Written into the search page while it is small,
 * as today (a unit test keeps it within 3 KB gzip); a catalogue of thousands
 * gets small files by serial instead, so the search page stays light.
 */
import { parseStandardNumber } from '../base/standard-number';
import type { Locale } from '../base/vocabulary';
import type { Taxonomy } from '../model/taxonomy';
import { todayStatusText } from '../i18n/status-text';
import { t } from '../i18n/ui';
import { urls } from '../site/urls';
import { NUMBER_SHARDS, numberShard, type NumberEntry } from './numbers';
import { standardPath } from './record';

export function numberMap(tax: Taxonomy, locale: Locale): NumberEntry[] {
  const standards = tax.standards.flatMap((s): NumberEntry[] =>
    s.number
      ? [
          [
            s.number,
            s.title[locale],
            s.kind,
            s.statusToday,
            urls.href(locale, { page: 'standard', id: s.id }),
            standardPath(tax, s, locale),
            todayStatusText(s.statusToday, locale, s.statusBasis),
          ],
        ]
      : [],
  );
  // A later document's number may be a range ("TC260-TR-001 … TR-005"): only a single number is looked up.
  const later = tax.later.flatMap((d): NumberEntry[] =>
    d.number && parseStandardNumber(d.number)
      ? [[d.number, d.title[locale], d.kind, '', urls.href(locale, { page: 'later-document', id: d.id }), t(locale, 'laterDocuments'), '']]
      : [],
  );
  return [...standards, ...later];
}

/** A map up to this size (characters of JSON) goes in the page; beyond it, into files. */
export const NUMBER_MAP_INLINE_LIMIT = 32_000;

/** The map's files, by shard, when it is too large for the page; null when the page carries it. */
export function numberShards(entries: readonly NumberEntry[]): NumberEntry[][] | null {
  if (JSON.stringify(entries).length <= NUMBER_MAP_INLINE_LIMIT) return null;
  const shards: NumberEntry[][] = Array.from({ length: NUMBER_SHARDS }, () => []);
  for (const e of entries) {
    const n = parseStandardNumber(e[0])!;
    shards[numberShard(n.code)]!.push(e);
  }
  return shards;
}

/** Where the map's files are, under the search page: "<base>[en/]search/numbers/". */
export function numberFiles(locale: Locale): string {
  return `${urls.href(locale, { page: 'search' })}numbers/`;
}
