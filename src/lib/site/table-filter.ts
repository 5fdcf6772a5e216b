/**
 * The state of the all-standards table's filters and sort, as it lives in the
 * page's URL (`?part=c&kind=…&status=in-force&risk=…&changed=yes&sort=effective&q=…`)
 * so a filtered view can be shared and reloaded; how a URL that asks for
 * something the table does not offer is read; the sort orders; and the text
 * match. Shared by the page, which writes each row's values, the stylesheet
 * that filters without JavaScript, and the browser script.
 */
import { foldNumberInput } from '../base/standard-number';
import { start } from '../base/dates';
import { numericOrder } from '../base/order';

/** The choice filters, in URL order; each is one control named `f-<key>` on the page, each option `f-<key>-<value>`. */
export const FILTER_CHOICES = ['part', 'kind', 'status', 'risk', 'changed'] as const;
export type FilterChoice = (typeof FILTER_CHOICES)[number];

/**
 * The orders the table can be read in. "part" is the table as served, grouped
 * by part; the others run across the groups, so the table reads as one list.
 */
export const SORTS = ['part', 'number', 'published', 'effective'] as const;
export type Sort = (typeof SORTS)[number];
export const DEFAULT_SORT: Sort = 'part';

export type FilterState = { q: string; sort?: Sort } & Partial<Record<FilterChoice, string>>;

/** The value of a choice that means "no filter". */
export const ALL = 'all';
/** The one value of the "changed since V1.0" filter that filters. */
export const CHANGED = 'yes';
/** The longest text filter read from a URL: longer is no reader's query, and is not applied. */
export const Q_MAX = 200;

/** Why a value in the URL was not applied: it is not an option, its key came more than once, or it is too long. */
export type IgnoredReason = 'unknown' | 'repeated' | 'too-long';
export interface Ignored {
  key: FilterChoice | 'sort' | 'q';
  value: string;
  reason: IgnoredReason;
}

/** The values each control offers on the page; a value outside them is not applied. */
export type Offered = Record<FilterChoice | 'sort', readonly string[]>;

/**
 * The state a URL asks for, and what in it was not applied: a value the table
 * does not offer, a key given more than once with different values, or a text
 * filter over Q_MAX characters. Each falls back to "all" (or no text, or the
 * grouped order), so the page always shows a table, and says why.
 * Parameters the table does not use are left alone: they belong to someone else.
 */
export function readFilterUrl(search: string, offered: Offered): { state: FilterState; ignored: Ignored[] } {
  const params = new URLSearchParams(search);
  const state: FilterState = { q: '' };
  const ignored: Ignored[] = [];
  /** The one value of a key, or undefined after saying why there is none. */
  const single = (key: Ignored['key']): string | undefined => {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()))];
    if (values.length > 1) {
      ignored.push({ key, value: values.join(' | '), reason: 'repeated' });
      return undefined;
    }
    return values[0];
  };
  for (const key of [...FILTER_CHOICES, 'sort'] as const) {
    const v = single(key);
    if (v === undefined || v === '' || v === ALL || (key === 'sort' && v === DEFAULT_SORT)) continue;
    if (!offered[key].includes(v)) ignored.push({ key, value: v, reason: 'unknown' });
    else if (key === 'sort') state.sort = v as Sort;
    else state[key] = v;
  }
  const q = single('q') ?? '';
  if (q.length > Q_MAX) ignored.push({ key: 'q', value: q, reason: 'too-long' });
  else state.q = q;
  return { state, ignored };
}

/** "?part=c&q=…", or "" when nothing is filtered and the table is in its grouped order. */
export function searchFromState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_CHOICES) {
    const v = state[key];
    if (v && v !== ALL) params.set(key, v);
  }
  if (state.sort && state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  if (state.q.trim()) params.set('q', state.q.trim());
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** What a sort compares in a row: its number, or its issue or effective date ("" where unknown). */
export interface SortFields {
  number?: string | undefined;
  published?: string | undefined;
  effective?: string | undefined;
  /** The row's place in the grouped table, which breaks ties so the order is always the same. */
  index: number;
}

/** Numbers in numeric order (GB/T 20979 before GB/T 45654); no number last. */
const byNumber = (a: SortFields, b: SortFields) => Number(!a.number) - Number(!b.number) || numericOrder(a.number ?? '', b.number ?? '');
/** Newest first, a date of any precision by its first day; no date last. */
const newestFirst = (field: 'published' | 'effective') => (a: SortFields, b: SortFields) =>
  Number(!a[field]) - Number(!b[field]) || start(b[field] ?? '').localeCompare(start(a[field] ?? ''));

const COMPARE: Record<Exclude<Sort, 'part'>, (a: SortFields, b: SortFields) => number> = {
  number: byNumber,
  published: newestFirst('published'),
  effective: newestFirst('effective'),
};

/** The rows' places in a sort: for each row (by its index in the grouped table), its position in that order. */
export function sortPositions(rows: readonly SortFields[], sort: Exclude<Sort, 'part'>): number[] {
  const order = [...rows].sort((a, b) => COMPARE[sort](a, b) || a.index - b.index);
  const position = new Array<number>(rows.length);
  order.forEach((row, i) => (position[row.index] = i));
  return position;
}

/**
 * Text folded for loose matching: full-width and dash variants, case, and the
 * spaces, slashes and dashes readers leave out of numbers ("gbt45654").
 */
export function foldText(text: string): string {
  return foldNumberInput(text).replace(/[\s/\-—–·.,，、:：()（）]+/g, '');
}

/** True when every word of the query occurs in the row's folded text. */
export function matchesText(folded: string, query: string): boolean {
  const words = query.trim().split(/\s+/).map(foldText).filter(Boolean);
  return words.every((w) => folded.includes(w));
}
