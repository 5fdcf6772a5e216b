/**
 * Whether a search result really contains what was asked, and where.
 *
 * Pagefind 1.6 answers a word it cannot find with pieces of it: `cryptocurrency`
 * becomes the one-letter word "c" (the part letter), `区块链` the character 链,
 * and the pages that hold those come back as results. Pagefind gives no sign of
 * it in the result, so the search page checks each result against the query's
 * terms (SearchQuery.words) in the text Pagefind returns for it, its content and
 * its metadata, and keeps only the results that contain every term whole:
 *
 * - a Chinese run of two or more characters is found as typed, or as a string
 *   of pieces of at least two characters each (人脸识别系统 = 人脸识别 + 系统),
 *   never as single characters;
 * - another word is found when a word of the text begins with it (`secur`
 *   finds "security") or shares all but its ending with it, as English endings
 *   vary (`labeling`, "labelling", `standards`, "standard"), never when only a
 *   fragment of it matches.
 *
 * The same rules mark the terms in the excerpt, whole.
 */

const HAN = /\p{Script=Han}/u;
const TEXT_WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:\.(?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;

/** A word's ending may differ by this many letters ("labeling" / "labelling", "policy" / "policies"). */
const ENDING = 3;
/** …as long as this much of it is shared, so "data" never stands for "date". */
const MIN_STEM = 4;

/** The words of a text other than Chinese, in lower case, each once. */
export function textWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(TEXT_WORD) ?? []);
}

export interface Searchable {
  /** The text in lower case, for Chinese runs. */
  lower: string;
  /** Its words other than Chinese, in lower case. */
  words: Set<string>;
}

/** Prepare a result's text (content and metadata values) for term checks. */
export function searchable(...parts: (string | undefined)[]): Searchable {
  const lower = parts.filter(Boolean).join('\n').toLowerCase();
  return { lower, words: textWords(lower) };
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Whether a word of the text stands for the query word (see the rules above). */
export function wordMatches(textWord: string, queryWord: string): boolean {
  if (textWord.startsWith(queryWord)) return true;
  // Numbers have no endings: 45652 is not 45654.
  if (queryWord.length <= MIN_STEM || /\d/.test(queryWord)) return false;
  return sharedPrefix(textWord, queryWord) >= Math.max(MIN_STEM, queryWord.length - ENDING);
}

/**
 * A Chinese run as pieces of two or more characters that each occur in the
 * text, longest first; null when there is no such split.
 */
export function hanPieces(run: string, has: (piece: string) => boolean): string[] | null {
  const chars = [...run];
  if (chars.length < 2) return has(run) ? [run] : null;
  // best[i]: a split of chars[i..] into pieces found in the text, or null.
  const best: (string[] | null)[] = new Array(chars.length + 1).fill(null);
  best[chars.length] = [];
  for (let i = chars.length - 2; i >= 0; i--) {
    for (let j = chars.length; j >= i + 2; j--) {
      const rest = best[j];
      if (!rest) continue;
      const piece = chars.slice(i, j).join('');
      if (has(piece)) {
        best[i] = [piece, ...rest];
        break;
      }
    }
  }
  return best[0] ?? null;
}

export function coversTerm(text: Searchable, term: string): boolean {
  if (HAN.test(term)) return hanPieces(term, (p) => text.lower.includes(p)) !== null;
  for (const w of text.words) if (wordMatches(w, term)) return true;
  return false;
}

/** Whether the text contains every term of the query. */
export function covers(text: Searchable, terms: readonly string[]): boolean {
  return terms.every((term) => coversTerm(text, term));
}

export interface Segment {
  text: string;
  mark: boolean;
}

interface Range {
  start: number;
  end: number;
}

/** Where the terms occur in a text, whole: ranges, sorted and not overlapping. */
export function termRanges(text: string, terms: readonly string[]): Range[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  const find = (needle: string) => {
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + needle.length)) ranges.push({ start: i, end: i + needle.length });
  };
  const other: string[] = [];
  for (const term of terms) {
    if (!HAN.test(term)) other.push(term);
    else for (const piece of hanPieces(term, (p) => lower.includes(p)) ?? []) find(piece);
  }
  if (other.length) {
    for (const m of lower.matchAll(TEXT_WORD)) {
      if (other.some((t) => wordMatches(m[0], t))) ranges.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** A block this short is a heading ("说明", "Description") or a link, not prose to quote. */
const SHORT_BLOCK = 16;

/**
 * Pagefind joins a page's blocks (heading, paragraph, list item) with ". ".
 * The first two are the title and the line under it, which the result already
 * shows; an excerpt is taken from what follows, after any short heading.
 */
export function bodyStart(content: string): number {
  let at = 0;
  for (let i = 0; ; i++) {
    const next = content.indexOf('. ', at);
    if (next === -1) return i < 2 ? 0 : at;
    if (i >= 2 && next - at >= SHORT_BLOCK) return at;
    at = next + 2;
  }
}

/**
 * A short passage of a page's text around the first place it contains the
 * query's terms (below its title), with each term marked; null when the terms
 * occur only in the title or the metadata, where an excerpt would add nothing.
 *
 * @param length the passage's length in characters.
 */
export function excerpt(content: string, terms: readonly string[], length: number): Segment[] | null {
  const from = bodyStart(content);
  const ranges = termRanges(content, terms).filter((r) => r.start >= from);
  const first = ranges[0];
  if (!first) return null;
  // Start a little before the first term, at a word's start where there are spaces.
  let start = Math.max(from, first.start - Math.floor(length / 4));
  if (start > from) {
    const space = content.indexOf(' ', start);
    if (space !== -1 && space < first.start) start = space + 1;
  }
  let end = Math.min(content.length, start + length);
  if (end < content.length) {
    const space = content.lastIndexOf(' ', end);
    if (space > first.end && space > end - 20) end = space;
  }
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => text && segments.push({ text, mark });
  if (start > from) push('… ', false);
  let at = start;
  for (const r of ranges) {
    if (r.start >= end) break;
    push(content.slice(at, r.start), false);
    push(content.slice(r.start, Math.min(r.end, end)), true);
    at = Math.min(r.end, end);
  }
  push(content.slice(at, end), false);
  if (end < content.length) push(' …', false);
  return segments;
}
