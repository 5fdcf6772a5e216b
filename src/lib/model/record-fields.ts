/**
 * The fields of a standard's record beyond its dates, as the model carries
 * them: each claim weighed like a date's (certainty.ts), the issuers by rule
 * (issuers.ts), and "replaces" / "replaced by" worked out in both directions
 * from each standard's `replaces` and its `superseded` events, so that a link
 * is written once in content and shown on both standards.
 */
import type { ReplacesClaim, StandardData } from '../content/schema';
import { confidenceOf } from './certainty';
import { parseStandardNumber } from '../base/standard-number';
import type { Replacement, Standard } from './types';
import type { Bilingual } from '../base/vocabulary';

/** Fills in `replaces` and `replacedBy` on every standard, from both kinds of link. */
export function linkReplacements(standards: Standard[], raw: ReadonlyMap<string, Pick<StandardData, 'replaces'>>, isPrimary: (id: string) => boolean): void {
  const byId = new Map(standards.map((s) => [s.id, s]));
  const numberOf = (ref: string) => byId.get(ref)?.number ?? parseStandardNumber(ref)?.canonical ?? ref;
  const link = (ref: string) => (byId.has(ref) ? ref : null);
  for (const s of standards) {
    for (const r of raw.get(s.id)?.replaces ?? ([] as ReplacesClaim[])) {
      const rest = claimOf(r, isPrimary);
      s.replaces.push({ id: link(r.standard), number: numberOf(r.standard), ...rest });
      const older = byId.get(r.standard);
      if (older) older.replacedBy.push({ id: s.id, number: s.number ?? s.id, ...rest });
    }
    for (const h of s.history) {
      if (h.event !== 'superseded' || h.successor === undefined) continue;
      const rest = { sources: [...h.sources], confidence: h.confidence, ...(h.basis ? { basis: h.basis } : {}), date: h.date };
      s.replacedBy.push({ id: link(h.successor), number: numberOf(h.successor), ...rest });
      const newer = byId.get(h.successor);
      if (newer) newer.replaces.push({ id: s.id, number: s.number ?? s.id, ...rest });
    }
  }
}

function claimOf(r: ReplacesClaim, isPrimary: (id: string) => boolean): { sources: string[]; confidence: Replacement['confidence']; basis?: Bilingual } {
  return { sources: [...r.sources], confidence: confidenceOf(r, isPrimary), ...(r.basis ? { basis: r.basis } : {}) };
}
