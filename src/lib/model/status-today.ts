/**
 * A standard's status on a given day, derived from its dates and history.
 * Never typed by hand: the draft's status is a fact of January 2025, while this
 * one moves with the calendar, so it is computed at build time.
 *
 * The rule never claims more than the facts support:
 * - a withdrawal or supersession that has happened ends the story (the later of
 *   the two, if both);
 * - a national standard is in force once its effective date has passed, and
 *   issued (not yet in force) while its effective date is still ahead: an
 *   effective date is only ever set when a standard is issued;
 * - a national standard that was issued but whose effective date is unknown,
 *   or one with no dates at all, is "unknown": saying "in force" or "not yet in
 *   force" would both be guesses, and the draft calling it published tells
 *   nothing about today;
 * - a technical document or practice guide has no effective date: once out, it
 *   is published;
 * - a partial date ("2025-11") that may or may not have passed on the day asked
 *   about gives "unknown" rather than a guess;
 * - with nothing dated that has happened, the draft's own "in development" or
 *   "planned" is the latest word we have.
 */
import { end, start } from '../base/dates';
import type { HistoryEvent } from '../content/schema';
import { KINDS_WITH_EFFECTIVE_DATE, type Kind, type Status, type TodayStatus } from '../base/vocabulary';

export interface StatusFacts {
  kind: Kind;
  /** Status in V1.0 (January 2025). */
  status: Status;
  dates?: { published?: string; effective?: string } | undefined;
  history: Pick<HistoryEvent, 'date' | 'event'>[];
}

/** Where a (possibly partial) date stands relative to `today`. */
export type When = 'past' | 'future' | 'uncertain';

export function when(date: string, today: string): When {
  if (end(date) <= today) return 'past';
  if (start(date) > today) return 'future';
  return 'uncertain';
}

/** True when every day a (possibly partial) date can mean is `today` or earlier. */
export function hasHappened(date: string, today: string): boolean {
  return when(date, today) === 'past';
}

function firstDate(facts: StatusFacts, event: HistoryEvent['event']): string | undefined {
  return facts.history.find((h) => h.event === event)?.date;
}

/**
 * A fact a status today follows from: one of the two dates, an event of the
 * history (by its index), or the draft's own word on the standard.
 */
export type StatusGround = 'published' | 'effective' | { event: number } | 'draft';

export interface DerivedStatus {
  status: TodayStatus;
  /** The facts the status follows from; empty for "unknown", which claims nothing. */
  grounds: StatusGround[];
}

export function statusToday(facts: StatusFacts, today: string): TodayStatus {
  return deriveStatus(facts, today).status;
}

/** The status today and the facts it follows from, so that what it rests on can be said beside it. */
export function deriveStatus(facts: StatusFacts, today: string): DerivedStatus {
  const unknown: DerivedStatus = { status: 'unknown', grounds: [] };
  // Withdrawal and supersession: the latest one that has happened decides; one that may have happened leaves us unsure.
  const endings = facts.history.map((h, i) => ({ h, i })).filter(({ h }) => h.event === 'withdrawn' || h.event === 'superseded');
  const happened = endings.filter(({ h }) => when(h.date, today) === 'past');
  const last = happened[happened.length - 1];
  if (last) return { status: last.h.event as 'withdrawn' | 'superseded', grounds: [{ event: last.i }] };
  if (endings.some(({ h }) => when(h.date, today) === 'uncertain')) return unknown;

  const published = facts.dates?.published ?? firstDate(facts, 'published');
  const effective = facts.dates?.effective ?? firstDate(facts, 'effective');
  if (KINDS_WITH_EFFECTIVE_DATE.includes(facts.kind)) {
    const issuedWhen = published ? when(published, today) : undefined;
    if (effective && issuedWhen !== 'future') {
      const w = when(effective, today);
      if (w === 'past') return { status: 'in-force', grounds: ['effective'] };
      if (w === 'uncertain' || issuedWhen === 'uncertain') return unknown;
      return { status: 'issued', grounds: published ? ['published', 'effective'] : ['effective'] };
    }
    // Issued (or possibly issued) with no known effective date: in force or not, we cannot say.
    if (issuedWhen && issuedWhen !== 'future') return unknown;
    // With no dates at all, a draft's "published" says nothing about today either.
    if (facts.status === 'published') return unknown;
  } else if (published) {
    const w = when(published, today);
    if (w === 'past') return { status: 'published', grounds: ['published'] };
    if (w === 'uncertain') return unknown;
  } else if (facts.status === 'published') {
    // Documents and guides have no effective date: once the draft reports one out, it stays published until withdrawn.
    return { status: 'published', grounds: ['draft'] };
  }
  // Nothing dated has happened yet: the draft's own word is the latest we know.
  if (facts.status === 'in-development' || facts.status === 'planned') return { status: facts.status, grounds: ['draft'] };
  return unknown;
}
