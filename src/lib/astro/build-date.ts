/**
 * The build's one reading of the clock. The content loader validates with it
 * and the model reckons every status today from it, so a build that crosses
 * midnight UTC checks and derives against the same day; nothing else asks for
 * the date.
 *
 * Astro runs the loader from the content configuration and the pages from
 * their own bundle: two copies of this module in one process. The reading is
 * therefore kept on the process's global object, not in a module variable, so
 * whichever copy asks first reads the clock and the other gets that reading.
 */
const READING = Symbol.for('ai-safety-standards.build-date');

/** The build date (UTC), "YYYY-MM-DD": SOURCE_DATE_EPOCH makes builds reproducible when set; otherwise the day of the first reading. */
export function buildDate(): string {
  const held = globalThis as { [READING]?: string };
  held[READING] ??= readClock();
  return held[READING];
}

function readClock(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().slice(0, 10);
}
