/**
 * Checks that content says no more than its sources: each date and event's
 * claims (certainty.ts), the issue and effective dates given once (in `dates`,
 * not again as events), and a stated status basis no surer than the facts the
 * status follows from.
 */
import type { ContentIssue } from '../content/error';
import type { LaterDocumentData, SourceData, StandardData } from '../content/schema';
import { claimIssues, confidenceOf, confidenceOfSources, isNoStrongerThan, weakest, weighStandard } from './certainty';
import type { Located } from './types';
import { DATE_EVENTS, FACT_CONFIDENCE, STATUS_BASES, STATUS_BASIS_LABEL, type FactConfidence } from '../base/vocabulary';

export function certaintyIssues(
  standards: readonly (StandardData & Located)[],
  later: readonly (LaterDocumentData & Located)[],
  sources: readonly (SourceData & Located)[],
  today: string,
): ContentIssue[] {
  const primary = new Set(sources.filter((s) => s.primary).map((s) => s.id));
  const isPrimary = (id: string) => primary.has(id);
  const issues: ContentIssue[] = [];
  for (const s of standards) {
    for (const type of DATE_EVENTS) {
      const fact = s.dates?.[type];
      if (fact) issues.push(...claimIssues(s.file, `dates.${type}`, fact, isPrimary));
    }
    s.history.forEach((h, i) => {
      if ((DATE_EVENTS as readonly string[]).includes(h.event)) {
        issues.push({
          file: s.file,
          field: `history.${i}.event`,
          value: h.event,
          expected: `another event: a standard's ${h.event === 'published' ? 'issue' : 'effective'} date goes in dates.${h.event}, with its sources, and shows on the timeline from there`,
        });
      }
      issues.push(...claimIssues(s.file, `history.${i}`, h, isPrimary));
    });
    datesConfidenceIssues(s, isPrimary, issues);
    for (const key of RECORD_CLAIM_FIELDS) {
      const c = s[key];
      if (c) issues.push(...surerThanSources(s.file, key, c, isPrimary));
    }
    s.replaces.forEach((r, i) => issues.push(...surerThanSources(s.file, `replaces.${i}`, r, isPrimary)));
    if (s.statusBasis !== undefined) {
      const derived = weighStandard({ ...s, statusBasis: undefined }, today, isPrimary);
      if (derived.statusBasis === null) {
        issues.push({
          file: s.file,
          field: 'statusBasis',
          value: s.statusBasis,
          expected: `no statusBasis: the status today is "unknown", which rests on nothing`,
        });
      } else if (!isNoStrongerThan(s.statusBasis, derived.statusBasis)) {
        const allowed = STATUS_BASES.slice(STATUS_BASES.indexOf(derived.statusBasis)).map((b) => `"${b}"`);
        issues.push({
          file: s.file,
          field: 'statusBasis',
          value: s.statusBasis,
          expected: `${allowed.join(' or ')}: the facts the status today (${derived.statusToday}) follows from are ${STATUS_BASIS_LABEL[derived.statusBasis].en.toLowerCase()} at best`,
        });
      }
    }
  }
  for (const d of later) d.history.forEach((h, i) => issues.push(...claimIssues(d.file, `history.${i}`, h, isPrimary)));
  return issues;
}

/** The fields of a standard's record given as one claim each, with sources (schema.ts). */
export const RECORD_CLAIM_FIELDS = ['competentDepartment', 'ics', 'ccs', 'draftingUnits', 'drafters'] as const;

/** A record field's claim may be marked less sure than its sources make it, never surer. */
function surerThanSources(
  file: string,
  field: string,
  c: { confidence?: FactConfidence | undefined; sources: string[] },
  isPrimary: (id: string) => boolean,
): ContentIssue[] {
  const fromSources = confidenceOfSources(c.sources, isPrimary);
  if (!c.confidence || RANK_OF[c.confidence] <= RANK_OF[fromSources]) return [];
  return [
    {
      file,
      field: `${field}.confidence`,
      value: c.confidence,
      expected: `"${fromSources}" or less: that takes two or more sources, or a primary one`,
    },
  ];
}

/** The entry's word on its dates may not be surer than the least sure of their main claims. */
function datesConfidenceIssues(s: StandardData & Located, isPrimary: (id: string) => boolean, issues: ContentIssue[]): void {
  const facts = DATE_EVENTS.flatMap((t) => (s.dates?.[t] ? [s.dates[t]] : []));
  if (facts.length === 0) return;
  const least = weakest(facts.map((f) => confidenceOf(f, isPrimary)));
  const stated = s.confidence.dates;
  if (stated === undefined) return;
  if (!(FACT_CONFIDENCE as readonly string[]).includes(stated)) {
    issues.push({
      file: s.file,
      field: 'confidence.dates',
      value: stated,
      expected: `no confidence.dates (it is worked out from dates.published and dates.effective), or "${least}" or less: the dates have sources, so "${stated}" contradicts them`,
    });
    return;
  }
  if ((FACT_CONFIDENCE as readonly string[]).includes(stated) && RANK_OF[stated as FactConfidence] > RANK_OF[least]) {
    issues.push({
      file: s.file,
      field: 'confidence.dates',
      value: stated,
      expected: `"${least}" or less: it cannot be surer than the least sure of its dates (see dates.published and dates.effective)`,
    });
  }
}

const RANK_OF: Record<FactConfidence, number> = { inferred: 0, 'one-source': 1, confirmed: 2 };
