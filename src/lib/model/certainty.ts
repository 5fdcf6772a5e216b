/**
 * How sure each dated fact is, and what a status today rests on.
 *
 * A date or an event is a main claim, with any claims that disagree with it.
 * Each claim is confirmed when two or more sources give it (or one primary
 * source does), and rests on one source otherwise; content may mark a claim as
 * our inference, or say that agreeing sources are not independent, but never
 * that a claim is surer than its sources make it. A status today rests on the
 * facts it follows from (status-today.ts), so its basis is the weakest of them.
 */
import type { ContentIssue } from '../content/error';
import type { Claim, ListClaim, StandardData, TextClaim } from '../content/schema';
import { issuersOf } from './issuers';
import { deriveStatus, type StatusFacts, type StatusGround } from './status-today';
import type { Standard, Weighed, WeighedFact } from './types';
import {
  BASIS_OF_CONFIDENCE,
  CONFIDENCE_LABEL,
  FACT_CONFIDENCE,
  STATUS_BASES,
  type Confidence,
  type DateCertainty,
  type FactConfidence,
  type Membership,
  type StatusBasis,
} from '../base/vocabulary';

const RANK: Record<FactConfidence, number> = { inferred: 0, 'one-source': 1, confirmed: 2 };

/** What a claim's sources alone make it: confirmed by two or more, or by one primary source; otherwise one source. */
export function confidenceOfSources(sources: readonly string[], isPrimary: (id: string) => boolean): FactConfidence {
  const distinct = new Set(sources);
  return distinct.size >= 2 || [...distinct].some(isPrimary) ? 'confirmed' : 'one-source';
}

/** How sure a claim is: what content says of it, which may only be less than its sources make it. */
export function confidenceOf(claim: Pick<Claim, 'confidence' | 'sources'>, isPrimary: (id: string) => boolean): FactConfidence {
  return claim.confidence ?? confidenceOfSources(claim.sources, isPrimary);
}

export function weigh<T extends Claim & { otherClaims: Claim[] }>(fact: T, isPrimary: (id: string) => boolean): WeighedFact<T> {
  return {
    ...fact,
    confidence: confidenceOf(fact, isPrimary),
    otherClaims: fact.otherClaims.map((c) => ({ ...c, confidence: confidenceOf(c, isPrimary) })),
  };
}

/** A record field's claim (an ICS code, a list of drafters) with how sure it is; undefined where content gives none. */
export function weighClaim<T extends TextClaim | ListClaim>(claim: T | undefined, isPrimary: (id: string) => boolean): Weighed<T> | undefined {
  return claim ? { ...claim, confidence: confidenceOf(claim, isPrimary) } : undefined;
}

/** The least sure of some confidences (confirmed when there are none). */
export function weakest(levels: Iterable<FactConfidence>): FactConfidence {
  let out: FactConfidence = 'confirmed';
  for (const l of levels) if (RANK[l] < RANK[out]) out = l;
  return out;
}

/** Whether one status basis says no more than another. */
export function isNoStrongerThan(basis: StatusBasis, than: StatusBasis): boolean {
  return STATUS_BASES.indexOf(basis) >= STATUS_BASES.indexOf(than);
}

export interface BasisFacts {
  dates?: { published?: { confidence: FactConfidence }; effective?: { confidence: FactConfidence } } | undefined;
  history: { confidence: FactConfidence }[];
  /** Whether V1.0 lists the standard: the draft's own word on it is only as sure as that. */
  membership: Membership;
}

/**
 * What a status rests on, from the facts it follows from: the draft's own word
 * counts as on record only where V1.0 is confirmed to list the standard, since
 * its table was not recovered.
 */
export function basisOf(grounds: readonly StatusGround[], facts: BasisFacts): StatusBasis | null {
  if (grounds.length === 0) return null;
  const levels = grounds.map((g): FactConfidence => {
    if (g === 'draft') return facts.membership === 'confirmed' ? 'confirmed' : 'inferred';
    if (g === 'published' || g === 'effective') return facts.dates?.[g]?.confidence ?? 'inferred';
    return facts.history[g.event]?.confidence ?? 'inferred';
  });
  return BASIS_OF_CONFIDENCE[weakest(levels)];
}

/**
 * Problems with one fact's claims: a confidence above what the sources give,
 * two claims of one date, claims that differ without saying what each rests on,
 * a source named twice. `field` is where the fact sits ("dates.published",
 * "history.2").
 */
export function claimIssues(file: string, field: string, fact: Claim & { otherClaims: Claim[] }, isPrimary: (id: string) => boolean): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const claims: [string, Claim][] = [[field, fact], ...fact.otherClaims.map((c, i): [string, Claim] => [`${field}.otherClaims.${i}`, c])];
  const seen = new Map<string, string>();
  for (const [at, c] of claims) {
    const fromSources = confidenceOfSources(c.sources, isPrimary);
    if (c.confidence && RANK[c.confidence] > RANK[fromSources]) {
      issues.push({
        file,
        field: `${at}.confidence`,
        value: c.confidence,
        expected: `"${fromSources}" or less: ${describeSources(c.sources)} cannot make it ${CONFIDENCE_LABEL[c.confidence].en.toLowerCase()} (that takes two or more sources, or a primary one)`,
      });
    }
    const prior = seen.get(c.date);
    if (prior !== undefined) {
      issues.push({
        file,
        field: `${at}.date`,
        value: c.date,
        expected: `a date other than ${prior}'s: claims that agree are one claim with all their sources`,
      });
    } else seen.set(c.date, at);
    if (fact.otherClaims.length > 0 && c.basis === undefined) {
      issues.push({
        file,
        field: `${at}.basis`,
        value: undefined,
        expected: 'what this claim rests on, in both languages ("the standard\'s cover", "the national platform\'s listing"): the sources differ',
      });
    }
    const confidence = confidenceOf(c, isPrimary);
    const main = confidenceOf(fact, isPrimary);
    if (at !== field && RANK[confidence] > RANK[main]) {
      issues.push({
        file,
        field: at,
        value: c.date,
        expected: `this claim (${confidence}) as the main one: the main claim is the best-supported (confirmed, then one source, then inferred), and ${fact.date} is only ${main}`,
      });
    }
    const twice = c.sources.filter((id, i) => c.sources.indexOf(id) !== i);
    if (twice.length > 0) issues.push({ file, field: `${at}.sources`, value: twice[0], expected: 'each source once' });
  }
  return issues;
}

