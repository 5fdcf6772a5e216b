/**
 * At build time: the part of OpenCC's traditional-to-simplified tables
 * (opencc-js) that can matter to a language's pages (see traditional.ts). A
 * character or word is kept when what it becomes occurs in the pages and it
 * does not occur there itself, so converting a query can only ever find more,
 * and never changes what a reader of simplified Chinese typed.
 */
import { ConverterFactory } from 'opencc-js/core';
import hk from 'opencc-js/from/hk';
import twp from 'opencc-js/from/twp';
import cn from 'opencc-js/to/cn';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import type { SimplifiedTable } from './traditional.ts';

/** Hong Kong and Taiwan forms, with Taiwan's words, to mainland simplified Chinese. */
const toSimplified: (text: string) => string = ConverterFactory(...hk, ...twp, ...cn);

const keys = (dict: string) => dict.split('|').map((entry) => entry.split(' ')[0]!);

/** @param text the Chinese the pages of one language hold. */
export function simplifiedTable(text: string): SimplifiedTable {
  const used = new Set(text);
  const characters = new Map<string, string>();
  for (const c of new Set([...keys(TSCharacters), ...keys(TWVariantsRev), ...keys(HKVariantsRev)])) {
    if ([...c].length !== 1) continue;
    // A character the pages themselves use is simplified Chinese here (著 in 显著), whatever else it may be.
    if (used.has(c)) continue;
    const s = toSimplified(c);
    if (s !== c && [...s].length === 1 && used.has(s)) characters.set(c, s);
  }
  const phrases = new Map<string, string>();
  // Text holds a phrase only if the pages use each of its characters: a set lookup that spares most
  // phrases a search through all the pages' text, which grows with the site.
  const inPages = (phrase: string) => [...phrase].every((c) => used.has(c)) && text.includes(phrase);
  for (const p of new Set([...keys(TWPhrasesRev), ...keys(TWVariantsRevPhrases), ...keys(HKVariantsRevPhrases), ...keys(TSPhrases)])) {
    // Likewise a word the pages use (智慧 in 智慧城市, were it there) stays as it is.
    if (inPages(p)) continue;
    const s = toSimplified(p);
    const byCharacter = [...p].map((c) => characters.get(c) ?? c).join('');
    if (s !== byCharacter && inPages(s)) phrases.set(p, s);
  }
  return {
    characters: [...characters]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([c, s]) => c + s)
      .join(''),
    phrases: [...phrases].sort(([a], [b]) => (a < b ? -1 : 1)),
  };
}
