/**
 * What an entry page tells the search index about itself, beyond its visible
 * text: the facts a result shows, the facets a reader narrows by (Pagefind
 * filters), and the words it should also be found by.
 *
 * Everything here is Pagefind metadata, not page text. Pagefind 1.6 indexes
 * metadata for search and returns it with each result, but never quotes it in
 * an excerpt: so every spelling of a number, the reader's own words
 * (`keywords` in the content) and the title in the other language find the
 * entry without ever showing up as "GBT45654 45654-2025 …" under a result.
 *
 * Filter values are the labels a reader sees, in the page's language: each
 * language has its own index, so the zh index holds Chinese labels only.
 */
import { KIND_LABEL, LATER_KIND_LABEL, type Locale, REGULATION_KIND_LABEL, RISK_GROUP_LABEL } from '../base/vocabulary';
import { META_LIST_SEPARATOR, type SearchFilter, type SearchMeta } from './fields';

export { META_LIST_SEPARATOR, META_WEIGHTS, SEARCH_FILTERS, type SearchFilter, type SearchMeta } from './fields';
import { todayStatusText } from '../i18n/status-text';
import { t } from '../i18n/ui';
import { hanBigrams, hanWords } from './query';
import { numberAliases } from '../base/standard-number';
import { nodeLabel, type FrameworkNode, type LaterDocument, type Regulation, type Risk, type Standard, type Taxonomy } from '../model/taxonomy';
import { perStandard } from '../model/per-standard';

export interface SearchRecord {
  meta: SearchMeta;
  /** Each filter once, with its distinct values. */
  filters: Partial<Record<SearchFilter, string[]>>;
}

/**
 * English terms the titles use, and the words readers search for them with.
 * 数据标注 is "annotation" in the titles and "data labeling" to many readers.
 */
const ALSO_SEARCHED_AS: [RegExp, string[]][] = [
  [/\bannotation\b/i, ['labeling', 'labelling']],
  [/\bface recognition\b/i, ['facial recognition']],
  [/\bAI\b/, ['artificial intelligence']],
  [/\bfine-tuning\b/i, ['finetuning']],
];

type Words = { zh: string[]; en: string[] };

function otherWords(
  title: { zh: string; en: string },
  keywords: Words,
  locale: Locale,
): Pick<SearchMeta, 'keywords' | 'also' | 'han' | 'title_words' | 'keyword_words'> {
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const also = [title[other], ...keywords[other], ...ALSO_SEARCHED_AS.filter(([re]) => re.test(title.en)).flatMap(([, words]) => words)];
  const list = (xs: string[]) => (xs.length ? xs.join(META_LIST_SEPARATOR) : undefined);
  return {
    keywords: list(keywords[locale]),
    also: list(also),
    // The English index does not segment Chinese: bigrams, made the same way for the query, let any phrase match.
    han: locale === 'en' ? list([...new Set(hanBigrams([title.zh, ...keywords.zh].join(' ')))]) : undefined,
    // The Chinese index cuts metadata at spaces only: the title's and keywords' words, cut as the browser cuts a query.
    title_words: locale === 'zh' ? hanWords(title.zh).join(' ') || undefined : undefined,
    keyword_words: locale === 'zh' ? [...new Set(hanWords(keywords.zh.join(' ')))].join(' ') || undefined : undefined,
  };
}

export function nodePath(tax: Taxonomy, node: FrameworkNode, locale: Locale): string {
  return node.path.map((id) => nodeLabel(tax.node(id), locale)).join(' › ');
}

function partOf(tax: Taxonomy, node: FrameworkNode, locale: Locale): string {
  return nodeLabel(tax.node(node.path[0]!), locale);
}

/** Drops fields with no value, so the page carries no empty metadata. */
function defined(meta: SearchMeta): SearchMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as unknown as SearchMeta;
}

/** Where a standard sits: each of its nodes' path, or "not placed". */
export function standardPath(tax: Taxonomy, s: Standard, locale: Locale): string {
  return s.nodes.map((id) => nodePath(tax, tax.node(id), locale)).join('; ') || t(locale, 'notPlaced');
}

