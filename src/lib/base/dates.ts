/**
 * Dates in content are ISO strings at the precision a source gives:
 * "2025", "2025-04" or "2025-04-25". Partial dates are kept partial rather than
 * padded, so the site never claims a day nobody reported.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isValidPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * Compare two partial dates by the span they cover. A partial date is "before"
 * another only when it ends before the other starts: "2024" and "2024-05-01"
 * do not contradict each other.
 */
export function isStrictlyBefore(a: string, b: string): boolean {
  return end(a) < start(b);
}

/** The first day a partial date can mean: "2025-11" → "2025-11-01". */
export function start(d: string): string {
  const [y, m = '01', day = '01'] = d.split('-');
  return `${y}-${m}-${day}`;
}

/** The last day a partial date can mean: "2025-11" → "2025-11-30". */
export function end(d: string): string {
  const [y, m, day] = d.split('-');
  if (m === undefined) return `${y}-12-31`;
  if (day === undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y}-${m}-${String(last).padStart(2, '0')}`;
  }
  return d;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-04-25" → "2025年4月25日" / "25 April 2025"; partial dates stay partial. */
export function formatDate(value: string, locale: 'zh' | 'en'): string {
  const [y, m, d] = value.split('-');
  if (locale === 'zh') {
    return `${y}年` + (m ? `${Number(m)}月` : '') + (d ? `${Number(d)}日` : '');
  }
  const month = m ? MONTHS[Number(m) - 1] : '';
  return [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
}
