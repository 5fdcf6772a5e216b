/**
 * A standard's status on a given day, derived from its dates and history.
 * Never typed by hand: the draft's status is a fact of January 2025, while this
 * one moves with the calendar, so it is computed at build time.
 */
import { end } from './dates';
import type { HistoryEvent } from './schema';
import { KINDS_WITH_EFFECTIVE_DATE, type Kind, type Status, type TodayStatus } from './vocabulary';

export interface StatusFacts {
  kind: Kind;
  /** Status in V1.0 (January 2025). */
  status: Status;
  dates?: { published?: string; effective?: string } | undefined;
  history: Pick<HistoryEvent, 'date' | 'event'>[];
}

/** True when every day a (possibly partial) date can mean is `today` or earlier. */
export function hasHappened(date: string, today: string): boolean {
  return end(date) <= today;
}

function firstDate(facts: StatusFacts, event: HistoryEvent['event']): string | undefined {
  return facts.history.find((h) => h.event === event)?.date;
}

export function statusToday(facts: StatusFacts, today: string): TodayStatus {
  const happened = (d: string | undefined) => d !== undefined && hasHappened(d, today);
  if (happened(firstDate(facts, 'withdrawn'))) return 'withdrawn';
  if (happened(firstDate(facts, 'superseded'))) return 'superseded';
  const published = facts.dates?.published ?? firstDate(facts, 'published');
  const effective = facts.dates?.effective ?? firstDate(facts, 'effective');
  if (KINDS_WITH_EFFECTIVE_DATE.includes(facts.kind)) {
    if (happened(effective)) return 'in-force';
    if (happened(published)) return effective ? 'issued' : 'unknown';
  } else if (happened(published) || facts.status === 'published') {
    // Documents and guides have no effective date: once out, they are simply published.
    return 'published';
  }
  // Nothing dated has happened yet: the draft's own word is the latest we know.
  if (facts.status === 'in-development' || facts.status === 'planned') return facts.status;
  return 'unknown';
}
