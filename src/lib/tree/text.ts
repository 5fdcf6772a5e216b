/**
 * Fitting text into the tree's boxes without a font to measure: the build
 * draws the starting diagram, and the browser draws the boxes that open later
 * with the same rules, so a box reads the same whoever drew it.
 */

const WIDE = (cp: number) =>
  cp >= 0x1100 &&
  (cp <= 0x115f ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000);

/** Rough advance width of a character in ems. It errs wide: a title cut one character early is better than one running out of its box. */
function charEm(c: string): number {
  if (WIDE(c.codePointAt(0)!)) return 1;
  if (c === ' ') return 0.3;
  if (/[il.,:;'’!|]/.test(c)) return 0.3;
  if (/[mwMW—]/.test(c)) return 0.9;
  if (/[A-Z0-9]/.test(c)) return 0.68;
  return 0.56;
}

export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * fontPx;
}

/** The text, cut with an ellipsis where it would pass `maxPx`. */
export function fitText(text: string, maxPx: number, fontPx: number): string {
  if (textWidth(text, fontPx) <= maxPx) return text;
  const budget = maxPx - textWidth('…', fontPx);
  let used = 0;
  let out = '';
  for (const c of text) {
    const w = charEm(c) * fontPx;
    if (used + w > budget) break;
    used += w;
    out += c;
  }
  return `${out.trimEnd()}…`;
}

/** Units a line may break between: each wide (CJK) character, and each run of other non-space characters with its following spaces. */
function breakUnits(text: string): string[] {
  return (
    text.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6][\s]*|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/gu,
    ) ?? []
  );
}

/**
 * The text in at most `maxLines` lines of `maxPx`, broken between words (or
 * between Chinese characters); the last line ends in an ellipsis if the text
 * does not fit.
 */
export function wrapText(text: string, maxPx: number, fontPx: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const units = breakUnits(text.trim());
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (textWidth((line + unit).trimEnd(), fontPx) <= maxPx) {
      line += unit;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // The last line: take the rest and cut it.
      return [...lines, fitText(line + units.slice(i).join(''), maxPx, fontPx)];
    }
    if (line.trim()) {
      lines.push(line.trimEnd());
      line = '';
      i--;
      continue;
    }
    // One word wider than the box: cut it where it must be.
    const head = fitText(unit, maxPx, fontPx).slice(0, -1) || [...unit][0]!;
    lines.push(head);
    units[i] = unit.slice(head.length);
    i--;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
