/**
 * How sure a regulation's facts and a standard's links are. As for a
 * standard's dates (certainty.ts), two or more sources, or a primary one,
 * confirm a fact; here a copy on a site that does not name itself as publisher
 * (a source with `copyOf`) is never counted towards that, so a fact resting on
 * one source and copies rests on one source.
 */
import type { SourceData } from '../content/schema';
import type { FactConfidence } from '../base/vocabulary';

export interface SourceWeights {
  isPrimary(id: string): boolean;
  isCopy(id: string): boolean;
}

export function sourceWeights(sources: readonly (Pick<SourceData, 'primary' | 'copyOf'> & { id: string })[]): SourceWeights {
  const primary = new Set(sources.filter((s) => s.primary).map((s) => s.id));
  const copies = new Set(sources.filter((s) => s.copyOf !== undefined).map((s) => s.id));
  return { isPrimary: (id) => primary.has(id), isCopy: (id) => copies.has(id) };
}

/** What sources alone make a fact: confirmed by two or more that are not copies, or by one primary; otherwise one source. */
export function confidenceOfCitations(sources: readonly string[], weights: SourceWeights): FactConfidence {
  const counted = [...new Set(sources)].filter((id) => !weights.isCopy(id));
  return counted.length >= 2 || counted.some(weights.isPrimary) ? 'confirmed' : 'one-source';
}

const RANK: Record<FactConfidence, number> = { inferred: 0, 'one-source': 1, confirmed: 2 };

/** Whether a stated confidence says no more than another. */
export function isNoSurerThan(stated: FactConfidence, than: FactConfidence): boolean {
  return RANK[stated] <= RANK[than];
}
