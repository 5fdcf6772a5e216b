/**
 * The citations a page shows and the copy button copies, rendered at build time
 * by a CSL processor (citation.js, with citeproc-js) from the same CSL items as
 * standards.csl.json, so they cannot drift from what a reference manager makes
 * of the exports. Two styles: GB/T 7714—2025 for Chinese and APA 7 for English,
 * both the Citation Style Language project's own (vendor/csl/).
 *
 * What this module does on top of the styles, each for a stated reason:
 * - a single reference is shown without the "[1]" a numbered list puts in front;
 * - a national standard's number is printed with the one-em dash before its
 *   year ("GB/T 45674—2025"), as on its cover and in GB/T 7714's examples,
 *   where the data keeps the platform's hyphen: CSL prints a number as given;
 * - the standard itself is cited without this site's address ([S], not [S/OL]):
 *   the site is where one reads about the standard, not where its text is.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import gbt7714 from '../../../vendor/csl/china-national-standard-gb-t-7714-2025-numeric.csl?raw';
import apa from '../../../vendor/csl/apa.csl?raw';
import localeZh from '../../../vendor/csl/locales-zh-CN.xml?raw';
import localeEn from '../../../vendor/csl/locales-en-US.xml?raw';
import { cslDate, type CslItem } from './csl';
import { parseStandardNumber } from '../model/standard-number';
import type { Locale } from '../model/vocabulary';

export const CITATION_STYLES = ['gbt7714', 'apa'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** Each style: its name as readers know it, the language it writes, and the CSL locale it runs in. */
export const CITATION_STYLE: Record<CitationStyle, { name: string; locale: Locale; cslLocale: string; htmlLang: string }> = {
  gbt7714: { name: 'GB/T 7714—2025', locale: 'zh', cslLocale: 'zh-CN', htmlLang: 'zh-CN' },
  apa: { name: 'APA 7', locale: 'en', cslLocale: 'en-US', htmlLang: 'en' },
};

const STYLE_XML: Record<CitationStyle, string> = { gbt7714, apa };
const LOCALE_XML: Record<string, string> = { 'zh-CN': localeZh, 'en-US': localeEn };

let registered = false;
/** citation.js keeps styles and locales in one registry per process: ours go in once, under names of their own. */
function register(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void }; locales: { add(name: string, xml: string): void } };
  for (const style of CITATION_STYLES) csl.styles.add(`site-${style}`, STYLE_XML[style]);
  for (const [name, xml] of Object.entries(LOCALE_XML)) csl.locales.add(name, xml);
  registered = true;
}

/** One item as one reference in a style, as plain text. */
export function renderReference(item: CslItem, style: CitationStyle): string {
  register();
  const text = new Cite(item).format('bibliography', { template: `site-${style}`, lang: CITATION_STYLE[style].cslLocale, format: 'text' }) as string;
  // A lone reference is not a list: no "[1]" in front of it.
  return text.trim().replace(/^\[1\]\s*/, '');
}

/** "GB/T 45674-2025" as GB/T 7714 prints it, "GB/T 45674—2025"; other numbers as they are. */
export function printedNumber(number: string): string {
  const n = parseStandardNumber(number);
  return n?.year && n.prefix.startsWith('GB') ? `${n.prefix} ${n.code}—${n.year}` : number;
}

/** The item as one style cites the standard itself: in that style's language, without this site's address. */
function standardInStyle(item: CslItem, style: CitationStyle): CslItem {
  const { URL: _url, accessed: _accessed, ...rest } = item;
  if (style === 'gbt7714') return { ...rest, ...(item.number ? { number: printedNumber(item.number) } : {}) };
  return { ...rest, language: 'en', title: item.custom?.title_en ?? item.title };
}

/**
 * Rendering costs milliseconds per reference (APA's style is large), and both
 * language versions of a page show the same citations: each is rendered once
 * per build.
 */
const rendered = new Map<string, unknown>();
function once<T>(key: unknown, render: () => T): T {
  const k = JSON.stringify(key);
  if (!rendered.has(k)) rendered.set(k, render());
  return rendered.get(k) as T;
}

/** The standard itself, in each style. */
export function citeStandard(item: CslItem): Record<CitationStyle, string> {
  return once(['standard', item], () => ({
    gbt7714: renderReference(standardInStyle(item, 'gbt7714'), 'gbt7714'),
    apa: renderReference(standardInStyle(item, 'apa'), 'apa'),
  }));
}

/**
 * A citation around its access date, `before + date + after`, so the page can
 * show the reader's own day there; `accessed` is false where the style prints
 * no access date (APA leaves it out for a page that carries its own date).
 */
export interface CitationParts {
  before: string;
  after: string;
  accessed: boolean;
}

export interface PageCitationInput {
  /** What the page is about (a standard's number and title, a node's title), in each language. */
  label: Record<Locale, string>;
  /** Absolute URL of the page in each language. */
  url: Record<Locale, string>;
  siteTitle: Record<Locale, string>;
  /** The day the page was built: the date of the version cited. */
  built: string;
}

/** A day no build is ever made on, rendered where the access date goes and then cut out. */
const ACCESS_MARK = '1111-11-11';

/** The page in each style: the site as author and container, the build date as the page's own. */
export function citePage(input: PageCitationInput): Record<CitationStyle, CitationParts> {
  return once(['page', input], () => renderPage(input));
}

function renderPage(input: PageCitationInput): Record<CitationStyle, CitationParts> {
  const out = {} as Record<CitationStyle, CitationParts>;
  for (const style of CITATION_STYLES) {
    const locale = CITATION_STYLE[style].locale;
    const item: CslItem = {
      id: 'page',
      type: 'webpage',
      language: CITATION_STYLE[style].cslLocale,
      title: input.label[locale],
      author: [{ literal: input.siteTitle[locale] }],
      issued: cslDate(input.built),
      accessed: cslDate(ACCESS_MARK),
      URL: input.url[locale],
    };
    const text = renderReference(item, style);
    const at = text.indexOf(ACCESS_MARK);
    out[style] =
      at < 0 ? { before: text, after: '', accessed: false } : { before: text.slice(0, at), after: text.slice(at + ACCESS_MARK.length), accessed: true };
  }
  return out;
}

/** A page citation as plain text, accessed on `accessed` ("YYYY-MM-DD"). */
export function pageCitationText(parts: CitationParts, accessed: string): string {
  return parts.accessed ? `${parts.before}${accessed}${parts.after}` : parts.before;
}
