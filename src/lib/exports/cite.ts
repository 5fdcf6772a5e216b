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
import { parseStandardNumber } from '../base/standard-number';
import { LOCALES, type Locale } from '../base/vocabulary';

export const CITATION_STYLES = ['gbt7714', 'apa'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** Each style: its name as readers know it, the language it writes, and the CSL locale it runs in. */
export const CITATION_STYLE: Record<CitationStyle, { name: string; locale: Locale; cslLocale: string; htmlLang: string }> = {
  gbt7714: { name: 'GB/T 7714—2025', locale: 'zh', cslLocale: 'zh-CN', htmlLang: 'zh-CN' },
  apa: { name: 'APA 7', locale: 'en', cslLocale: 'en-US', htmlLang: 'en' },
};

const STYLE_XML: Record<CitationStyle, string> = { gbt7714, apa };
const LOCALE_XML: Record<string, string> = { 'zh-CN': localeZh, 'en-US': localeEn };

/**
 * A style without its sort keys, as this module renders it. Each render is of one reference, which no sort can
 * reorder, but the processor compiles every key by expanding each macro it names, and keeps its engine for the
 * whole build: APA's keys made its engine about 90 MB of the build's memory, against 6 MB without them. A unit test
 * renders every reference of the content both ways and compares.
 */
export function withoutSortKeys(xml: string): string {
  return xml.replace(/<sort\b[^>]*>[\s\S]*?<\/sort>/g, '');
}

let registered = false;
/** citation.js keeps styles and locales in one registry per process: ours go in once, under names of their own. */
function register(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void }; locales: { add(name: string, xml: string): void } };
  for (const style of CITATION_STYLES) csl.styles.add(`site-${style}`, withoutSortKeys(STYLE_XML[style]));
  for (const [name, xml] of Object.entries(LOCALE_XML)) csl.locales.add(name, xml);
  registered = true;
}

/** One item as one reference in a style, as plain text, rendered by the CSL processor itself. */
export function renderFull(item: CslItem, style: CitationStyle): string {
  register();
  const text = new Cite(item).format('bibliography', { template: `site-${style}`, lang: CITATION_STYLE[style].cslLocale, format: 'text' }) as string;
  // A lone reference is not a list: no "[1]" in front of it.
  return text.trim().replace(/^\[1\]\s*/, '');
}

/*
 * A reference costs the processor about 3 ms in APA, and a site of 5 000
 * standards shows 20 000 of them: most of its build. References of one shape
 * (the same type, language, authors and dates) differ only in their title,
 * number and address, so each shape is rendered once with stand-ins in their
 * place, and each reference of that shape puts its own values there. That is
 * only sound where the style prints a value as given, so a shape is used only
 * when its stand-ins come back verbatim in two renders that differ in case
 * alone (no case change applied); a number's stand-in keeps the number's
 * letters, separators and digit positions, so the processor takes it for a
 * number exactly when it would the real one; and a value the processor reads
 * at its edges or inside (quotes, end punctuation, markup) is rendered in full.
 */

