/**
 * The build's one reading of the clock. The loader validates with it and the
 * model reckons every status today from it; nothing else asks for the date.
 */

/** The build date (UTC), "YYYY-MM-DD": SOURCE_DATE_EPOCH makes builds reproducible when set; otherwise today. */
export function buildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().slice(0, 10);
}
