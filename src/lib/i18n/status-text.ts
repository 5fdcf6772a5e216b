/**
 * The two statuses as running text. The V1.0 status is a fact of January 2025,
 * so it never appears without that date: "V1.0（2025年1月）中：在研" /
 * "In V1.0 (Jan 2025): in development".
 */
import { formatDate } from '../base/dates';
import { separator, t, tf } from './ui';
import {
  CONFIDENCE_LABEL,
  HTML_LANG,
  STATUS_BASIS_LABEL,
  STATUS_LABEL,
  TODAY_STATUS_LABEL,
  type Bilingual,
  type FactConfidence,
  type Locale,
  type Status,
  type StatusBasis,
  type TodayStatus,
} from '../base/vocabulary';

/** The V1.0 status's own label, as it reads after a colon: lower case in English (Chinese has no case). */
export function v1StatusValue(status: Status, locale: Locale): string {
  return inline(STATUS_LABEL[status][locale], locale);
}

export function v1StatusText(status: Status, locale: Locale): string {
  return `${t(locale, 'statusInV1Dated')}${t(locale, 'colon')}${v1StatusValue(status, locale)}`;
}

const inlined = new Map<string, string>();

/** A label as it reads inside a sentence or brackets: lower case in English. */
function inline(label: string, locale: Locale): string {
  // A locale-aware lower case is slow and every page asks for the same few labels: each is worked out once.
  const key = `${locale}\u0000${label}`;
  let text = inlined.get(key);
  if (text === undefined) {
    text = label.charAt(0).toLocaleLowerCase(HTML_LANG[locale]) + label.slice(1);
    inlined.set(key, text);
  }
  return text;
}

/**
 * Today's status in words, with what it rests on wherever that is less than a
 * record: "被代替（推断）", "In force (one source)". A status on record reads plain.
 */
export function todayStatusText(status: TodayStatus, locale: Locale, basis: StatusBasis | null = 'recorded'): string {
  const label = TODAY_STATUS_LABEL[status][locale];
  const qualifier = basisQualifier(basis, locale);
  return qualifier ? tf(locale, 'statusWithBasis', { status: label, basis: qualifier }) : label;
}

/** The words that qualify a status resting on one source or an inference; none for a status on record. */
export function basisQualifier(basis: StatusBasis | null, locale: Locale): string | undefined {
  return basis && basis !== 'recorded' ? inline(STATUS_BASIS_LABEL[basis][locale], locale) : undefined;
}

/**
 * How sure a date or event is, and the other dates sources give, as plain text
 * (feeds, notes): "此日期单一来源。来源不一：2022年10月14日（据…）。" Empty for a
 * confirmed date that no source disputes.
 */
export function certaintyText(
  fact: { confidence: FactConfidence; otherClaims: readonly { date: string; basis?: Bilingual | undefined; confidence: FactConfidence }[] },
  locale: Locale,
): string {
  const sentences: string[] = [];
  const tag = factConfidenceTag(fact.confidence, locale);
  if (tag) sentences.push(tf(locale, 'sentence', { text: tf(locale, 'certaintyOfDate', { tag }) }));
  if (fact.otherClaims.length > 0) {
    const claims = fact.otherClaims.map((c) => {
      const grounds = [c.basis && tf(locale, 'claimBasedOn', { basis: c.basis[locale] }), factConfidenceTag(c.confidence, locale)]
        .filter(Boolean)
        .join(separator(locale, 'clauses'));
      return `${formatDate(c.date, locale)}${grounds ? `${t(locale, 'openParen')}${grounds}${t(locale, 'closeParen')}` : ''}`;
    });
    sentences.push(tf(locale, 'sentence', { text: `${t(locale, 'sourcesDiffer')}${t(locale, 'colon')}${claims.join(separator(locale, 'clauses'))}` }));
  }
  return sentences.join(separator(locale, 'sentences'));
}

/** How sure a date or event is, as a short tag; none for a confirmed one, which reads plain. */
export function factConfidenceTag(confidence: FactConfidence, locale: Locale): string | undefined {
  return confidence === 'confirmed' ? undefined : inline(CONFIDENCE_LABEL[confidence][locale], locale);
}
