/**
 * The state of the all-standards table's filters, as it lives in the page's
 * URL (`?part=c&kind=…&status=in-force&q=…`) so a filtered view can be shared
 * and reloaded, and the text match the filter applies. Shared by the page,
 * which writes each row's folded text, and the browser script.
 */
import { foldNumberInput } from '../model/standard-number';

/** The choice filters, in URL order; each is one radio group named `f-<key>` on the page. */
export const FILTER_CHOICES = ['part', 'kind', 'status'] as const;
export type FilterChoice = (typeof FILTER_CHOICES)[number];

export interface FilterState {
  q: string;
  part?: string;
  kind?: string;
  status?: string;
}

/** The value of a radio group that means "no filter". */
export const ALL = 'all';

export function stateFromSearch(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = { q: (params.get('q') ?? '').trim() };
  for (const key of FILTER_CHOICES) {
    const v = params.get(key)?.trim();
    if (v && v !== ALL) state[key] = v;
  }
  return state;
}

/** "?part=c&q=…", or "" when nothing is filtered. */
export function searchFromState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_CHOICES) {
    const v = state[key];
    if (v && v !== ALL) params.set(key, v);
  }
  if (state.q.trim()) params.set('q', state.q.trim());
  const s = params.toString();
  return s ? `?${s}` : '';
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
