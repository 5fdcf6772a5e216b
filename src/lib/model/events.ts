/**
 * Every dated event the site knows, in one sorted list: the V1.0 notice and its
 * comment deadline, each standard's history, and the later documents' history.
 * The timeline pages, the feeds and the home page's latest changes all read it.
 * Pure: no I/O, no clock — "today" is passed in.
 */
import { start } from '../base/dates';
import { numericOrder } from '../base/order';
import type { LaterDocumentData } from '../content/schema';
import type { Route } from '../base/route-types';
import {
  DATE_EVENTS,
  DOCUMENT_EVENTS,
  EVENTS,
  KINDS,
  LATER_KINDS,
  type Bilingual,
  type DocumentEventType,
  type EventType,
  type FactConfidence,
  type Kind,
  type LaterKind,
  type Locale,
} from '../base/vocabulary';

export type TimelineEventType = DocumentEventType | EventType;
/** Every event type in display order: the notice's own first. */
export const TIMELINE_EVENT_TYPES: readonly TimelineEventType[] = [...DOCUMENT_EVENTS, ...EVENTS];

/** A lane of the picture: the V1.0 notice, a kind of V1.0 standard, or a kind of later document. */
export type Lane = 'document' | Kind | `later-${LaterKind}`;
export const LANES: readonly Lane[] = ['document', ...KINDS, ...LATER_KINDS.map((k) => `later-${k}` as const)];

export interface TimelineEvent {
  /** Stable across builds: what the event belongs to, what happened, and when. */
  key: string;
  date: string;
  type: TimelineEventType;
  /** Where a reader learns more: the standard's or later document's page, or the page about the document. */
  route: Route;
  /** Id of the entry the event belongs to ("v1" for the notice). */
  entry: string;
  title: Bilingual;
  /** Languages in which the entry has no known title (the other language's stands in). */
  titleUnknown?: Locale[];
  number?: string;
  lane: Lane;
  /** True for V1.0 and its standards; false for documents published after it. */
  v1: boolean;
  /** The part a standard is placed in (its first node's part), if placed. */
  part?: string;
  note?: Bilingual;
  /** How sure the main claim is (the notice's own dates are on record). */
  confidence: FactConfidence;
  /** The main claim's sources (none listed for the notice, whose page gives them), and what it rests on where stated. */
  sources: string[];
  basis?: Bilingual;
  /** Claims of another date for the same event, each with what it rests on and its sources. */
  otherClaims: OtherClaim[];
}

export interface OtherClaim {
  date: string;
  basis?: Bilingual | undefined;
  sources: string[];
  confidence: FactConfidence;
}

/** A date or an event with its claims weighed (certainty.ts). */
interface FactLike {
  date: string;
  confidence: FactConfidence;
  sources: string[];
  basis?: Bilingual | undefined;
  otherClaims: OtherClaim[];
}

interface StandardLike {
  id: string;
  number?: string | undefined;
  title: Bilingual;
  kind: Kind;
  nodes: string[];
  /** Issue and effective dates: events of their own on the timeline. */
  dates: { published?: FactLike | undefined; effective?: FactLike | undefined };
  history: (FactLike & { event: EventType; note: Bilingual })[];
}

export interface EventInput {
  document: { title: { zh: string; en: string; zhShort: string }; notice: { date: string; commentDeadline: string } };
  standards: StandardLike[];
  later: (Pick<LaterDocumentData, 'number' | 'kind'> & {
    id: string;
    title: Bilingual;
    titleUnknown: Locale[];
    history: (FactLike & { event: EventType; note: Bilingual })[];
  })[];
  /** The part a framework node belongs to. */
  partOf: (nodeId: string) => string | undefined;
}

const TYPE_ORDER = new Map(TIMELINE_EVENT_TYPES.map((t, i) => [t, i]));
const LANE_ORDER = new Map(LANES.map((l, i) => [l, i]));

/** Oldest first; on the same day the notice comes first, then by lane, event type, number and title. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    start(a.date).localeCompare(start(b.date)) ||
    // "2025-09" is less precise than "2025-09-01": the day-exact one first.
    b.date.length - a.date.length ||
    LANE_ORDER.get(a.lane)! - LANE_ORDER.get(b.lane)! ||
    TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)! ||
    numericOrder(a.number ?? '', b.number ?? '') ||
    a.title.en.localeCompare(b.title.en) ||
    a.key.localeCompare(b.key)
  );
}

/** Newest first, the reverse of the timeline's order. */
export function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => compareEvents(b, a));
}

