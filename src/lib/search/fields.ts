/**
 * The fields an entry page gives the search index (metadata and filters), as
 * both sides use them: the pages that write them (record.ts) and the
 * search page that reads them. Kept apart from record.ts so the search
 * page's script does not pull in the content model.
 */
import type { TodayStatus } from '../base/vocabulary';

export type SearchFilter = 'part' | 'kind' | 'status';
export const SEARCH_FILTERS: readonly SearchFilter[] = ['part', 'kind', 'status'];

/** Separates the items of a list-valued metadata field (keywords, other names). */
export const META_LIST_SEPARATOR = ' | ';

export interface SearchMeta {
  title: string;
  /** What the entry is: a standard's kind, "part", "sub-area", a risk group. */
  kind: string;
  type: 'standard' | 'node' | 'risk' | 'later' | 'regulation';
  number?: string;
  /** Today's status (see status-today.ts), as its label; standards only. */
  status?: string;
  /** Today's status key, for the badge's colour and glyph. */
  status_key?: TodayStatus;
  /** Where it sits: "C Key technologies › Generative AI security". */
  path?: string;
  /** Every spelling of the number a reader may type, space-separated. */
  numbers?: string;
  /** The reader's own words for the entry, in the page's language (shown as "also known as"). */
  keywords?: string;
  /** The title and keywords in the other language, and other words for the title's terms. */
  also?: string;
  /** On English pages, the Chinese title and keywords as bigrams (see hanBigrams). */
  han?: string;
  /**
   * On Chinese pages, the title's Chinese cut into words as a browser cuts a
   * query (see hanWords): Pagefind splits metadata at spaces only, so without
   * this a Chinese title would earn its weight only for a query that matches
   * its beginning.
   */
  title_words?: string;
  /** The same for the Chinese keywords. */
  keyword_words?: string;
}

/**
 * Among results Pagefind scores alike, the order they are shown in: the standards first (what a reader of this
 * catalogue most often looks for), then the framework's parts, the risks, the regulations and the later documents;
 * within each, by address. Without it, such results would come in the order Pagefind happened to read the pages,
 * which changes from one build to the next.
 */
export const TIE_ORDER: readonly SearchMeta['type'][] = ['standard', 'node', 'risk', 'regulation', 'later'];

/**
 * How much a match in each metadata field counts, relative to body text (1).
 * A number's spellings outrank everything, so a number search puts its standard
 * first; labels every page shares (kind, status, place) count for almost nothing.
 */
export const META_WEIGHTS: Record<keyof SearchMeta, number> = {
  numbers: 10,
  title: 7,
  title_words: 7,
  keywords: 4,
  keyword_words: 4,
  also: 3,
  han: 2,
  number: 0,
  kind: 0.1,
  type: 0,
  status: 0.1,
  status_key: 0,
  path: 0.1,
};
