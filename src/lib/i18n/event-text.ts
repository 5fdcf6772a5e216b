/**
 * How an event reads in each language, on the timeline, in the feeds and on
 * the home page: its type, its lane, and — for a date still to come — the
 * wording of something scheduled rather than done.
 */
import { formatDate } from '../base/dates';
import type { Facet, Lane, TimelineEvent, TimelineEventType } from '../model/events';
import { hasHappened } from '../model/status-today';
import { t, tf } from './ui';
import {
  DOCUMENT_EVENT_LABEL,
  DOCUMENT_EVENTS,
  EVENT_LABEL,
  KIND_LABEL,
  LATER_KIND_LABEL,
  type Bilingual,
  type DocumentEventType,
  type EventType,
  type Kind,
  type LaterKind,
  type Locale,
} from '../base/vocabulary';

export function eventTypeLabel(type: TimelineEventType, locale: Locale): string {
  return (DOCUMENT_EVENTS as readonly string[]).includes(type)
    ? DOCUMENT_EVENT_LABEL[type as DocumentEventType][locale]
    : EVENT_LABEL[type as EventType][locale];
}

export function laneLabel(lane: Lane, locale: Locale): string {
  if (lane === 'document') return t(locale, 'v1Draft');
  if (lane.startsWith('later-')) return LATER_KIND_LABEL[lane.slice(6) as LaterKind][locale];
  return KIND_LABEL[lane as Kind][locale];
}

/** Label of one value of a filter facet. */
export function facetValueLabel(facet: Facet, value: string, locale: Locale, partLabel: (id: string) => string): string {
  if (facet === 'part') return partLabel(value);
  // A later kind can share its name with a V1.0 kind ("技术文件"): say which side of V1.0 it is on.
  if (facet === 'kind')
    return value.startsWith('later-') ? tf(locale, 'kindAfterV1', { kind: laneLabel(value as Lane, locale) }) : laneLabel(value as Lane, locale);
  return eventTypeLabel(value as TimelineEventType, locale);
}

export function isScheduled(e: Pick<TimelineEvent, 'date'>, today: string): boolean {
  return !hasHappened(e.date, today);
}

/**
 * What happened, or what is scheduled: "实施" / "Effective" once the day has
 * passed, "将于2026年2月1日实施" / "takes effect on 1 February 2026" before.
 */
export function eventPhrase(e: Pick<TimelineEvent, 'date' | 'type'>, locale: Locale, today: string): string {
  const label = eventTypeLabel(e.type, locale);
  if (!isScheduled(e, today)) return label;
  const date = formatDate(e.date, locale);
  if (e.type === 'effective') return tf(locale, 'takesEffectOn', { date });
  return tf(locale, 'scheduledFor', { date, event: label });
}

/** One line naming the entry: its number (if any) and title. */
/** An entry's title in a language; where no source gives one, the other language's title, marked as such. */
export function titleIn(e: { title: Bilingual; titleUnknown?: readonly Locale[] | undefined }, locale: Locale): string {
  return e.titleUnknown?.includes(locale) ? `${e.title[locale]}${t(locale, 'titleUnknownMark')}` : e.title[locale];
}

export function entryName(e: Pick<TimelineEvent, 'number' | 'title' | 'titleUnknown'>, locale: Locale): string {
  return e.number ? `${e.number} ${titleIn(e, locale)}` : titleIn(e, locale);
}
