/**
 * Traditional Chinese in queries. The site's Chinese is simplified; a reader
 * in Hong Kong, Taiwan or abroad types 人臉識別 or 生成式人工智慧 and should
 * find what 人脸识别 and 生成式人工智能 find.
 *
 * The build takes OpenCC's tables (traditional-table.ts) and keeps, for each
 * language, only what can matter to its pages: the traditional characters
 * whose simplified form the pages use, and the words, regional ones included
 * (智慧 → 智能, 資料 → 数据), whose conversion differs from their characters'
 * and occurs in the pages. That table travels with the term table, a couple of
 * kilobytes, and a query is converted here by longest match, the way OpenCC
 * converts: no converter of a hundred kilobytes is sent to the browser, and a
 * query that needs no conversion costs nothing.
 */

export interface SimplifiedTable {
  /** Traditional characters, each followed by its simplified form: "臉脸識识…". */
  characters: string;
  /** Words that convert otherwise than character by character, with what they become. */
  phrases: [traditional: string, simplified: string][];
}

/** Any string is safe: what the table does not know passes through unchanged. */
export function simplify(text: string, table: SimplifiedTable): string {
  const chars = new Map<string, string>();
  const pairs = [...table.characters];
  for (let i = 0; i + 1 < pairs.length; i += 2) chars.set(pairs[i]!, pairs[i + 1]!);
  const phrases = [...table.phrases].sort(([a], [b]) => b.length - a.length);
  let out = '';
  for (let i = 0; i < text.length;) {
    const phrase = phrases.find(([from]) => text.startsWith(from, i));
    if (phrase) {
      out += phrase[1];
      i += phrase[0].length;
      continue;
    }
    const c = String.fromCodePoint(text.codePointAt(i)!);
    out += chars.get(c) ?? c;
    i += c.length;
  }
  return out;
}
