import { describe, expect, it } from 'vitest';
import { LOCALES } from '~/lib/base/vocabulary';
import { separator, standardsCount, STRINGS, t, tf, tSlots } from '~/lib/i18n/ui';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it('has every string in every language, none of them empty', () => {
    const problems: string[] = [];
    for (const [key, texts] of Object.entries(STRINGS)) {
      const languages = Object.keys(texts).sort();
      if (languages.join() !== [...LOCALES].sort().join()) problems.push(`${key}: has ${languages.join(', ')}; expected ${LOCALES.join(', ')}`);
      for (const l of LOCALES) if (!texts[l]?.trim()) problems.push(`${key}: the ${l} text is ${JSON.stringify(texts[l])}; expected some text`);
    }
    expect(problems).toEqual([]);
  });

  it('names the same placeholders in both languages of a string', () => {
    const problems = Object.entries(STRINGS)
      .filter(([, texts]) => placeholders(texts.zh).join() !== placeholders(texts.en).join())
      .map(([key, texts]) => `${key}: zh has {${placeholders(texts.zh).join('}, {')}}, en has {${placeholders(texts.en).join('}, {')}}`);
    expect(problems).toEqual([]);
  });

  it('fills every placeholder', () => {
    expect(tf('zh', 'countsTotal', { standards: standardsCount('zh', 40), candidates: 3 })).toBe('本站收录 40 项标准，其中 3 项未确认列入V1.0');
    expect(tf('en', 'countsTotal', { standards: standardsCount('en', 40), candidates: 3 })).toBe(
      '40 standards identified here, 3 of them not confirmed in V1.0’s list',
    );
  });

  it('counts standards in the singular only where the language has one', () => {
    expect(standardsCount('en', 1)).toBe('1 standard');
    expect(standardsCount('en', 0)).toBe('0 standards');
    expect(standardsCount('en', 2)).toBe('2 standards');
    expect(standardsCount('zh', 1)).toBe('1 项标准');
  });

  it('cuts a string at its placeholders in the order each language puts them', () => {
    expect(tSlots('zh', 'statusAsOf')).toEqual(['状态截至 ', { slot: 'date' }, '，事实核对于 ', { slot: 'checked' }]);
    expect(tSlots('en', 'statusAsOf')).toEqual(['Status on ', { slot: 'date' }, '; facts checked ', { slot: 'checked' }]);
  });

  it('strings sentences together as each language does', () => {
    const notV1 = (l: 'zh' | 'en') => tf(l, 'sentence', { text: t(l, 'notV1') });
    expect([notV1('zh'), '框架1.0的后继版本。'].join(separator('zh', 'sentences'))).toBe('不属于V1.0。框架1.0的后继版本。');
    expect([notV1('en'), 'A successor to Framework 1.0.'].join(separator('en', 'sentences'))).toBe('Not part of V1.0. A successor to Framework 1.0.');
  });
});

describe('the strings table’s types', () => {
  it('rejects a string shown without its placeholders filled in, or filled in wrongly', () => {
    // Checked by `npm run check`: each line below must be a type error.
    // @ts-expect-error statusAsOf has placeholders, so it goes through tf
    expect(t('zh', 'statusAsOf')).toContain('{date}');
    // @ts-expect-error statusAsOf needs {checked} as well
    expect(tf('zh', 'statusAsOf', { date: '2026-01-01' })).toContain('{checked}');
    // @ts-expect-error statusAsOf has no {count}
    expect(tf('zh', 'statusAsOf', { date: 'a', checked: 'b', count: 1 })).not.toContain('{');
    // @ts-expect-error a key that is not in the table
    expect(() => t('zh', 'noSuchString')).toThrow();
  });
});
