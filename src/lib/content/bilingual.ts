/**
 * Entry bodies hold both languages: a <Zh>…</Zh> block and an <En>…</En> block.
 * Facts live once in front matter; only prose is written twice.
 */

// Attributes are matched so that a block carrying one is not also reported as missing: the body check rejects them.
const BLOCK = {
  zh: /<Zh(?:\s[^>]*)?>([\s\S]*?)<\/Zh>/g,
  en: /<En(?:\s[^>]*)?>([\s\S]*?)<\/En>/g,
} as const;

/** The text of each language block, or undefined when it is missing or repeated. */
export function languageBlocks(body: string): Record<Locale, string[]> {
  return {
    zh: [...body.matchAll(BLOCK.zh)].map((m) => m[1]!.trim()),
    en: [...body.matchAll(BLOCK.en)].map((m) => m[1]!.trim()),
  };
}

const HAN = /\p{Script=Han}/gu;
const LETTER = /[\p{L}]/gu;

/** Share of letters that are Han characters: near 1 for Chinese prose, near 0 for English. */
export function hanShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(HAN)?.length ?? 0) / letters;
}
import type { Locale } from '../base/vocabulary';
