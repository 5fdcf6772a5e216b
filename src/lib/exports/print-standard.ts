/**
 * One standard in the print edition, as HTML: number and titles, status today
 * and what it rests on, the V1.0 status, its dates with how sure each is, the
 * official record, the record's fields, the confidence of each facet and its
 * page's address.
 *
 * A string, not a component: the print edition lists every standard on one
 * page, and as 5 000 component instances its two pages were the build's
 * highest moment of memory (Astro renders a list of components side by side
 * and keeps each one's output until the list is done). Text is escaped as
 * Astro escapes an expression, and attributes as it escapes an attribute, so
 * the page reads as the component made it.
 */
import { formatDate } from '../base/dates';
import {
  CONFIDENCE_FACET_LABEL,
  CONFIDENCE_LABEL,
  DATE_EVENTS,
  HTML_LANG,
  KIND_LABEL,
  MEMBERSHIP_LABEL,
  STANDARD_CONFIDENCE_FACETS,
  type Locale,
} from '../base/vocabulary';
import { otherLocale } from '../i18n/locale';
import { recordFieldsText } from '../i18n/record-fields-text';
import { factConfidenceTag, v1StatusValue } from '../i18n/status-text';
import { separator, t, tf } from '../i18n/ui';
import type { Standard } from '../model/types';
import { absoluteUrl, urls } from '../site/urls';
import { escapeHtmlAttribute, escapeHtmlText } from './escape';
import { statusTodayWords } from './status-words';

const text = escapeHtmlText;
const attr = escapeHtmlAttribute;

/** A row of the standard's list of facts. */
const fact = (term: string, value: string, attributes = '', valueAttributes = '') =>
  `<div${attributes}><dt>${text(term)}</dt><dd${valueAttributes}>${value}</dd></div>`;

/** The standard's article; `level` is its heading's, below its part's or sub-area's. */
export function printStandardHtml(locale: Locale, s: Standard, level: 3 | 4, site: URL | undefined): string {
  const other = otherLocale(locale);
  const page = absoluteUrl(urls.href(locale, { page: 'standard', id: s.id }), site);
  const dated = DATE_EVENTS.flatMap((k) => {
    const date = s.dates[k];
    return date ? [{ key: k, fact: date }] : [];
  });
  const dates =
    dated.length === 0
      ? text(t(locale, 'printNoDates'))
      : dated
          .map((d, i) => {
            const confidence = factConfidenceTag(d.fact.confidence, locale);
            const others = d.fact.otherClaims.map((c) => formatDate(c.date, locale)).join(separator(locale, 'items'));
            return [
              i > 0 ? text(separator(locale, 'clauses')) : '',
              text(t(locale, d.key)),
              text(t(locale, 'colon')),
              `<time datetime="${attr(d.fact.date)}">${text(formatDate(d.fact.date, locale))}</time>`,
              confidence ? text(tf(locale, 'parenthetical', { text: confidence })) : '',
              d.fact.otherClaims.length > 0 ? text(tf(locale, 'parenthetical', { text: `${t(locale, 'twinOtherClaims')}${t(locale, 'colon')}${others}` })) : '',
            ].join('');
          })
          .join('');
  const confidence = STANDARD_CONFIDENCE_FACETS.map(
    (f) => `${CONFIDENCE_FACET_LABEL[f][locale]}${t(locale, 'colon')}${CONFIDENCE_LABEL[s.confidence[f]][locale]}`,
  ).join(separator(locale, 'clauses'));
  const id = attr(`print-${s.id}`);
  return [
    `<article class="print-standard" aria-labelledby="${id}">`,
    `<h${level} id="${id}" class="print-standard__title">${s.number ? `<span class="number">${text(s.number)}</span>` : ''}${text(s.title[locale])}</h${level}>`,
    `<p class="print-standard__other" lang="${attr(HTML_LANG[other])}">${text(s.title[other])}</p>`,
    '<dl class="print-facts">',
    fact(t(locale, 'statusToday'), text(statusTodayWords(s, locale)), '', ' data-print-status'),
    fact(t(locale, 'statusInV1Dated'), text(v1StatusValue(s.status, locale))),
    fact(t(locale, 'kind'), text(`${KIND_LABEL[s.kind][locale]}${separator(locale, 'clauses')}${MEMBERSHIP_LABEL[s.membership][locale]}`)),
    fact(t(locale, 'printDates'), dates),
    s.officialRecord
      ? fact(t(locale, 'officialRecord'), `<a href="${attr(s.officialRecord.url)}" rel="external noreferrer">${text(s.officialRecord.url)}</a>`)
      : '',
    ...recordFieldsText(s, locale).map(([key, value]) => fact(t(locale, key), text(value), ` data-print-field="${attr(key)}"`)),
    fact(t(locale, 'confidence'), text(confidence)),
    fact(t(locale, 'printPage'), text(page), '', ' class="print-url"'),
    '</dl></article>',
  ].join('');
}
