/**
 * The OpenSearch 1.1 description of a language's search page, so a browser can
 * offer "search this site" from its address bar: the search page's address
 * with the terms in its `q` parameter, absolute, under the site's URL and base.
 */
import { t } from '../i18n/ui';
import { HTML_LANG, type Locale } from '../base/vocabulary';
import { escapeXml } from './escape';

export interface OpenSearchInput {
  locale: Locale;
  /** Absolute URL of the search page, without a query. */
  searchPage: string;
  /** Absolute URL of this description. */
  self: string;
  /** Absolute URL of the site's icon. */
  icon: string;
}

/** OpenSearch asks a short name of at most 16 characters and a description of at most 1024. */
export const SHORT_NAME_MAX = 16;

export function openSearchDescription({ locale, searchPage, self, icon }: OpenSearchInput): string {
  const shortName = t(locale, 'openSearchShort');
  if ([...shortName].length > SHORT_NAME_MAX)
    throw new Error(`src/lib/i18n/ui.ts: openSearchShort "${shortName}" is longer than OpenSearch's ${SHORT_NAME_MAX} characters`);
  // The search page reads its terms from ?q=; {searchTerms} stays as it is for the browser to fill in.
  const template = `${searchPage}?q={searchTerms}`;
  return `<?xml version="1.0" encoding="utf-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(shortName)}</ShortName>
  <Description>${escapeXml(t(locale, 'openSearchDescription'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${HTML_LANG[locale]}</Language>
  <Image type="image/svg+xml" width="16" height="16">${escapeXml(icon)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(template)}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(self)}"/>
  <moz:SearchForm>${escapeXml(searchPage)}</moz:SearchForm>
</OpenSearchDescription>
`;
}
