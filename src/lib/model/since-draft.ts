/**
 * What changed since the January 2025 draft, worked out once per build from
 * each standard's status in V1.0 (a fact of the draft) and its status today
 * (derived from dates and events): which standards came into force, which were
 * issued, which ended (superseded or withdrawn), and which documents came
 * after. A status that is unknown on either side claims no change.
 */
import type { Status, TodayStatus } from '../base/vocabulary';

/** How a standard's status moved on since V1.0, grouped as the home page and the table say it. */
export const DRAFT_CHANGES = ['into-force', 'issued', 'ended', 'advanced'] as const;
export type DraftChange = (typeof DRAFT_CHANGES)[number];

/** The stage of the draft's own scale that a status today stands at; null for a status that says nothing. */
const STAGE: Record<TodayStatus, Status | 'ended' | null> = {
  'in-force': 'published',
  issued: 'published',
  published: 'published',
  'in-development': 'in-development',
  planned: 'planned',
  superseded: 'ended',
  withdrawn: 'ended',
  unknown: null,
};

/** How a standard moved on since V1.0, or null where it stands where the draft put it (or either status is unknown). */
export function changeSinceV1(s: { status: Status; statusToday: TodayStatus }): DraftChange | null {
  const now = STAGE[s.statusToday];
  if (s.status === 'unknown' || now === null || now === s.status) return null;
  if (s.statusToday === 'in-force') return 'into-force';
  if (now === 'published') return 'issued';
  if (now === 'ended') return 'ended';
  return 'advanced';
}

export interface SinceDraft {
  /** The ids of the standards that moved on, by how, each in display order. */
  changed: Record<DraftChange, string[]>;
  /** Every id in `changed`, for the table's filter. */
  changedIds: ReadonlySet<string>;
  /** The ids of the documents published after V1.0, newest first. */
  later: string[];
}

export function sinceDraft(standards: readonly { id: string; status: Status; statusToday: TodayStatus }[], later: readonly { id: string }[]): SinceDraft {
  const changed: Record<DraftChange, string[]> = { 'into-force': [], issued: [], ended: [], advanced: [] };
  for (const s of standards) {
    const change = changeSinceV1(s);
    if (change) changed[change].push(s.id);
  }
  return { changed, changedIds: new Set(Object.values(changed).flat()), later: later.map((d) => d.id) };
}
