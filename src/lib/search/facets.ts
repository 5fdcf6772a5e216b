/**
 * Facets over a list of search results: which results a selection keeps, and
 * how many each value of each facet would keep. Counted here rather than by
 * Pagefind, because the search page drops results that do not contain the
 * query (match.ts), and Pagefind's counts would include those.
 */
import type { SearchFilter } from './fields';

export type FacetValues = Partial<Record<SearchFilter, string[]>>;
/** One chosen value per facet; a facet left out is not narrowed. */
export type Selection = Partial<Record<SearchFilter, string>>;

export function selected(filters: FacetValues, selection: Selection, except?: SearchFilter): boolean {
  return Object.entries(selection).every(([facet, value]) => facet === except || !value || (filters[facet as SearchFilter] ?? []).includes(value));
}

/**
 * For each facet, each value's count among the results that the other facets'
 * choices keep: what choosing that value would show. Values in first-seen order
 * (results come best first), or in `order` where given.
 */
export function facetCounts(items: readonly FacetValues[], facets: readonly SearchFilter[], selection: Selection): Record<SearchFilter, Map<string, number>> {
  const out = {} as Record<SearchFilter, Map<string, number>>;
  for (const facet of facets) {
    const counts = new Map<string, number>();
    for (const item of items) {
      if (!selected(item, selection, facet)) continue;
      for (const value of new Set(item[facet] ?? [])) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    out[facet] = counts;
  }
  return out;
}
