/** Collecting and sorting the dated events the timeline, the feeds and the home page show. */
import { describe, expect, it } from 'vitest';
import {
  collectEvents,
  compareEvents,
  facetValues,
  groupByYear,
  matches,
  newestFirst,
  sliceEvents,
  type EventInput,
  type TimelineEvent,
} from '~/lib/model/events';
import { FIXTURE, loadContent, modelOf } from '../helpers/load-content';

const note = { zh: '说明。', en: 'Note.' };
const ev = (date: string, event: 'published' | 'effective' | 'drafted' | 'started' | 'announced') => ({
  date,
  event,
  note,
  sources: ['S-x'],
  confidence: 'one-source' as const,
  otherClaims: [],
});

function input(): EventInput {
  return {
    document: {
      title: { zh: '人工智能安全标准体系（V1.0）（征求意见稿）', zhShort: '人工智能安全标准体系（V1.0）', en: 'AI Safety Standards System (V1.0)' },
      notice: { date: '2025-01-26', commentDeadline: '2025-02-21' },
    },
    standards: [
      {
        id: 'gb-t-2',
        number: 'GB/T 2-2025',
        title: { zh: '乙', en: 'B' },
        kind: 'recommended-national',
        nodes: ['c-sub'],
        dates: {},
        history: [ev('2025-04-25', 'published'), ev('2025-11-01', 'effective')],
      },
      {
        id: 'gb-1',
        number: 'GB 1-2025',
        title: { zh: '甲', en: 'A' },
        kind: 'mandatory-national',
        nodes: [],
        dates: {},
        history: [ev('2024-12', 'drafted'), ev('2025-04-25', 'published')],
      },
    ],
    later: [
      { id: 'framework-2', title: { zh: '框架2.0', en: 'Framework 2.0' }, titleUnknown: [], kind: 'framework', history: [ev('2025-09-15', 'published')] },
    ],
    partOf: (id) => (id === 'c-sub' ? 'c' : undefined),
  };
}

describe('collectEvents', () => {
  it('gathers the notice, its deadline, every standard event and every later event, oldest first', () => {
    const events = collectEvents(input());
    expect(events.map((e) => `${e.date} ${e.entry} ${e.type}`)).toEqual([
      '2024-12 gb-1 drafted',
      '2025-01-26 v1 notice',
      '2025-02-21 v1 comment-deadline',
      '2025-04-25 gb-1 published',
      '2025-04-25 gb-t-2 published',
      '2025-09-15 framework-2 published',
      '2025-11-01 gb-t-2 effective',
    ]);
  });

  it('marks later documents as not V1.0 and links every event to its entry', () => {
    const events = collectEvents(input());
    const later = events.filter((e) => !e.v1);
    expect(later.map((e) => e.entry)).toEqual(['framework-2']);
    expect(later[0]!.route).toEqual({ page: 'later-document', id: 'framework-2' });
    expect(later[0]!.lane).toBe('later-framework');
    expect(events.find((e) => e.entry === 'gb-t-2')!.route).toEqual({ page: 'standard', id: 'gb-t-2' });
    expect(events.find((e) => e.type === 'notice')!.route).toEqual({ page: 'about' });
  });

  it('gives each event a key that does not depend on order, and keeps same-day twins apart', () => {
    const a = collectEvents(input()).map((e) => e.key);
    const reversed = input();
    reversed.standards.reverse();
    expect(
      collectEvents(reversed)
        .map((e) => e.key)
        .sort(),
    ).toEqual([...a].sort());
    const twin = input();
    twin.later[0]!.history.push(ev('2025-09-15', 'published'));
    const keys = collectEvents(twin)
      .filter((e) => e.entry === 'framework-2')
      .map((e) => e.key);
    expect(new Set(keys).size).toBe(2);
  });

  it('places a month-only date at the start of its month, after a day-exact date on the first', () => {
    const i = input();
    i.standards[1]!.history = [ev('2025-04', 'published'), ev('2025-04', 'effective')];
    i.standards[0]!.history = [ev('2025-04-01', 'published'), ev('2025-04-25', 'effective')];
    const dates = collectEvents(i)
      .filter((e) => e.date.startsWith('2025-04'))
      .map((e) => e.date);
    expect(dates).toEqual(['2025-04-01', '2025-04', '2025-04', '2025-04-25']);
  });

  it('reads the fixture content through the model', () => {
    const tax = modelOf(loadContent(FIXTURE));
    const events = collectEvents({ ...tax, partOf: (id) => tax.node(id).path[0] });
    const standardEvents = tax.standards.reduce((n, s) => n + s.history.length + Object.keys(s.dates).length, 0);
    expect(events).toHaveLength(standardEvents + 2);
    expect(events.filter((e) => e.part === 'b').length).toBeGreaterThan(0);
  });
});

