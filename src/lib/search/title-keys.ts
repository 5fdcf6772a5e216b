/**
 * Keys of a folded name (foldName in titles.ts): a short run of characters at
 * each position, two Han characters (most Chinese words have two) or three of
 * anything else. A text that holds another holds each of the other's keys, so
 * the texts listed under any one key of a name are all that can hold it: the
 * title index (title-holders.ts) and the title map's check of which titles
 * hold a keyword (titles.ts) look up by them instead of reading every title.
 */

const HAN = /\p{Script=Han}/u;

/** The key starting at a character, or null where the text ends too soon for one. */
function keyAt(chars: readonly string[], at: number): string | null {
  // Joined by hand: a slice and a join for every position of every title took about half of the index's build time.
  if (HAN.test(chars[at]!)) return at + 2 <= chars.length ? chars[at]! + chars[at + 1]! : null;
  return at + 3 <= chars.length ? chars[at]! + chars[at + 1]! + chars[at + 2]! : null;
}

/** Adds every key a folded text holds to `keys`. */
function addKeys(folded: string, keys: Set<string>): void {
  const chars = [...folded];
  for (let at = 0; at < chars.length; at++) {
    const key = keyAt(chars, at);
    if (key) keys.add(key);
  }
}

/** Every key a folded text holds, each once. */
export function keysOf(folded: string): Set<string> {
  const keys = new Set<string>();
  addKeys(folded, keys);
  return keys;
}

/** A folded text's first and last keys (one, when they are the same); none when it is too short to have a key. */
export function endKeys(folded: string): string[] {
  const chars = [...folded];
  const first = chars.length ? keyAt(chars, 0) : null;
  if (!first) return [];
  let last: string | null = null;
  for (let at = chars.length - 1; at >= 0 && !last; at--) last = keyAt(chars, at);
  return [...new Set([first, last!])];
}

/**
 * Which entries hold each key, from each entry's folded texts (taken together): the entries' numbers, in order; a
 * key more than `max` entries hold is common, and maps to null.
 */
export function keyIndex(texts: readonly (readonly string[])[], max = Infinity): Map<string, number[] | null> {
  const keys = new Map<string, number[] | null>();
  texts.forEach((own, id) => {
    const held = new Set<string>();
    for (const text of own) addKeys(text, held);
    for (const key of held) {
      const holders = keys.get(key);
      if (holders === null) continue;
      if (!holders) keys.set(key, [id]);
      else if (holders.length < max) holders.push(id);
      else keys.set(key, null);
    }
  });
  return keys;
}
