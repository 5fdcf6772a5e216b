import { describe, expect, it } from 'vitest';
import { kindForPrefix, normaliseStandardNumber, numberAliases, parseStandardNumber } from '~/lib/base/standard-number';

describe('standard numbers', () => {
  it.each([
    ['GB/T 45654-2025', 'GB/T 45654-2025'],
    ['gb/t45654-2025', 'GB/T 45654-2025'],
    ['GBT 45654-2025', 'GB/T 45654-2025'],
    ['GB/T 45654—2025', 'GB/T 45654-2025'],
    ['ＧＢ／Ｔ　４５６５４－２０２５', 'GB/T 45654-2025'],
    ['GB45438', 'GB 45438'],
    ['gb 45438-2025', 'GB 45438-2025'],
    ['GB/Z 185.1-2026', 'GB/Z 185.1-2026'],
    ['TC260-003', 'TC260-003'],
    ['tc260 003', 'TC260-003'],
    ['TC260-PG-20233A', 'TC260-PG-20233A'],
    ['tc260pg20211a', 'TC260-PG-20211A'],
  ])('reads %s as %s', (input, canonical) => {
    expect(normaliseStandardNumber(input)).toBe(canonical);
  });

  it.each(['', 'GB', 'GB/X 45654-2025', 'ISO 27001', '45654', 'GB/T 45654-25', 'TC260-PG-2023'])('rejects %j', (input) => {
    expect(parseStandardNumber(input)).toBeNull();
  });

  it('splits a number into prefix, serial and year', () => {
    expect(parseStandardNumber('GB/T 45654-2025')).toEqual({ prefix: 'GB/T', code: '45654', year: '2025', canonical: 'GB/T 45654-2025' });
  });

  it('knows the kind each prefix implies', () => {
    expect(kindForPrefix('GB')).toBe('mandatory-national');
    expect(kindForPrefix('GB/T')).toBe('recommended-national');
    expect(kindForPrefix('TC260')).toBe('technical-document');
    expect(kindForPrefix('TC260-PG')).toBe('practice-guide');
  });

  it('lists the spellings a reader may type for a national standard', () => {
    const aliases = numberAliases('GB/T 45654-2025');
    for (const a of ['GB/T 45654-2025', 'GB/T45654-2025', 'GBT 45654', 'GBT45654', '45654-2025', '45654']) expect(aliases).toContain(a);
  });

  it('lists the spellings of a practice guide number', () => {
    expect(numberAliases('TC260-PG-20233A')).toEqual(['TC260-PG-20233A', 'TC260PG20233A', '20233A']);
  });
});