/** A standard's record; made once per build and language, as its page and the title map both read it. */
export const standardRecord: (tax: Taxonomy, s: Standard, locale: Locale) => SearchRecord = perStandard(makeStandardRecord, (locale) => locale);

function makeStandardRecord(tax: Taxonomy, s: Standard, locale: Locale): SearchRecord {
  const nodes = s.nodes.map((id) => tax.node(id));
  const parts = [...new Set(nodes.map((n) => partOf(tax, n, locale)))];
  const path = standardPath(tax, s, locale);
  const status = s.statusToday;
  return {
    meta: defined({
      title: s.title[locale],
      kind: KIND_LABEL[s.kind][locale],
      type: 'standard',
      number: s.number,
      // The status in words with what it rests on, as on the standard's page: "现行（单一来源）".
      status: todayStatusText(status, locale, s.statusBasis),
      status_key: status,
      path,
      numbers: s.number ? numberAliases(s.number).join(' ') : undefined,
      ...otherWords(s.title, withSupportedRegulations(tax, s), locale),
    }),
    filters: {
      part: parts.length ? parts : [t(locale, 'notPlaced')],
      kind: [KIND_LABEL[s.kind][locale]],
      status: [todayStatusText(status, locale, s.statusBasis)],
    },
  };
}

export function nodeRecord(tax: Taxonomy, node: FrameworkNode, locale: Locale): SearchRecord {
  return {
    meta: defined({
      title: nodeLabel(node, locale),
      kind: t(locale, node.level === 'part' ? 'part' : 'area'),
      type: 'node',
      path: nodePath(tax, node, locale),
      ...otherWords(node.title, node.keywords, locale),
    }),
    filters: { part: [partOf(tax, node, locale)] },
  };
}

export function riskRecord(r: Risk, locale: Locale): SearchRecord {
  return {
    meta: defined({
      title: r.title[locale],
      kind: RISK_GROUP_LABEL[r.group][locale],
      type: 'risk',
      path: t(locale, 'navRisks'),
      ...otherWords(r.title, r.keywords, locale),
    }),
    filters: {},
  };
}

/** A document published after V1.0: found by its title and number like a standard, placed under the later documents. */
export function laterRecord(d: LaterDocument, locale: Locale): SearchRecord {
  const aliases = d.number ? numberAliases(d.number) : [];
  return {
    meta: defined({
      title: d.title[locale],
      kind: LATER_KIND_LABEL[d.kind][locale],
      type: 'later',
      number: d.number,
      path: t(locale, 'laterDocuments'),
      numbers: aliases.length ? aliases.join(' ') : undefined,
      ...otherWords(d.title, d.keywords, locale),
    }),
    filters: {},
  };
}

/** A regulation: found by its titles, its short names ("标识办法", "Interim Measures") and its number, placed under the regulations. */
export function regulationRecord(r: Regulation, locale: Locale): SearchRecord {
  return {
    meta: defined({
      title: r.title[locale],
      kind: REGULATION_KIND_LABEL[r.kind][locale],
      type: 'regulation',
      number: r.number?.value,
      path: t(locale, 'regulations'),
      ...otherWords(r.title, r.keywords, locale),
    }),
    filters: {},
  };
}

/**
 * A standard's own words plus the short names of the regulations it is
 * sourced to support, so a search for "标识办法" or "Interim Measures" finds
 * the standards behind the rule as well as the rule. Their full titles are
 * left to the regulation's own page, which a search for a title should find first.
 */
function withSupportedRegulations(tax: Taxonomy, s: Standard): Words {
  const supported = s.regulations.filter((l) => l.relation === 'supports').map((l) => tax.regulation(l.regulation));
  return {
    zh: [...s.keywords.zh, ...supported.flatMap((r) => r.keywords.zh)],
    en: [...s.keywords.en, ...supported.flatMap((r) => r.keywords.en)],
  };
}
