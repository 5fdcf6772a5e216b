/**
 * What the search page sends to Pagefind for what a reader typed.
 *
 * Readers type standard numbers loosely ("gb/t45654", "GBT 45654", "45654-2025",
 * "GB45438", "ＴＣ２６０－００３", "国标45438"), and Pagefind splits such strings
 * into words in ways that do not line up from one spelling to the next. Every
 * standard page carries its number's serial ("45654", "003", "20233A") as a
 * heavily weighted word, so any recognised number is replaced by that serial:
 * every spelling becomes the same one-word query, and the standard ranks
 * first. A wrong prefix ("GB 45654" for GB/T 45654) still lands on the
 * standard, and words for the kind of standard around a number are set aside
 * (numbers.ts). Everything else is passed through as typed, except Chinese on
 * the English page (see hanBigrams).
 */
import type { Locale } from '../base/vocabulary.ts';
import { foldWidthAndDashes, parseStandardNumber, type StandardNumber } from '../base/standard-number.ts';
import { numberInQuery, type NumberQuery } from './numbers.ts';

/** Longer input is cut: no real query is this long, and the page echoes it. */
export const MAX_QUERY_LENGTH = 200;

export interface SearchQuery {
  /** What the reader typed, tidied: shown back to them and kept in `?q=`. */
  display: string;
  /** What is sent to Pagefind. Empty when there is nothing to search for. */
  term: string;
  /** Standard numbers recognised in the query, in canonical spelling. */
  numbers: string[];
  /** The query is nothing but numbers or serials ("GB/T 45654", "45654", "003"). */
  byNumber: boolean;
  /** The one standard number the query consists of, kind words aside: looked up at once in the number map. */
  number?: NumberQuery;
  /**
   * The terms every result must contain (see match.ts): Chinese runs as
   * typed, other words in lower case, numbers as their serial. Pagefind is asked
   * for `term`, and what it returns is checked against these.
   */
  words: string[];
}

// A Chinese run, or a word of letters and digits (dots inside keep "185.1" whole).
const NOT_HAN = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
const QUERY_WORD = new RegExp(String.raw`\p{Script=Han}+|${NOT_HAN}+(?:\.${NOT_HAN}+)*`, 'gu');

/** The terms of a query, in order, each once. */
export function queryWords(text: string): string[] {
  return [...new Set([...text.toLowerCase().matchAll(QUERY_WORD)].map(([w]) => w))];
}

/** The word every spelling of a number is searched as: its serial, in lower case. */
export function numberSearchWord(n: StandardNumber): string {
  return n.code.toLowerCase();
}

// Numbers inside longer queries. parseStandardNumber decides what each one is;
// these only find candidates. Letters and digits may not touch either end, so
// "GBK" or "a45654b" are left alone, while Chinese text may ("标准GB45438要求").
const EMBEDDED_NUMBER =
  /(?<![A-Z0-9])(?:GB\s*(?:\/\s*)?[TZ]?\s*\d{3,5}(?:\.\d+)*(?:\s*-\s*\d{4})?|TC\s*260\s*-?\s*PG\s*-?\s*\d{5}[A-Z]?|TC\s*260\s*-?\s*\d{3})(?![A-Z0-9])/giu;
// A serial with its year and no prefix, "45654-2025": the year adds nothing.
const SERIAL_WITH_YEAR = /(?<![A-Z0-9./])(\d{3,5}(?:\.\d+)*)\s*-\s*(?:19|20)\d{2}(?![A-Z0-9])/giu;

// A serial on its own: "45654", "185.1", "003", "20233a".
const SERIAL = /^(?:\d{3,5}(?:\.\d+)*|\d{5}[a-z])$/i;

/** Tidy raw input: NFKC (full-width to ASCII), one kind of dash, single spaces, bounded length. */
export function tidyQuery(raw: string): string {
  const folded = foldWidthAndDashes(raw)
    // eslint-disable-next-line no-control-regex -- control characters in a pasted query become spaces
    .replace(/[\s\u0000-\u001F\u007F]+/g, ' ')
    .trim();
  return [...folded].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Chinese text as overlapping two-character words: "数据标注" → "数据 据标 标注".
 * The English index does not segment Chinese, so a whole title would be one
 * long word that only its first characters can find. Bigrams, made the same
 * way for the page and for the query, let any phrase in it match, and do not
 * depend on the dictionary of whichever browser or Node.js does the splitting.
 */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = [...run];
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

let hanSegmenter: Intl.Segmenter | undefined;

/**
 * The words of a text's Chinese, as a browser cuts them: "人脸识别数据安全要求"
 * → "人 脸 识别 数据 安全 要求". Pagefind cuts a Chinese query with the
 * browser's own segmenter (Intl.Segmenter) and finds a metadata word only by
 * its beginning, after splitting metadata at spaces; titles cut the same way
 * at build time meet the query's words whole. Node.js and the browsers share
 * ICU's dictionary, so both sides cut alike; where one differs, the word is
 * still found in the text, only without the title's weight.
 */
export function hanWords(text: string): string[] {
  // One segmenter, made on first use: making one per call cost more than the cutting, once per title at build time.
  const segmenter = (hanSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));
  const out: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) for (const { segment } of segmenter.segment(run)) out.push(segment);
  return out;
}

/**
 * @param locale the search page's language. The Chinese index segments Chinese
 * itself; on the English page Chinese runs are sent as bigrams (see hanBigrams).
 */
export function prepareQuery(raw: string, locale: Locale = 'zh'): SearchQuery {
  const display = tidyQuery(raw);
  if (!display) return { display, term: '', numbers: [], byNumber: false, words: [] };

  const number = numberInQuery(display);
  if (number) return { display, term: number.serial, numbers: number.canonical ? [number.canonical] : [], byNumber: true, words: [number.serial], number };

  const numbers: string[] = [];
  const plain = display
    .replace(EMBEDDED_NUMBER, (match) => {
      const n = parseStandardNumber(match);
      if (!n) return match;
      numbers.push(n.canonical);
      return ` ${numberSearchWord(n)} `;
    })
    .replace(SERIAL_WITH_YEAR, (_match, serial: string) => ` ${serial} `);
  const term = plain
    .replace(HAN_RUN, (run) => (locale === 'en' ? ` ${hanBigrams(run).join(' ')} ` : run))
    .replace(/\s+/g, ' ')
    .trim();
  const words = queryWords(plain);
  // Punctuation alone ("?!", "——") leaves nothing to search for.
  if (!words.length) return { display, term: '', numbers, byNumber: false, words };
  return { display, term, numbers, byNumber: term.split(' ').every((w) => SERIAL.test(w)), words };
}

/** The query in a search page's address (`?q=…`), tidied; "" when absent. */
export function queryFromSearch(search: string): string {
  return tidyQuery(new URLSearchParams(search).get('q') ?? '');
}