/** Every dated event, oldest first. */
export function collectEvents(input: EventInput): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const seen = new Map<string, number>();
  // Two events of one kind on one day for one entry stay distinct and keep their keys from build to build.
  const keyFor = (base: string) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}/${n}`;
  };
  const doc = input.document;
  const v1Title = { zh: doc.title.zhShort, en: doc.title.en };
  for (const [type, date] of [
    ['notice', doc.notice.date],
    ['comment-deadline', doc.notice.commentDeadline],
  ] as const) {
    out.push({
      key: keyFor(`document/v1/${type}/${date}`),
      date,
      type,
      route: { page: 'about' },
      entry: 'v1',
      title: v1Title,
      lane: 'document',
      v1: true,
      confidence: 'confirmed',
      sources: [],
      otherClaims: [],
    });
  }
  for (const s of input.standards) {
    const part = s.nodes.map(input.partOf).find(Boolean);
    // The issue and effective dates are events too; they carry no note of their own, only their claims.
    const dated = DATE_EVENTS.flatMap((type) => {
      const fact = s.dates[type];
      return fact ? [{ ...fact, event: type, note: undefined }] : [];
    });
    for (const h of [...dated, ...s.history]) {
      out.push({
        key: keyFor(`standards/${s.id}/${h.event}/${h.date}`),
        date: h.date,
        type: h.event,
        route: { page: 'standard', id: s.id },
        entry: s.id,
        title: s.title,
        ...(s.number ? { number: s.number } : {}),
        lane: s.kind,
        v1: true,
        ...(part ? { part } : {}),
        ...(h.note ? { note: h.note } : {}),
        confidence: h.confidence,
        sources: h.sources,
        ...(h.basis ? { basis: h.basis } : {}),
        otherClaims: h.otherClaims,
      });
    }
  }
  for (const d of input.later) {
    for (const h of d.history) {
      out.push({
        key: keyFor(`later/${d.id}/${h.event}/${h.date}`),
        date: h.date,
        type: h.event,
        route: { page: 'later-document', id: d.id },
        entry: d.id,
        title: d.title,
        ...(d.number ? { number: d.number } : {}),
        ...(d.titleUnknown.length > 0 ? { titleUnknown: d.titleUnknown } : {}),
        lane: `later-${d.kind}`,
        v1: false,
        note: h.note,
        confidence: h.confidence,
        sources: h.sources,
        ...(h.basis ? { basis: h.basis } : {}),
        otherClaims: h.otherClaims,
      });
    }
  }
  return out.sort(compareEvents);
}

/** The calendar year an event falls in. */
export function yearOf(e: Pick<TimelineEvent, 'date'>): string {
  return e.date.slice(0, 4);
}

/** Events grouped by year, in the order given. */
export function groupByYear<T extends Pick<TimelineEvent, 'date'>>(events: readonly T[]): { year: string; events: T[] }[] {
  const groups: { year: string; events: T[] }[] = [];
  for (const e of events) {
    const y = yearOf(e);
    const last = groups[groups.length - 1];
    if (last?.year === y) last.events.push(e);
    else groups.push({ year: y, events: [e] });
  }
  return groups;
}

/** The facets the timeline can be narrowed by, without JavaScript: one static page per value. */
export const FACETS = ['part', 'kind', 'event'] as const;
export type Facet = (typeof FACETS)[number];
export interface TimelineFilter {
  facet: Facet;
  value: string;
}

export function matches(e: TimelineEvent, filter: TimelineFilter | undefined): boolean {
  if (!filter) return true;
  switch (filter.facet) {
    case 'part':
      return e.part === filter.value;
    case 'kind':
      return e.lane === filter.value;
    case 'event':
      return e.type === filter.value;
  }
}

/** The values of each facet that some event has, in display order. */
export function facetValues(events: readonly TimelineEvent[], partOrder: readonly string[]): Record<Facet, string[]> {
  const present = (pick: (e: TimelineEvent) => string | undefined) => new Set(events.map(pick).filter((v): v is string => !!v));
  const parts = present((e) => e.part);
  const lanes = present((e) => e.lane);
  const types = present((e) => e.type);
  return {
    part: partOrder.filter((p) => parts.has(p)),
    kind: LANES.filter((l) => lanes.has(l)),
    event: TIMELINE_EVENT_TYPES.filter((t) => types.has(t)),
  };
}

/**
 * A view's pages. Up to `limit` events fit on one page; beyond that each year
 * gets its own page (and a year with more than `limit` events is cut into
 * numbered pages), so no page grows with the size of the content and the
 * total work stays proportional to the number of events.
 */
export interface TimelineSlice {
  /** "" for the view's first page; "2025" or "2025-2" for a year's pages. */
  key: string;
  year?: string;
  events: TimelineEvent[];
}

export function sliceEvents(events: readonly TimelineEvent[], limit: number): { paged: boolean; slices: TimelineSlice[] } {
  if (events.length <= limit) return { paged: false, slices: [{ key: '', events: [...events] }] };
  const slices: TimelineSlice[] = [{ key: '', events: [] }];
  for (const g of groupByYear(events)) {
    for (let i = 0; i * limit < g.events.length; i++) {
      slices.push({ key: i === 0 ? g.year : `${g.year}-${i + 1}`, year: g.year, events: g.events.slice(i * limit, (i + 1) * limit) });
    }
  }
  return { paged: true, slices };
}

/** How many events fit on one timeline page before it is split by year. */
export const TIMELINE_PAGE_LIMIT = 300;

export interface TimelineView {
  filter?: TimelineFilter;
  events: TimelineEvent[];
  paged: boolean;
  slices: TimelineSlice[];
}

/** The whole timeline and one view per facet value, each cut into its pages. */
export function timelineViews(events: readonly TimelineEvent[], partOrder: readonly string[], limit = TIMELINE_PAGE_LIMIT): TimelineView[] {
  const values = facetValues(events, partOrder);
  const filters: (TimelineFilter | undefined)[] = [undefined, ...FACETS.flatMap((facet) => values[facet].map((value) => ({ facet, value })))];
  return filters.map((filter) => {
    const selected = events.filter((e) => matches(e, filter));
    return { ...(filter ? { filter } : {}), events: selected, ...sliceEvents(selected, limit) };
  });
}
