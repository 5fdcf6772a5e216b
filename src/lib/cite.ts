/** Citations a reader can paste: one in Chinese conventions, one in English. */

export interface CitationInput {
  /** Number and title, or a node's title, in each language. */
  label: Record<Locale, string>;
  /** Absolute URL of the page in each language. */
  url: Record<Locale, string>;
  siteTitle: Record<Locale, string>;
  datasetVersion: string;
}

export function citations({ label, url, siteTitle, datasetVersion }: CitationInput): Record<Locale, string> {
  return {
    zh: `${label.zh}［EB/OL］. ${siteTitle.zh}, 数据版本 ${datasetVersion}. ${url.zh}`,
    en: `“${label.en}.” ${siteTitle.en}, dataset version ${datasetVersion}. ${url.en}`,
  };
}import type { Locale } from './vocabulary';

