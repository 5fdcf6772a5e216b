/**
 * One CSV cell, written safely. Import-light on purpose: no zod and no model,
 * so browser code can build a CSV with it too.
 */

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and
 * carriage return, hide one behind them), after OWASP's advice on CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell of an RFC 4180 CSV. A cell that a spreadsheet would run as a formula
 * gets an apostrophe in front (shown as text, never run); a cell holding a
 * comma, a quote or a line break is quoted, with its quotes doubled.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
