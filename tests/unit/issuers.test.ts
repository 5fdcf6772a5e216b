/**
 * Who issued a standard follows from a stated rule and refuses to guess: SAMR
 * and SAC for national standards issued from July 2018, TC260 for its own
 * numbered documents, nobody ("not found") otherwise.
 */
import { describe, expect, it } from 'vitest';
import { ISSUING_AUTHORITY, issuersOf } from '~/lib/model/issuers';

describe('the issuers of a standard', () => {
  it('are SAMR and SAC for a national standard issued from July 2018, as an inference from the rule', () => {
    const i = issuersOf({ kind: 'recommended-national', committee: 'TC260', issueDates: ['2019-08-30'] });
    expect(i?.names).toEqual([ISSUING_AUTHORITY.samr, ISSUING_AUTHORITY.sac]);
    expect(i?.confidence).toBe('inferred');
    expect(i?.basis.en).toMatch(/July 2018/);
  });

  it('are not guessed for a national standard issued before the rule starts, or with a claim before it, or not yet issued', () => {
    expect(issuersOf({ kind: 'recommended-national', committee: 'TC260', issueDates: ['2017-12-29'] })).toBeNull();
    expect(issuersOf({ kind: 'mandatory-national', committee: 'TC260', issueDates: ['2018-07-02', '2018-06-29'] })).toBeNull();
    expect(issuersOf({ kind: 'recommended-national', committee: 'TC260', issueDates: [] })).toBeNull();
  });

  it('are TC260 for its own documents once issued (a number or an issue date), and nobody for a project', () => {
    expect(issuersOf({ kind: 'practice-guide', committee: 'TC260', number: 'TC260-PG-20211A', issueDates: [] })?.names).toEqual([ISSUING_AUTHORITY.tc260]);
    expect(issuersOf({ kind: 'practice-guide', committee: 'TC260', issueDates: ['2025-01'] })?.names).toEqual([ISSUING_AUTHORITY.tc260]);
    expect(issuersOf({ kind: 'practice-guide', committee: 'TC260', issueDates: [] })).toBeNull();
  });
});
