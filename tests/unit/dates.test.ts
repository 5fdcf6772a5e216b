import { describe, expect, it } from 'vitest';
import { formatDate, isStrictlyBefore, isValidPartialDate } from '~/lib/base/dates';

describe('dates', () => {
  it.each(['2025', '2025-02', '2025-02-28', '2024-02-29'])('accepts %s', (d) => expect(isValidPartialDate(d)).toBe(true));
  it.each(['2025-02-29', '2025-13', '2025-00-10', '25-01-01', '2025/01/01', '2025-1-1', ''])('rejects %j', (d) => expect(isValidPartialDate(d)).toBe(false));

  it('orders partial dates only when their spans do not overlap', () => {
    expect(isStrictlyBefore('2024', '2025-04-25')).toBe(true);
    expect(isStrictlyBefore('2024', '2024-05-23')).toBe(false);
    expect(isStrictlyBefore('2024-05-23', '2024')).toBe(false);
    expect(isStrictlyBefore('2025-04-25', '2025-04-25')).toBe(false);
    expect(isStrictlyBefore('2025-04', '2025-05-01')).toBe(true);
  });

  it('formats dates for each language without inventing precision', () => {
    expect(formatDate('2025-04-25', 'zh')).toBe('2025年4月25日');
    expect(formatDate('2025-04-25', 'en')).toBe('25 April 2025');
    expect(formatDate('2024', 'zh')).toBe('2024年');
    expect(formatDate('2024-03', 'en')).toBe('March 2024');
  });
});
