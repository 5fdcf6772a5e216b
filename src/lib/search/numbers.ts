/**
 * Standard numbers on the search page, answered before the search engine has
 * loaded: a small map from every numbered entry to what its exact-match card
 * shows, written at build time (number-map.ts) into the search page, or for a
 * large catalogue into small files by serial (numberShard), and the lookup the
 * page runs on what a reader typed (findNumber).
 *
 * Readers often put a word for the kind of standard before or after the
 * number, joined to it or not (国标45438, 推荐性国家标准 GB/T 45654, "national
 * standard 45654"). Those words say nothing the number does not, so they are
 * set aside for the lookup (numberInQuery). Numbers themselves are read as
 * forgivingly as anywhere else (parseStandardNumber): dashes, full-width
 * characters and spacing vary.
 */
import { isKind, isLaterKind, isTodayStatus, type Kind, type LaterKind, type TodayStatus } from '../base/vocabulary.ts';
import { foldWidthAndDashes, parseStandardNumber, type NumberPrefix, type StandardNumber } from '../base/standard-number.ts';

/**
 * Words for the kind of standard, in the forms readers type them: simplified
 * and traditional Chinese, English. Longest first, so that 推荐性国家标准 goes
 * whole rather than leaving 推荐性 behind.
 */
const KIND_WORDS = [
  '国家标准化指导性技术文件',
  '推荐性国家标准',
  '强制性国家标准',
  '推薦性國家標準',
  '強制性國家標準',
  '指导性技术文件',
  '网络安全标准实践指南',
  '國家標準',
  '国家标准',
  '推荐性国标',
  '强制性国标',
  '推荐国标',
  '强制国标',
  '行业标准',
  '行業標準',
  '标准编号',
  '標準編號',
  '标准号',
  '標準號',
  '技术文件',
  '技術文件',
  '实践指南',
  '實踐指南',
  '国标',
  '國標',
  '行标',
  '行標',
  '标准',
  '標準',
  '编号',
  '編號',
  'recommended national standard',
  'mandatory national standard',
  'chinese national standard',
  'china national standard',
  'national standard',
  'standard number',
  'standard no',
  'standards',
  'standard',
  'number',
  'std',
  'no',
  'nr',
].sort((a, b) => b.length - a.length);

