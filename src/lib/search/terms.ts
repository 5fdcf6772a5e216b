/**
 * The whole-term check, on the index side.
 *
 * Pagefind answers a word it cannot find with a shorter word it has
 * (`cryptocurrency` becomes the part letter "c"), and drops a word that has no
 * such stand-in while keeping the others; it gives no sign of either in its
 * results. So the search page checks every result against what it asked, by
 * the rules of match.ts: a word of the text must begin with each query word
 * (or share all but its ending), and each Chinese run must be found whole or
 * as pieces of two characters or more.
 *
 * The check reads a term table that the build writes beside Pagefind's index
 * (src/integrations/search-terms.mjs): for each language, the terms of every
 * indexed page (its words, and its Chinese as two-character pieces) with the
 * pages that hold them, and each page's facet values. A query's terms are
 * looked up there, and a Pagefind result is kept when its page holds them all,
 * without loading any page's stored text. The terms are split into a fixed
 * number of chunks by their first two characters, so a query loads only the
 * chunks it needs, and can ask for them at once.
 *
 * Chinese is kept as two-character pieces rather than words: no segmenter is
 * needed, at build time or in the browser, and a piece is found whatever a
 * segmenter would have made of the text around it. A run is taken to be in a
 * page when every two characters of it are, except where the run may be cut
 * into pieces of two or more (人脸识别系统 = 人脸识别 + 系统): the same rule as
 * match.ts, read on pieces.
 */
import { SEARCH_FILTERS, TIE_ORDER, type SearchFilter } from './fields.ts';
import { textWords, wordMatches } from './match.ts';
import type { SimplifiedTable } from './traditional.ts';

export const TERM_TABLE_VERSION = 1;

/** The term tables' folder, beside Pagefind's index. */
export const TERMS_FOLDER = 'site-terms';

/** A term table's file below Pagefind's folder, named after the index it goes with: the table, or one of its chunks. */
export function termTableFile(index: string, chunk?: number): string {
  return `${TERMS_FOLDER}/${index}${chunk === undefined ? '' : `.${chunk}`}.json`;
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** One indexed page: Pagefind's id for it, its address below the site's base, its facet values (indexes into `facets`). */
export type TermPage = [id: string, url: string, facets: number[][]];

/**
 * What the build writes for one language: the pages and their facets here,
 * the terms in `chunks` files beside it, a term in chunk `chunkOf(term)`. The
 * number of chunks is fixed (TERM_CHUNKS), so a search page asks for the
 * chunks a query needs at the same time as this file. Terms are grouped by the
 * pages that hold them: { "<encoded pages>": "term term …" }, as most terms
 * are on one page or a few.
 */
export interface TermTable {
  version: number;
  /** In the order results Pagefind scores alike are shown (TIE_ORDER). */
  pages: TermPage[];
  /** Each facet's values, as the pages' facet indexes count them. */
  facets: Record<SearchFilter, string[]>;
  chunks: number;
  /** What a query in traditional Chinese is converted with (see traditional.ts). */
  simplified: SimplifiedTable;
}

/**
 * How many chunks the terms are split into, on every site: about 2 KB each
 * for today's content, about 20 KB each with 5 000 standards. A query loads
 * one chunk per two-character beginning of its terms.
 */
export const TERM_CHUNKS = 16;

/** The terms of a page's text: its words (lower case) and its Chinese in two-character pieces (a lone character alone). */
export function termsOf(text: string): Set<string> {
  const folded = text.normalize('NFKC').replace(/\u200B/g, '');
  const terms = textWords(folded);
  for (const [run] of folded.matchAll(HAN_RUN)) {
    const chars = [...run];
    if (chars.length === 1) terms.add(run);
    for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i]! + chars[i + 1]!);
  }
  return terms;
}

/**
 * Which chunk a term is in: by its first two characters, so all words sharing
 * a beginning are together, and a two-character piece of Chinese is looked up
 * in one chunk.
 */
export function chunkOf(term: string, chunks = TERM_CHUNKS): number {
  const [a = '', b = ''] = [...term];
  // A small multiplicative hash: neighbouring characters land in different chunks.
  const h = Math.imul((a.codePointAt(0) ?? 0) * 31 + (b.codePointAt(0) ?? 0), 2654435761) >>> 0;
  return h % chunks;
}

// ---- Sets of pages, written compactly: a bitmap for common terms, a list of gaps for rare ones.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function encodePages(pages: readonly number[], pageCount: number): string {
  const bitmapLength = Math.ceil(pageCount / 6) + 1;
  let gaps = '';
  let prev = -1;
  for (const p of pages) {
    gaps += `${gaps ? ',' : ''}${(p - prev).toString(36)}`;
    prev = p;
    if (gaps.length > bitmapLength) return bitmap(pages, pageCount);
  }
  return gaps;
}

function bitmap(pages: readonly number[], pageCount: number): string {
  const bytes = new Uint8Array(Math.ceil(pageCount / 6));
  for (const p of pages) bytes[Math.floor(p / 6)]! |= 1 << (p % 6);
  let out = '*';
  for (const b of bytes) out += B64[b];
  return out;
}

