/**
 * Which titles hold a query: the entries whose title, in either language,
 * holds the whole query ("人脸识别" in "信息安全技术 人脸识别数据安全要求"),
 * found before the search engine has loaded. The results list puts these
 * first in any case (nameRank in src/scripts/search-result.ts), so they can
 * show while the engine still works, in the order it will keep them.
 *
 * Titles are indexed by key (title-keys.ts): a short run of characters of the
 * folded title at every position. Every title that holds a query holds each of
 * the query's keys, so the entries listed under any one key of the query are
 * all the candidates; their titles then settle it. A key more than
 * MAX_HOLDERS entries have says too little to be worth a file's room, and is
 * marked common instead: a query whose keys are all common is left to the
 * engine.
 *
 * The build writes two kinds of small file: keys, by a hash of the key, each
 * mapping its keys to entry numbers; and cards, by entry number. A query
 * fetches the files of its first and last keys, then the cards it needs.
 */
import { endKeys, keyIndex } from './title-keys';
import { foldName, titleShard, type TitleCard, type TitleEntry } from './titles';

/** More entries than this under one key, and the key is common: not listed. */
export const MAX_HOLDERS = 40;
/** Entries per card file. */
export const CARDS_PER_FILE = 16;
/** Characters of the keys' JSON per key file. */
const KEY_FILE_TARGET = 2000;

/** A key's entries by number, or 0 where the key is common. */
export type KeyFile = Record<string, number[] | 0>;

/** The keys a query is looked up by: its first and its last (one, when they are the same); none when it is too short to have a key. */
export function queryKeys(query: string): string[] {
  return endKeys(foldName(query));
}

/** The index: every entry's card (its titles first), numbered by place; and each key's entries or, where common, null. */
export interface HolderIndex {
  entries: TitleEntry[];
  keys: Map<string, number[] | null>;
}

export function holderIndex(entries: readonly { titles: readonly string[]; href: string; card: TitleCard }[]): HolderIndex {
  const listed = entries.map((e): TitleEntry => [[...new Set(e.titles.filter(Boolean))], e.href, e.card]);
  return {
    entries: listed,
    keys: keyIndex(
      listed.map(([titles]) => titles.map(foldName)),
      MAX_HOLDERS,
    ),
  };
}

/** How many key files an index goes in. */
export function keyFileCount(index: HolderIndex): number {
  const size = [...index.keys].reduce((n, [key, ids]) => n + key.length + 4 + (ids ? ids.join(',').length + 2 : 1), 0);
  return Math.max(1, Math.ceil(size / KEY_FILE_TARGET));
}

/** The key files: file n holds the keys whose hash is n. */
export function keyFiles(index: HolderIndex, count = keyFileCount(index)): KeyFile[] {
  const files: KeyFile[] = Array.from({ length: count }, () => ({}));
  for (const [key, ids] of index.keys) files[titleShard(key, count)]![key] = ids ?? 0;
  return files;
}

/** The card files: file n holds entries n × CARDS_PER_FILE onwards. */
export function cardFiles(index: HolderIndex): TitleEntry[][] {
  const files: TitleEntry[][] = [];
  for (let at = 0; at < index.entries.length; at += CARDS_PER_FILE) files.push(index.entries.slice(at, at + CARDS_PER_FILE));
  return files;
}

/**
 * The entries a query's keys allow, from the key files looked up (one per
 * key, in queryKeys' order): a list (empty when some key is in no title), or
 * null when every key is common and the titles cannot tell.
 */
export function candidates(keys: readonly string[], files: readonly KeyFile[]): number[] | null {
  let found: number[] | null = null;
  for (const [i, key] of keys.entries()) {
    const ids = files[i]?.[key];
    if (ids === undefined) return [];
    if (ids === 0) continue;
    found = found ? found.filter((id) => ids.includes(id)) : ids;
  }
  return found;
}

/** Whether one of an entry's titles holds the whole query, folded. */
export function holds(entry: TitleEntry, query: string): boolean {
  const asked = foldName(query);
  return asked !== '' && entry[0].some((t) => foldName(t).includes(asked));
}

/** Read a key file, keeping only well-formed keys. */
export function readKeyFile(json: string): KeyFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  return Object.fromEntries(
    Object.entries(data).filter(([, ids]) => ids === 0 || (Array.isArray(ids) && ids.every((id) => Number.isInteger(id) && id >= 0))),
  ) as KeyFile;
}
