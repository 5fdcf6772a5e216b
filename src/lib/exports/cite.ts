/**
 * Citations a reader can paste: one in Chinese conventions (GB/T 7714, with
 * ［EB/OL］ and the access date in brackets), one in English. The access date
 * sits between two fixed parts so a page can show the day the reader is there.
 */
import type { Locale } from '../model/vocabulary';

export interface CitationInput {
  /** Number and title, or a node's title, in each language. */
  label: Record<Locale, string>;
  /** Absolute URL of the page in each language. */
  url: Record<Locale, string>;
  siteTitle: Record<Locale, string>;
  datasetVersion: string;
}

/** A citation around its access date: `before + date + after`. */
export interface CitationParts {
  before: string;
  after: string;
}

export function citationParts({ label, url, siteTitle, datasetVersion }: CitationInput): Record<Locale, CitationParts> {
  return {
    zh: { before: `${label.zh}［EB/OL］. ${siteTitle.zh}, 数据版本 ${datasetVersion}. ［`, after: `］. ${url.zh}` },
    en: { before: `“${label.en}.” ${siteTitle.en}, dataset version ${datasetVersion}. ${url.en} (accessed `, after: ').' },
  };
}

/** Both citations as plain text, accessed on `accessed` ("YYYY-MM-DD"). */
export function citations(input: CitationInput, accessed: string): Record<Locale, string> {
  const parts = citationParts(input);
  return { zh: `${parts.zh.before}${accessed}${parts.zh.after}`, en: `${parts.en.before}${accessed}${parts.en.after}` };
}
