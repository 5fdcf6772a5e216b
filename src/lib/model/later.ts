/**
 * Documents published after the January 2025 draft (content/later/): checked
 * here, kept apart from V1.0 in the model. None of them is V1.0 content, so an
 * entry that tries to place itself in V1.0 — a framework node, a risk link, a
 * status or membership in the draft — is refused with a message that says why.
 */
import type { ContentIssue } from '../content/error';
import { isStrictlyBefore, start } from '../base/dates';
import type { LaterDocumentData } from '../content/schema';
import type { LaterDocument, Located } from './types';
import type { EventType } from '../base/vocabulary';

export type { LaterDocument } from './types';

/** Fields that would make an entry part of V1.0: its place in the framework, its risks, its status in the draft. */
export const V1_ONLY_FIELDS = ['nodes', 'risks', 'status', 'membership', 'parent', 'level'] as const;

/**
 * Report and drop the fields that would claim a place in V1.0, so the schema
 * check that follows does not report them a second time as merely unknown.
 */
export function withoutV1Claims(file: string, data: unknown, issues: ContentIssue[]): unknown {
  if (data === null || typeof data !== 'object') return data;
  const rest: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const field of V1_ONLY_FIELDS) {
    if (!(field in rest)) continue;
    issues.push({
      file,
      field,
      value: rest[field],
      expected: 'no V1.0 field: a later document is not part of V1.0 and has no place, risk link or status in it',
    });
    delete rest[field];
  }
  return rest;
}

/** Cross-file checks: sources exist, history runs oldest first, ids are unique. */
export function checkLaterDocuments(docs: (LaterDocumentData & Located)[], sourceIds: Set<string>, issues: ContentIssue[]): void {
  const refSources = (file: string, field: string, list: string[]) =>
    list.forEach((id, i) => {
      if (!sourceIds.has(id)) issues.push({ file, field: `${field}.${i}`, value: id, expected: 'the id of an existing source in content/sources.yaml' });
    });
  for (const d of docs) {
    refSources(d.file, 'sources', d.sources);
    d.history.forEach((h, i) => {
      refSources(d.file, `history.${i}.sources`, h.sources);
      h.otherClaims.forEach((c, j) => refSources(d.file, `history.${i}.otherClaims.${j}.sources`, c.sources));
      const prev = d.history[i - 1];
      if (prev && isStrictlyBefore(h.date, prev.date)) {
        issues.push({
          file: d.file,
          field: `history.${i}.date`,
          value: h.date,
          expected: `a date on or after the previous event (${prev.date}): history is listed oldest first`,
        });
      }
    });
  }
}

/** The date a later document first appeared: its first event. */
export function firstDate(doc: { history: readonly { date: string }[] }): string {
  return doc.history[0]!.date;
}

/**
 * The event a list "published since the draft" dates a document by: its
 * publication (its first `published` event), never a draft's comment deadline
 * or a later announcement; for a document not yet published, its latest event,
 * which the list names (`published` false).
 */
export function shownEvent(doc: { history: readonly { date: string; event: EventType }[] }): { date: string; event: EventType; published: boolean } {
  const published = doc.history.find((h) => h.event === 'published');
  if (published) return { date: published.date, event: 'published', published: true };
  const latest = doc.history.reduce((a, b) => (start(b.date) >= start(a.date) ? b : a));
  return { date: latest.date, event: latest.event, published: false };
}

/** The date of its latest event. */
export function lastDate(doc: Pick<LaterDocument, 'history'>): string {
  return doc.history.map((h) => h.date).reduce((a, b) => (start(b) > start(a) ? b : a));
}

/** Display order: newest first, then by English title. */
export function compareLater(a: Pick<LaterDocument, 'history' | 'title'>, b: Pick<LaterDocument, 'history' | 'title'>): number {
  return start(shownEvent(b).date).localeCompare(start(shownEvent(a).date)) || a.title.en.localeCompare(b.title.en);
}
