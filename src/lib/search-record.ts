/**
 * What an entry page tells the search index about itself, beyond its visible
 * text: the facts a result shows (Pagefind metadata), the facets a reader
 * narrows by (Pagefind filters), and extra words it should be found by (every
 * spelling of its number, its title in the other language).
 *
 * Filter values are the labels a reader sees, in the page's language: each
 * language has its own index, so the zh index holds Chinese labels only.
 */
import { KIND_LABEL, type Locale, RISK_GROUP_LABEL, type Status, STATUS_LABEL } from './vocabulary';
import { t } from './i18n';
import { hanBigrams } from './search-query';
import { numberAliases } from './standard-number';
import { nodeLabel, type FrameworkNode, type Risk, type Standard, type Taxonomy } from './taxonomy';

export type SearchFilter = 'part' | 'kind' | 'status';
export const SEARCH_FILTERS: readonly SearchFilter[] = ['part', 'kind', 'status'];

export interface SearchMeta {
  title: string;
  /** What the entry is: a standard's kind, "part", "sub-area", a risk group. */
  kind: string;
  type: 'standard' | 'node' | 'risk';
  number?: string;
  status?: string;
  /** The status key, for the badge's colour. */
  status_key?: Status;
  /** Where it sits: "C Key technologies › Generative AI security". */
  path?: string;
}

export interface SearchRecord {
  meta: SearchMeta;
  /** Each filter once, with its distinct values. */
  filters: Partial<Record<SearchFilter, string[]>>;
  /** Spellings of the number: indexed with the highest weight, never shown. */
  numberWords: string[];
  /**
   * Indexed, never shown: the title in the other language, so a reader typing it
   * on this language's search finds the entry, and other English words for its terms.
   */
  titleWords: string[];
  /** On English pages, the Chinese title as bigrams (see hanBigrams); empty on Chinese pages. */
  hanWords: string[];
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

function crossWords(title: { zh: string; en: string }, locale: Locale): Pick<SearchRecord, 'titleWords' | 'hanWords'> {
  const also = ALSO_SEARCHED_AS.filter(([re]) => re.test(title.en)).flatMap(([, words]) => words);
  return {
    titleWords: [locale === 'zh' ? title.en : title.zh, ...also],
    hanWords: locale === 'en' ? hanBigrams(title.zh) : [],
  };
}

function nodePath(tax: Taxonomy, node: FrameworkNode, locale: Locale): string {
  return node.path.map((id) => nodeLabel(tax.node(id), locale)).join(' › ');
}

function partOf(tax: Taxonomy, node: FrameworkNode, locale: Locale): string {
  return nodeLabel(tax.node(node.path[0]!), locale);
}

export function standardRecord(tax: Taxonomy, s: Standard, locale: Locale): SearchRecord {
  const nodes = s.nodes.map((id) => tax.node(id));
  const parts = [...new Set(nodes.map((n) => partOf(tax, n, locale)))];
  const path = nodes.map((n) => nodePath(tax, n, locale)).join('; ');
  return {
    meta: {
      title: s.title[locale],
      kind: KIND_LABEL[s.kind][locale],
      type: 'standard',
      ...(s.number ? { number: s.number } : {}),
      status: STATUS_LABEL[s.status][locale],
      status_key: s.status,
      path: path || t(locale, 'notPlaced'),
    },
    filters: {
      part: parts.length ? parts : [t(locale, 'notPlaced')],
      kind: [KIND_LABEL[s.kind][locale]],
      status: [STATUS_LABEL[s.status][locale]],
    },
    numberWords: s.number ? numberAliases(s.number) : [],
    ...crossWords(s.title, locale),
  };
}

export function nodeRecord(tax: Taxonomy, node: FrameworkNode, locale: Locale): SearchRecord {
  return {
    meta: {
      title: nodeLabel(node, locale),
      kind: t(locale, node.level === 'part' ? 'part' : 'area'),
      type: 'node',
      path: nodePath(tax, node, locale),
    },
    filters: { part: [partOf(tax, node, locale)] },
    numberWords: [],
    ...crossWords(node.title, locale),
  };
}

export function riskRecord(r: Risk, locale: Locale): SearchRecord {
  return {
    meta: {
      title: r.title[locale],
      kind: RISK_GROUP_LABEL[r.group][locale],
      type: 'risk',
      path: t(locale, 'navRisks'),
    },
    filters: {},
    numberWords: [],
    ...crossWords(r.title, locale),
  };
}