/** Text a processor prints as given: no quotes or markup to convert, no punctuation at the ends to merge. */
const PLAIN_TEXT = /^(?![\s\p{P}])(?!.*[\p{Pi}\p{Pf}'"<>&])[^\n]*[^\s\p{Po}\p{Pi}\p{Pf}]$/u;
// http as well as https: a build without SITE_URL (a local preview, the tests, the benchmarks) cites http://localhost.
const PLAIN_URL = /^https?:\/\/[^\s'"<>&]+$/;

/** What stands in for each varying field: `case` is how the two renders differ. */
const STAND_IN = {
  title: (c: 'lower' | 'upper', endsInDigit: boolean) => (c === 'lower' ? 'qqtitle zztitle' : 'QQTITLE ZZTITLE') + (endsInDigit ? '7' : ''),
  URL: (c: 'lower' | 'upper', scheme: string) => `${scheme}://stand-in.invalid/${c === 'lower' ? 'qqurl' : 'QQURL'}`,
} as const;

/** A number with each digit replaced by 0: the same shape to the processor, the same for every number of a series. */
const numberSkeleton = (n: string) => n.replace(/\d/g, '0');

/** The address's scheme, which its stand-in keeps. */
const schemeOf = (url: string) => url.slice(0, url.indexOf(':'));

interface Shape {
  /** The reference as rendered with the lower-case stand-ins, or null where the shape cannot be used. */
  template: string | null;
}
const shapes = new Map<string, Shape>();

/** The item's varying values, if every one of them is plain enough to stand in for. */
function varying(item: CslItem): { title: string; number?: string; URL?: string } | null {
  if (!PLAIN_TEXT.test(item.title)) return null;
  // The processor reads "variable: value" lines of a note as fields; a note that has one takes part in the shape's output.
  if (item.note !== undefined && (/^([-_a-z]+|[A-Z]+):/m.test(item.note) || item.note.includes('{:'))) return null;
  if (item.URL !== undefined && !PLAIN_URL.test(item.URL)) return null;
  if (item.number !== undefined && !PLAIN_TEXT.test(item.number)) return null;
  return { title: item.title, ...(item.number !== undefined ? { number: item.number } : {}), ...(item.URL !== undefined ? { URL: item.URL } : {}) };
}

/** The template of the item's shape, rendered on first use. */
function shapeOf(item: CslItem, values: NonNullable<ReturnType<typeof varying>>, style: CitationStyle): Shape {
  const endsInDigit = /\d$/.test(values.title);
  // The note and the custom facts differ for every standard and neither style prints them: they stay out of the shape.
  const { note: _note, custom: _custom, ...rest } = item;
  const standIn = (c: 'lower' | 'upper'): CslItem => ({
    ...rest,
    id: 'shape',
    title: STAND_IN.title(c, endsInDigit),
    ...(values.number !== undefined ? { number: numberSkeleton(values.number) } : {}),
    ...(values.URL !== undefined ? { URL: STAND_IN.URL(c, schemeOf(values.URL)) } : {}),
  });
  const key = JSON.stringify([style, standIn('lower')]);
  let shape = shapes.get(key);
  if (!shape) {
    const lower = renderFull(standIn('lower'), style);
    const upper = renderFull(standIn('upper'), style);
    const once = (text: string, part: string) => text.split(part).length === 2;
    const printedAsGiven =
      once(lower, STAND_IN.title('lower', endsInDigit)) &&
      once(upper, STAND_IN.title('upper', endsInDigit)) &&
      (values.URL === undefined || (once(lower, STAND_IN.URL('lower', schemeOf(values.URL))) && once(upper, STAND_IN.URL('upper', schemeOf(values.URL))))) &&
      (values.number === undefined || (once(lower, numberSkeleton(values.number)) && once(upper, numberSkeleton(values.number))));
    shape = { template: printedAsGiven ? lower : null };
    shapes.set(key, shape);
  }
  return shape;
}

/** One item as one reference in a style, as plain text: from its shape's template where that is sound, else in full. */
export function renderReference(item: CslItem, style: CitationStyle): string {
  const values = varying(item);
  const template = values ? shapeOf(item, values, style).template : null;
  if (!values || template === null) return renderFull(item, style);
  // The number first, while the text holds only stand-ins; functions as replacements, so a "$" in a value is taken literally.
  let text = values.number !== undefined ? template.replace(numberSkeleton(values.number), () => values.number!) : template;
  if (values.URL !== undefined) text = text.replace(STAND_IN.URL('lower', schemeOf(values.URL)), () => values.URL!);
  return text.replace(STAND_IN.title('lower', /\d$/.test(values.title)), () => values.title);
}

/** "GB/T 45674-2025" as GB/T 7714 prints it, "GB/T 45674—2025"; other numbers as they are. */
export function printedNumber(number: string): string {
  const n = parseStandardNumber(number);
  return n?.year && n.prefix.startsWith('GB') ? `${n.prefix} ${n.code}—${n.year}` : number;
}

/** The item as one style cites the standard itself: in that style's language, without this site's address. */
export function standardInStyle(item: CslItem, style: CitationStyle): CslItem {
  const { URL: _url, accessed: _accessed, author, publisher, ...rest } = item;
  // GB/T 7714 cites a standard by its number and title, with no author.
  if (style === 'gbt7714') return { ...rest, ...(publisher ? { publisher } : {}), ...(item.number ? { number: printedNumber(item.number) } : {}) };
  // APA 7 keeps a work's own title and puts its English translation after it in square brackets; the issuers in English.
  const en = item.custom?.title_en;
  const authorEn = item.custom?.author_en?.split('; ');
  return {
    ...rest,
    language: 'en',
    title: en ? `${item.title} [${en}]` : item.title,
    ...(authorEn ? { author: authorEn.map((literal) => ({ literal })) } : author ? { author } : {}),
  };
}

/**
 * Rendering costs milliseconds per reference (APA's style is large), and both
 * language versions of a page show the same citations: each is rendered once
 * per build. A standard's item is one object for both its pages (csl.ts), so it
 * is its own key: spelling the item out as a key, on every page, cost a fifth of
 * what citing took.
 */
const standardCitations = new WeakMap<CslItem, Record<CitationStyle, string>>();
const pageCitations = new Map<string, Record<CitationStyle, CitationParts>>();

/** The standard itself, in each style. */
export function citeStandard(item: CslItem): Record<CitationStyle, string> {
  let cited = standardCitations.get(item);
  if (!cited) {
    cited = { gbt7714: renderReference(standardInStyle(item, 'gbt7714'), 'gbt7714'), apa: renderReference(standardInStyle(item, 'apa'), 'apa') };
    standardCitations.set(item, cited);
  }
  return cited;
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
  const { label, url, siteTitle, built } = input;
  const key = [...LOCALES.flatMap((l) => [label[l], url[l], siteTitle[l]]), built].join('\u0000');
  let cited = pageCitations.get(key);
  if (!cited) pageCitations.set(key, (cited = renderPage(input)));
  return cited;
}

/** The page as a CSL item in one style's language, its access date a mark to cut out. */
export function pageItem(input: PageCitationInput, style: CitationStyle): CslItem {
  const locale = CITATION_STYLE[style].locale;
  return {
    id: 'page',
    type: 'webpage',
    language: CITATION_STYLE[style].cslLocale,
    title: input.label[locale],
    author: [{ literal: input.siteTitle[locale] }],
    issued: cslDate(input.built),
    accessed: cslDate(ACCESS_MARK),
    URL: input.url[locale],
  };
}

function renderPage(input: PageCitationInput): Record<CitationStyle, CitationParts> {
  const out = {} as Record<CitationStyle, CitationParts>;
  for (const style of CITATION_STYLES) {
    const text = renderReference(pageItem(input, style), style);
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
