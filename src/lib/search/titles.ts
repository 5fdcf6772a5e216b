/**
 * Titles and other names on the search page, answered before the search
 * engine has loaded, as numbers are (numbers.ts): a query that is an entry's
 * title, its title in the other language or one of its keywords, whole, finds
 * that entry at once. The map is written at build time into small files by
 * name (titleShards), so a query fetches one file of a few KB; Pagefind's
 * full-text results follow below.
 *
 * A name more than one entry has ("AIGC", "生成式人工智能") names none of
 * them: the engine ranks those.
 */
import type { SearchMeta } from './fields.ts';
import { endKeys, keyIndex } from './title-keys.ts';

/** What the card shows: the fields of an entry's search record that a result's card reads. */
export type TitleCard = Pick<SearchMeta, 'title' | 'kind' | 'type' | 'number' | 'status' | 'status_key' | 'path'>;

/** One entry: its names, as written (folded when compared: foldName); its address; its card. */
export type TitleEntry = [names: string[], href: string, card: TitleCard];

/** A name as a reader may type it: width, case, spacing and punctuation aside. */
export function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Names shorter than this (folded) are not looked up: "AI" or "数据" name topics, not an entry. */
const MIN_NAME_LENGTH = 3;

/**
 * The map from each entry's titles (both languages) and other names: every
 * name folded; a name two entries share left out, and so is another name
 * (a keyword) that another entry's title holds, as the reader may mean that
 * entry; entries left with no name dropped.
 */
export function titleMap(entries: readonly { titles: readonly string[]; names: readonly string[]; href: string; card: TitleCard }[]): TitleEntry[] {
  // Each name once per entry, by its folded form, kept as written.
  const usable = (list: readonly string[]) =>
    [...new Map(list.map((n) => [foldName(n), n] as const)).entries()].filter(([f]) => [...f].length >= MIN_NAME_LENGTH);
  const titles = entries.map((e) => usable(e.titles));
  const others = entries.map((e, i) => usable(e.names).filter(([f]) => !titles[i]!.some(([t]) => t === f)));
  const holders = new Map<string, number>();
  entries.forEach((_, i) => {
    for (const f of new Set([...titles[i]!, ...others[i]!].map(([f]) => f))) holders.set(f, (holders.get(f) ?? 0) + 1);
  });
  // Which entries' titles hold a name: only those listed under one of its keys can (title-keys.ts).
  const byKey = keyIndex(titles.map((own) => own.map(([t]) => t)));
  const everyEntry = titles.map((_, j) => j);
  const inAnotherTitle = (f: string, i: number) => {
    const lists = endKeys(f).map((k) => byKey.get(k) ?? []);
    const candidates = lists.length ? lists.reduce((a, b) => (b.length < a.length ? b : a)) : everyEntry;
    return candidates.some((j) => j !== i && titles[j]!.some(([t]) => t.includes(f)));
  };
  return entries.flatMap((e, i): TitleEntry[] => {
    const own = [...titles[i]!, ...others[i]!.filter(([f]) => !inAnotherTitle(f, i))].filter(([f]) => holders.get(f) === 1).map(([, n]) => n);
    return own.length ? [[own, e.href, e.card]] : [];
  });
}

/**
 * Characters of the whole map's JSON per file: an entry goes in the file of
 * each of its names, so a file ends up about twice this, a few KB.
 */
const SHARD_TARGET = 1500;

/** How many files a map goes in. */
export function titleShardCount(entries: readonly TitleEntry[]): number {
  return Math.max(1, Math.ceil(JSON.stringify(entries).length / SHARD_TARGET));
}

/** Which file a folded name is in. */
export function titleShard(name: string, count: number): number {
  let h = 0;
  for (const c of name) h = (Math.imul(h, 31) + c.codePointAt(0)!) >>> 0;
  return h % count;
}

/** The map's files: each holds the entries with a name in it, with those names only. */
export function titleShards(entries: readonly TitleEntry[], count = titleShardCount(entries)): TitleEntry[][] {
  const shards: TitleEntry[][] = Array.from({ length: count }, () => []);
  for (const [names, href, card] of entries) {
    const by = Map.groupBy(names, (n) => titleShard(foldName(n), count));
    for (const [shard, own] of by) shards[shard]!.push([own, href, card]);
  }
  return shards;
}

/** The entry a query names, whole, and the name it was found by; null when it names none (or is too short to). */
export function findTitle(entries: readonly TitleEntry[], query: string): { entry: TitleEntry; name: string } | null {
  const asked = foldName(query);
  if ([...asked].length < MIN_NAME_LENGTH) return null;
  for (const entry of entries) {
    const name = entry[0].find((n) => foldName(n) === asked);
    if (name) return { entry, name };
  }
  return null;
}

/** Read a file of the map, keeping only well-formed entries. */
export function readTitleMap(json: string): TitleEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.filter(
    (e): e is TitleEntry =>
      Array.isArray(e) &&
      e.length === 3 &&
      Array.isArray(e[0]) &&
      (e[0] as unknown[]).every((n) => typeof n === 'string') &&
      typeof e[1] === 'string' &&
      typeof e[2] === 'object' &&
      e[2] !== null &&
      typeof (e[2] as { title?: unknown }).title === 'string',
  );
}
