/**
 * Standard numbers as they appear in Chinese standards practice:
 *   GB 45438-2025        mandatory national standard
 *   GB/T 45654-2025      recommended national standard
 *   GB/Z 185.1-2026      guidance technical document (national)
 *   TC260-003            TC260 technical document
 *   TC260-PG-20233A      TC260 cybersecurity standard practice guide
 *
 * Readers type these loosely ("gbt45654", "GB/T45654—2025", "45654"), so parsing
 * is forgiving while `canonical` is the one spelling content must use.
 */

export type NumberPrefix = 'GB' | 'GB/T' | 'GB/Z' | 'TC260' | 'TC260-PG';

export interface StandardNumber {
  prefix: NumberPrefix;
  /** The serial part: "45654", "185.1", "003", "20233A". */
  code: string;
  /** Four-digit year for national standards, when given. */
  year?: string;
  canonical: string;
}

/** Full-width characters to ASCII (NFKC) and every dash variant to "-". */
export function foldWidthAndDashes(input: string): string {
  return input.normalize('NFKC').replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
}

/** Fold full-width characters and dash variants so loose input compares equal. */
export function foldNumberInput(input: string): string {
  return foldWidthAndDashes(input).replace(/\s+/g, ' ').trim().toUpperCase();
}

const NATIONAL = /^GB\s*(?:\/?\s*([TZ]))?\s*(\d{3,5}(?:\.\d+)*)(?:\s*-\s*(\d{4}))?$/;
const TC260_PG = /^TC\s*260\s*-?\s*PG\s*-?\s*(\d{5}[A-Z]?)$/;
const TC260_DOC = /^TC\s*260\s*-?\s*(\d{3})$/;

export function parseStandardNumber(input: string): StandardNumber | null {
  const s = foldNumberInput(input);
  let m = NATIONAL.exec(s);
  if (m) {
    const prefix = (m[1] ? `GB/${m[1]}` : 'GB') as NumberPrefix;
    const code = m[2]!;
    const year = m[3];
    return { prefix, code, year, canonical: `${prefix} ${code}${year ? `-${year}` : ''}` };
  }
  m = TC260_PG.exec(s);
  if (m) return { prefix: 'TC260-PG', code: m[1]!, canonical: `TC260-PG-${m[1]}` };
  m = TC260_DOC.exec(s);
  if (m) return { prefix: 'TC260', code: m[1]!, canonical: `TC260-${m[1]}` };
  return null;
}

/** The number's canonical spelling, or null when it is not a standard number. */
export function normaliseStandardNumber(input: string): string | null {
  return parseStandardNumber(input)?.canonical ?? null;
}

/** The kind of deliverable a number's prefix implies; content must agree with it. */
export function kindForPrefix(prefix: NumberPrefix): string {
  switch (prefix) {
    case 'GB':
      return 'mandatory-national';
    case 'GB/T':
      return 'recommended-national';
    case 'TC260-PG':
      return 'practice-guide';
    case 'TC260':
      return 'technical-document';
    case 'GB/Z':
      return 'other';
  }
}

/**
 * Spellings a reader may type for a number, so the search index can match them
 * all: with and without the slash, space and year, and the bare serial.
 */
export function numberAliases(canonical: string): string[] {
  const n = parseStandardNumber(canonical);
  if (!n) return [];
  const out = new Set<string>([n.canonical]);
  if (n.prefix.startsWith('GB')) {
    const squashed = n.prefix.replace('/', '');
    for (const p of new Set([n.prefix, squashed])) {
      out.add(`${p} ${n.code}`);
      out.add(`${p}${n.code}`);
      if (n.year) out.add(`${p}${n.code}-${n.year}`);
    }
    if (n.year) out.add(`${n.code}-${n.year}`);
    out.add(n.code);
  } else {
    out.add(n.canonical.replace(/-/g, ''));
    out.add(n.code);
  }
  return [...out];
}
