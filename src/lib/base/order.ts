/**
 * Text in numeric order, digits read as numbers ("GB/T 9" before "GB/T 10",
 * "/standards/gb-t-9-…/" before "/standards/gb-t-10-…/"): the order of
 * standard numbers and of the sitemap's addresses.
 *
 * One collator, made once: `localeCompare` with a locale or options builds a
 * collator on every call, which made sorting ten thousand numbers take about a
 * second instead of about 20 ms. The order is the same.
 */
export const numericOrder: (a: string, b: string) => number = new Intl.Collator('en', { numeric: true }).compare;