export function decodePages(encoded: string): number[] {
  if (encoded.startsWith('*')) {
    const out: number[] = [];
    for (let i = 1; i < encoded.length; i++) {
      const bits = B64.indexOf(encoded[i]!);
      for (let b = 0; b < 6; b++) if (bits & (1 << b)) out.push((i - 1) * 6 + b);
    }
    return out;
  }
  let at = -1;
  return encoded ? encoded.split(',').map((gap) => (at += parseInt(gap, 36))) : [];
}

// ---- Building a table (at build time).

export interface IndexedPage {
  id: string;
  url: string;
  /** Everything Pagefind indexed for the page: its text and its metadata values. */
  text: string;
  /** What the page is about (its `type` metadata); the about pages have none, and come last among equals. */
  type?: string;
  filters: Partial<Record<SearchFilter, string[]>>;
}

export interface BuiltTable {
  table: TermTable;
  /** Each chunk file's terms. */
  chunks: Record<string, string>[];
}

export function buildTermTable(indexed: readonly IndexedPage[], simplified: SimplifiedTable, chunks = TERM_CHUNKS): BuiltTable {
  const facets = Object.fromEntries(SEARCH_FILTERS.map((f) => [f, [] as string[]])) as Record<SearchFilter, string[]>;
  const facetIndex = (f: SearchFilter, v: string) => {
    const list = facets[f];
    const i = list.indexOf(v);
    return i === -1 ? list.push(v) - 1 : i;
  };
  const postings = new Map<string, number[]>();
  const rank = (page: IndexedPage) => {
    const at = (TIE_ORDER as readonly (string | undefined)[]).indexOf(page.type);
    return at === -1 ? TIE_ORDER.length : at;
  };
  const ordered = [...indexed].sort((a, b) => rank(a) - rank(b) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const pages: TermPage[] = ordered.map((page, i) => {
    for (const term of termsOf(page.text)) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
    return [page.id, page.url, SEARCH_FILTERS.map((f) => (page.filters[f] ?? []).map((v) => facetIndex(f, v)))];
  });
  const split: Map<string, string[]>[] = Array.from({ length: chunks }, () => new Map());
  for (const [term, list] of [...postings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const byPages = split[chunkOf(term, chunks)]!;
    const key = encodePages(list, pages.length);
    const terms = byPages.get(key);
    if (terms) terms.push(term);
    else byPages.set(key, [term]);
  }
  return {
    table: { version: TERM_TABLE_VERSION, pages, facets, chunks, simplified },
    chunks: split.map((byPages) => Object.fromEntries([...byPages].map(([k, ts]) => [k, ts.join(' ')]))),
  };
}

// ---- Checking a query (in the browser).

/** The chunks a query's terms are in; every chunk for a single character, which may begin or end any term. */
export function chunksFor(words: readonly string[], chunks = TERM_CHUNKS): number[] {
  if (words.some((w) => [...w].length === 1)) return Array.from({ length: chunks }, (_, i) => i);
  const out = new Set<number>();
  for (const w of words) {
    if (!HAN.test(w)) out.add(chunkOf(w, chunks));
    else for (const piece of pieces(w)) out.add(chunkOf(piece, chunks));
  }
  return [...out].sort((a, b) => a - b);
}

function pieces(run: string): string[] {
  const chars = [...run];
  return chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i]! + c);
}

/** The terms loaded so far, each with its pages decoded on first use. */
export class TermIndex {
  private readonly encoded = new Map<string, string>();
  private readonly decoded = new Map<string, ReadonlySet<number>>();

  /** Add a table's or a chunk's terms: each set of pages with the terms found on exactly those pages. */
  add(terms: Record<string, string>): void {
    for (const [pages, list] of Object.entries(terms)) for (const t of list.split(' ')) this.encoded.set(t, pages);
  }

  private pagesOf(term: string): ReadonlySet<number> {
    let set = this.decoded.get(term);
    if (!set) {
      set = new Set(decodePages(this.encoded.get(term) ?? ''));
      this.decoded.set(term, set);
    }
    return set;
  }

  private union(terms: Iterable<string>): Set<number> {
    const out = new Set<number>();
    for (const t of terms) for (const p of this.pagesOf(t)) out.add(p);
    return out;
  }

  /** The pages holding one query word, by the rules above. */
  pagesWith(word: string): Set<number> {
    if (!HAN.test(word)) return this.union([...this.encoded.keys()].filter((t) => !HAN.test(t) && wordMatches(t, word)));
    const chars = [...word];
    if (chars.length === 1) return this.union([...this.encoded.keys()].filter((t) => t.includes(word)));
    const bigrams = pieces(word).map((b) => this.pagesOf(b));
    const out = new Set<number>();
    // The first and last two characters must be there; inside, no two neighbouring pairs may both be missing.
    for (const p of bigrams[0]!) {
      if (!bigrams.at(-1)!.has(p)) continue;
      if (bigrams.every((set, i) => set.has(p) || (i > 0 && bigrams[i - 1]!.has(p)))) out.add(p);
    }
    return out;
  }

  /** The pages holding every word of a query. */
  pagesWithAll(words: readonly string[]): Set<number> {
    const [first, ...rest] = words;
    if (first === undefined) return new Set();
    let out = this.pagesWith(first);
    for (const w of rest) {
      if (!out.size) break;
      const next = this.pagesWith(w);
      out = new Set([...out].filter((p) => next.has(p)));
    }
    return out;
  }
}