describe('issue and effective dates', () => {
  it('are events of their own, keyed as before, carrying how sure they are and the claims that differ', () => {
    const i = input();
    i.standards[0]!.history = [];
    i.standards[0]!.dates = {
      published: {
        date: '2022-10-12',
        confidence: 'one-source',
        sources: ['S-x'],
        otherClaims: [{ date: '2022-10-14', sources: ['S-y'], confidence: 'one-source' }],
      },
      effective: { date: '2023-05-01', confidence: 'confirmed', sources: ['S-x', 'S-y'], otherClaims: [] },
    };
    const mine = collectEvents(i).filter((e) => e.entry === 'gb-t-2');
    expect(mine.map((e) => [e.key, e.type, e.confidence])).toEqual([
      ['standards/gb-t-2/published/2022-10-12', 'published', 'one-source'],
      ['standards/gb-t-2/effective/2023-05-01', 'effective', 'confirmed'],
    ]);
    expect(mine[0]!.otherClaims.map((c) => c.date)).toEqual(['2022-10-14']);
    // A date has no note of its own to repeat the event's name.
    expect(mine[0]!.note).toBeUndefined();
  });
});

describe('newest first, by year, filtered, sliced', () => {
  const events = collectEvents(input());

  it('reverses the order for feeds and the latest changes', () => {
    expect(newestFirst(events).map((e) => e.date)).toEqual(events.map((e) => e.date).reverse());
  });

  it('groups by year in order', () => {
    expect(groupByYear(events).map((g) => [g.year, g.events.length])).toEqual([
      ['2024', 1],
      ['2025', 6],
    ]);
  });

  it('filters by part, kind and event type, and lists only values that occur', () => {
    expect(events.filter((e) => matches(e, { facet: 'part', value: 'c' })).map((e) => e.entry)).toEqual(['gb-t-2', 'gb-t-2']);
    expect(events.filter((e) => matches(e, { facet: 'kind', value: 'later-framework' })).map((e) => e.entry)).toEqual(['framework-2']);
    expect(events.filter((e) => matches(e, { facet: 'event', value: 'effective' }))).toHaveLength(1);
    const values = facetValues(events, ['a', 'b', 'c']);
    expect(values.part).toEqual(['c']);
    expect(values.kind).toEqual(['document', 'mandatory-national', 'recommended-national', 'later-framework']);
    expect(values.event).toEqual(['notice', 'comment-deadline', 'drafted', 'published', 'effective']);
  });

  it('keeps a small timeline on one page and splits a large one by year, never over the limit', () => {
    expect(sliceEvents(events, 100)).toEqual({ paged: false, slices: [{ key: '', events }] });
    const many: TimelineEvent[] = Array.from({ length: 25 }, (_, i) => ({
      ...events[0]!,
      key: `k${String(i).padStart(2, '0')}`,
      date: `${2020 + (i % 2)}-01-01`,
    })).sort(compareEvents);
    const { paged, slices } = sliceEvents(many, 5);
    expect(paged).toBe(true);
    expect(slices.map((s) => s.key)).toEqual(['', '2020', '2020-2', '2020-3', '2021', '2021-2', '2021-3']);
    expect(slices.every((s) => s.events.length <= 5)).toBe(true);
    expect(slices.reduce((n, s) => n + s.events.length, 0)).toBe(25);
  });
});
