/**
 * One CSV cell, written safely. Import-light on purpose: no zod and no model,
 * so browser code can build a CSV with it too.
 */

/** A cell of an RFC 4180 CSV: quoted when it holds a comma, a quote or a line break, with its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