// What may sit between a kind word and the number: spaces and a little punctuation ("标准号：", "No. ", "#").
const GLUE = /^[\s:：#№.,，、()（）《》〈〉"“”'‘’「」]+|[\s:：#№.,，、()（）《》〈〉"“”'‘’「」]+$/gu;
const LATIN = /[a-z]/i;

/** Remove one kind word from the start or the end of `text`, if it has one there; Latin words only whole. */
function dropKindWord(text: string): string | null {
  const lower = text.toLowerCase();
  for (const word of KIND_WORDS) {
    const latin = LATIN.test(word);
    if (lower.startsWith(word) && !(latin && LATIN.test(lower.charAt(word.length)))) return text.slice(word.length);
    if (lower.endsWith(word) && !(latin && LATIN.test(lower.charAt(lower.length - word.length - 1)))) return text.slice(0, text.length - word.length);
  }
  return null;
}

/** A serial on its own, with or without its year: "45654", "185.1", "003", "20233A", "45654-2025". */
const SERIAL = /^(\d{3,5}(?:\.\d+)*|\d{5}[a-z])(?:\s*-\s*((?:19|20)\d{2}))?$/i;

/** What a query that is one standard number asks for. `prefix` is absent for a bare serial. */
export interface NumberQuery {
  /** The serial, in lower case: every spelling of a number is looked up by it. */
  serial: string;
  prefix?: NumberPrefix;
  year?: string;
  /** The canonical spelling, when a prefix was typed. */
  canonical?: string;
}

/**
 * The standard number a query consists of, once any words for the kind of
 * standard around it are set aside; null when the query is anything else.
 * Any string is safe to pass: nothing here can throw or take long.
 */
export function numberInQuery(query: string): NumberQuery | null {
  // Queries are bounded before they get here (tidyQuery); a long one is no number anyway.
  if (query.length > 100) return null;
  let text = foldWidthAndDashes(query).replace(GLUE, '');
  for (let i = 0; i < 4; i++) {
    const parsed = parseStandardNumber(text);
    if (parsed) return fromParsed(parsed);
    const serial = SERIAL.exec(text);
    if (serial) return { serial: serial[1]!.toLowerCase(), year: serial[2] };
    const rest = dropKindWord(text);
    if (rest === null) return null;
    text = rest.replace(GLUE, '');
  }
  return null;
}

function fromParsed(n: StandardNumber): NumberQuery {
  return { serial: n.code.toLowerCase(), prefix: n.prefix, year: n.year, canonical: n.canonical };
}

/**
 * One numbered entry as the exact-match card shows it, written into the search
 * page as a compact array: number, title, kind, today's status ("" for a later
 * document, which has none in V1.0's sense), link, place, and today's status in
 * words with what it rests on ("现行（单一来源）"), as the standard's page says it.
 */
export type NumberEntry = [number: string, title: string, kind: Kind | LaterKind, status: TodayStatus | '', href: string, path: string, statusText: string];

export interface NumberMatch {
  number: string;
  title: string;
  kind: Kind | LaterKind;
  status?: TodayStatus;
  /** Today's status in words, with what it rests on. */
  statusText?: string;
  href: string;
  path: string;
}

/**
 * Read a number map back from the page, keeping only well-formed entries: the
 * page is the site's own, but a script never trusts what it reads blindly.
 */
export function readNumberMap(json: string | undefined): NumberEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(json ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.filter(
    (e): e is NumberEntry =>
      Array.isArray(e) &&
      e.length === 7 &&
      e.every((x) => typeof x === 'string') &&
      (isKind(e[2]) || isLaterKind(e[2])) &&
      (e[3] === '' || isTodayStatus(e[3])) &&
      parseStandardNumber(e[0]) !== null,
  );
}

/**
 * A large number map is split into this many files, by serial, so the page
 * fetches the one file a number can be in rather than carrying every entry.
 */
export const NUMBER_SHARDS = 64;

/** Which of the number map's files a serial's entries are in. */
export function numberShard(serial: string): number {
  let h = 0;
  for (const c of serial.toLowerCase()) h = (Math.imul(h, 31) + c.codePointAt(0)!) >>> 0;
  return h % NUMBER_SHARDS;
}

/**
 * The entry a number query names: the one with the same serial and the prefix
 * asked for, else the one with the same serial (a wrong prefix, "GB 45654" for
 * GB/T 45654, still lands on the standard); null when no entry has the serial.
 */
export function findNumber(entries: readonly NumberEntry[], query: NumberQuery): NumberMatch | null {
  const same = entries.filter((e) => parseStandardNumber(e[0])?.code.toLowerCase() === query.serial);
  const best = same.find((e) => parseStandardNumber(e[0])?.prefix === query.prefix) ?? same[0];
  return best ? toMatch(best) : null;
}

/**
 * Whether two serials are one slip apart: two neighbouring characters swapped
 * (45645 for 45654), or one digit typed wrong, added or left out.
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 1) return /\d/.test(a[diff[0]!]!) && /\d/.test(b[diff[0]!]!);
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (/\d/.test(long[i]!) && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** At most this many near misses are offered: more would be a list to search, not a suggestion. */
export const MAX_NEAR_MISSES = 3;

/**
 * The entries a number that names none was probably meant for: those whose
 * serial is one slip from it, the prefix typed first. Serials of three
 * characters (TC260-003) are too short to tell a slip from another number.
 */
export function nearMisses(entries: readonly NumberEntry[], query: NumberQuery): NumberMatch[] {
  if (query.serial.length < 4 || findNumber(entries, query)) return [];
  const close = entries.flatMap((e) => {
    const n = parseStandardNumber(e[0]);
    return n && oneSlipApart(n.code.toLowerCase(), query.serial) ? [{ e, samePrefix: n.prefix === query.prefix }] : [];
  });
  close.sort((a, b) => Number(b.samePrefix) - Number(a.samePrefix));
  return close.slice(0, MAX_NEAR_MISSES).map(({ e }) => toMatch(e));
}

function toMatch([number, title, kind, status, href, path, statusText]: NumberEntry): NumberMatch {
  return { number, title, kind, status: status || undefined, statusText: statusText || undefined, href, path };
}
