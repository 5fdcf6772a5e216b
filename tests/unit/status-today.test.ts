/**
 * Today's status is what a reader decides on, so each value and each edge of the
 * calendar is pinned here: the day a standard takes effect, the day before, a
 * supersession after it took effect, a withdrawal, and standards whose dates are
 * partly or wholly unknown, where the answer must not claim more than the facts.
 */
import { describe, expect, it } from 'vitest';
import { statusToday, when, type StatusFacts } from '~/lib/model/status-today';
import { TODAY_STATUSES, type TodayStatus } from '~/lib/base/vocabulary';

const national = (over: Partial<StatusFacts> = {}): StatusFacts => ({ kind: 'recommended-national', status: 'in-development', history: [], ...over });
const guide = (over: Partial<StatusFacts> = {}): StatusFacts => ({ kind: 'practice-guide', status: 'published', history: [], ...over });

// GB/T 45654-2025 as the content gives it: in development in V1.0, issued 2025-04-25, effective 2025-11-01.
const gbt45654 = national({
  dates: { published: '2025-04-25', effective: '2025-11-01' },
  history: [
    { date: '2024-05-23', event: 'drafted' },
    { date: '2025-04-25', event: 'published' },
    { date: '2025-11-01', event: 'effective' },
  ],
});

describe('statusToday', () => {
  it('is in force on the effective date itself', () => {
    expect(statusToday(gbt45654, '2025-11-01')).toBe('in-force');
  });

  it('is issued, not yet in force, the day before', () => {
    expect(statusToday(gbt45654, '2025-10-31')).toBe('issued');
  });

  it('keeps the draft’s "in development" before anything dated has happened', () => {
    expect(statusToday(gbt45654, '2025-04-24')).toBe('in-development');
  });

  it('keeps the draft’s "planned" when nothing is dated', () => {
    expect(statusToday(national({ status: 'planned' }), '2026-11-26')).toBe('planned');
  });

  it('is superseded once a supersession after the effective date has happened, and in force until then', () => {
    const facts = national({ dates: { published: '2019-08-30', effective: '2020-03-01' }, history: [{ date: '2026-05-01', event: 'superseded' }] });
    expect(statusToday(facts, '2026-04-30')).toBe('in-force');
    expect(statusToday(facts, '2026-05-01')).toBe('superseded');
  });

  it('is withdrawn once withdrawn', () => {
    const facts = national({ dates: { published: '2018-10-10', effective: '2019-05-01' }, history: [{ date: '2026-01-01', event: 'withdrawn' }] });
    expect(statusToday(facts, '2025-12-31')).toBe('in-force');
    expect(statusToday(facts, '2026-01-01')).toBe('withdrawn');
  });

  it('follows the later of a supersession and a withdrawal', () => {
    const facts = national({
      dates: { effective: '2019-05-01' },
      history: [
        { date: '2024-01-01', event: 'superseded' },
        { date: '2025-01-01', event: 'withdrawn' },
      ],
    });
    expect(statusToday(facts, '2024-06-01')).toBe('superseded');
    expect(statusToday(facts, '2025-06-01')).toBe('withdrawn');
  });

  it('says a superseded document is superseded, whatever its kind', () => {
    const tc260003 = {
      kind: 'technical-document',
      status: 'published',
      dates: { published: '2024-02-29' },
      history: [{ date: '2025-04-25', event: 'superseded' }],
    } as const satisfies StatusFacts;
    expect(statusToday(tc260003, '2025-04-24')).toBe('published');
    expect(statusToday(tc260003, '2026-11-26')).toBe('superseded');
  });

  it('is unknown for a national standard with no dates at all, even if the draft calls it published', () => {
    // GB/T 41387-2022: number and title known, no issue or effective date retrieved.
    expect(statusToday(national({ status: 'published' }), '2026-11-26')).toBe('unknown');
  });

  it('is unknown for a national standard issued with no known effective date', () => {
    expect(statusToday(national({ status: 'published', dates: { published: '2022-04-15' } }), '2026-11-26')).toBe('unknown');
    expect(statusToday(national({ history: [{ date: '2025-03', event: 'published' }] }), '2026-11-26')).toBe('unknown');
  });

  it('is issued when only the effective date is known and still ahead: only an issued standard has one', () => {
    expect(statusToday(national({ dates: { effective: '2027-01-01' } }), '2026-11-26')).toBe('issued');
  });

  it('reads effective and issue dates from the history when the dates block lacks them', () => {
    expect(
      statusToday(
        national({
          history: [
            { date: '2025-04-25', event: 'published' },
            { date: '2025-11-01', event: 'effective' },
          ],
        }),
        '2025-11-02',
      ),
    ).toBe('in-force');
  });

  it('is unknown while a partial effective date may or may not have passed, and decided once it surely has', () => {
    const facts = national({ dates: { published: '2025-04-25', effective: '2025-11' } });
    expect(statusToday(facts, '2025-10-31')).toBe('issued');
    expect(statusToday(facts, '2025-11-15')).toBe('unknown');
    expect(statusToday(facts, '2025-12-01')).toBe('in-force');
  });

  it('is unknown while a partial supersession date may or may not have passed', () => {
    const facts = national({ dates: { effective: '2020-03-01' }, history: [{ date: '2026', event: 'superseded' }] });
    expect(statusToday(facts, '2025-12-31')).toBe('in-force');
    expect(statusToday(facts, '2026-06-01')).toBe('unknown');
    expect(statusToday(facts, '2027-01-01')).toBe('superseded');
  });

  it('calls a practice guide published once it is out, with no effective date needed', () => {
    expect(statusToday(guide({ status: 'unknown', dates: { published: '2025-09-22' } }), '2025-09-22')).toBe('published');
    expect(statusToday(guide({ status: 'in-development', dates: { published: '2025-09-22' } }), '2025-09-21')).toBe('in-development');
  });

  it('calls an undated guide the draft reports as published, published', () => {
    expect(statusToday(guide(), '2026-11-26')).toBe('published');
  });

  it('is unknown when the draft gave no status and nothing is dated', () => {
    expect(statusToday(guide({ status: 'unknown' }), '2026-11-26')).toBe('unknown');
    expect(statusToday(national({ status: 'unknown' }), '2026-11-26')).toBe('unknown');
  });

  it('can produce every value of the vocabulary', () => {
    const seen = new Set<TodayStatus>([
      statusToday(gbt45654, '2026-11-26'),
      statusToday(gbt45654, '2025-10-01'),
      statusToday(guide(), '2026-11-26'),
      statusToday(gbt45654, '2025-01-01'),
      statusToday(national({ status: 'planned' }), '2026-11-26'),
      statusToday(national({ history: [{ date: '2026-01-01', event: 'superseded' }] }), '2026-11-26'),
      statusToday(national({ history: [{ date: '2026-01-01', event: 'withdrawn' }] }), '2026-11-26'),
      statusToday(national({ status: 'unknown' }), '2026-11-26'),
    ]);
    expect([...seen].sort()).toEqual([...TODAY_STATUSES].sort());
  });
});

describe('when', () => {
  it.each([
    ['2025-11-01', '2025-11-01', 'past'],
    ['2025-11-02', '2025-11-01', 'future'],
    ['2025-11', '2025-11-30', 'past'],
    ['2025-11', '2025-11-01', 'uncertain'],
    ['2025', '2024-12-31', 'future'],
  ] as const)('%s seen on %s is %s', (date, today, expected) => expect(when(date, today)).toBe(expected));
});