function describeSources(sources: readonly string[]): string {
  const distinct = [...new Set(sources)];
  return distinct.length === 1 ? `its only source, ${distinct[0]}, a secondary source,` : `its sources (${distinct.join(', ')})`;
}

/** What a status today is derived from: the main claim of each date, and the history. */
export function statusFacts(
  s: Pick<Standard, 'kind' | 'status' | 'history'> & { dates?: { published?: { date: string }; effective?: { date: string } } | undefined },
): StatusFacts {
  return { kind: s.kind, status: s.status, dates: { published: s.dates?.published?.date, effective: s.dates?.effective?.date }, history: s.history };
}

/** A standard with each date and event weighed, its status today and what that status rests on. */
export function weighStandard(s: StandardData & { id: string; file: string }, today: string, isPrimary: (id: string) => boolean): Standard {
  const dates = {
    ...(s.dates?.published ? { published: weigh(s.dates.published, isPrimary) } : {}),
    ...(s.dates?.effective ? { effective: weigh(s.dates.effective, isPrimary) } : {}),
  };
  const history = s.history.map((h) => weigh(h, isPrimary));
  const derived = deriveStatus(statusFacts({ ...s, dates, history }), today);
  const fromFacts = basisOf(derived.grounds, { dates, history, membership: s.membership });
  // Content may say a status rests on less than its facts show (validate.ts checks it says no more).
  const statusBasis = fromFacts && s.statusBasis ? s.statusBasis : fromFacts;
  const dateCertainty = {
    ...(dates.published ? { published: certaintyOfDate(dates.published, s.confidence.dates) } : {}),
    ...(dates.effective ? { effective: certaintyOfDate(dates.effective, s.confidence.dates) } : {}),
  };
  const mains = Object.values(dates).map((f) => f.confidence);
  const stated = s.confidence.dates;
  const datesConfidence: Confidence = mains.length === 0 ? (stated ?? 'unknown') : weakest(isFactConfidence(stated) ? [...mains, stated] : mains);
  const claims = [...Object.values(dates), ...history].flatMap((f) => [f, ...f.otherClaims]);
  const citedSources = [...new Set([...s.sources, ...claims.flatMap((c) => c.sources), ...(s.officialRecord?.sources ?? [])])];
  const { competentDepartment, ics, ccs, draftingUnits, drafters, replaces, ...rest } = s;
  const record = {
    issuers: issuersOf({
      kind: s.kind,
      committee: s.committee,
      number: s.number,
      issueDates: dates.published ? [dates.published, ...dates.published.otherClaims].map((c) => c.date) : [],
    }),
    ...optional('competentDepartment', weighClaim(competentDepartment, isPrimary)),
    ...optional('ics', weighClaim(ics, isPrimary)),
    ...optional('ccs', weighClaim(ccs, isPrimary)),
    ...optional('draftingUnits', weighClaim(draftingUnits, isPrimary)),
    ...optional('drafters', weighClaim(drafters, isPrimary)),
    // Filled in once every standard is weighed (record-fields.ts), since the links run both ways.
    replaces: [],
    replacedBy: [],
  };
  const recordSources = [competentDepartment, ics, ccs, draftingUnits, drafters, ...replaces].flatMap((c) => c?.sources ?? []);
  return {
    ...rest,
    ...record,
    // In the facets' own order (identity, dates, placement, risks), as the grid lists them.
    confidence: { identity: s.confidence.identity, dates: datesConfidence, placement: s.confidence.placement, risks: s.confidence.risks },
    dates,
    dateCertainty,
    history,
    statusToday: derived.status,
    statusBasis,
    citedSources: [...new Set([...citedSources, ...recordSources, ...(s.titleEnSources ?? [])])],
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

const isFactConfidence = (c: Confidence | undefined): c is FactConfidence => c !== undefined && (FACT_CONFIDENCE as readonly string[]).includes(c);

/**
 * How sure a date is, for the grid: "differ" where sources give other dates,
 * else its main claim's confidence, or less where content says less
 * (certainty-checks.ts fails a build where it says more, or something else).
 */
export function certaintyOfDate(fact: { confidence: FactConfidence; otherClaims: readonly unknown[] }, stated?: Confidence): DateCertainty {
  if (fact.otherClaims.length > 0) return 'differ';
  return isFactConfidence(stated) ? weakest([fact.confidence, stated]) : fact.confidence;
}

/** The rank of a confidence: a main claim is the one of highest rank (certainty-checks.ts). */
export function rankOf(c: FactConfidence): number {
  return RANK[c];
}
