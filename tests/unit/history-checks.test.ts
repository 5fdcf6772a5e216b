/**
 * A history that contradicts itself would show readers a wrong status today, so
 * each contradiction fails the build with the file, the field, the value and
 * what was expected. Each case breaks one thing in the valid fixture.
 */
import { describe, expect, it } from 'vitest';
import { historyIssues } from '~/lib/model/history-checks';
import { type RawContent } from '~/lib/model/taxonomy';
import { FIXTURE, errorOf, loadContent, modelOf } from '../helpers/load-content';

type Data = Record<string, any>;

function fixture(): { content: RawContent; gbt: Data; tc: Data } {
  const content = loadContent(FIXTURE);
  const data = (id: string) => content.standards.find((e) => e.id === id)!.data as Data;
  return { content, gbt: data('gb-t-45654-2025'), tc: data('tc260-003') };
}

const superseded = (extra: Data = {}) => ({
  date: '2025-04-25',
  event: 'superseded',
  note: { zh: '被代替。', en: 'Superseded.' },
  sources: ['S-one'],
  ...extra,
});
const event = (date: string, name: string) => ({ date, event: name, note: { zh: '事件。', en: 'An event.' }, sources: ['S-one'] });

describe('history consistency', () => {
  it('accepts a supersession that names its successor by id, or by number when it is not in content', () => {
    const a = fixture();
    a.tc.history = [superseded({ successor: 'gb-t-45654-2025' })];
    expect(() => modelOf(a.content)).not.toThrow();
    const b = fixture();
    b.tc.history = [superseded({ successor: 'GB/T 99999-2026' })];
    expect(() => modelOf(b.content)).not.toThrow();
  });

  it('rejects a supersession with no successor', () => {
    const { content, tc } = fixture();
    tc.history = [superseded()];
    expect(errorOf(content)).toMatch(
      /standards\/tc260-003\.mdx: field "history\.0\.successor" is missing; expected what replaced it: the id of a standard in content\/standards\/, or the number of one/,
    );
  });

  it('rejects a successor id that points nowhere', () => {
    const { content, tc } = fixture();
    tc.history = [superseded({ successor: 'gb-t-00000-2025' })];
    expect(errorOf(content)).toMatch(/tc260-003\.mdx: field "history\.0\.successor" is "gb-t-00000-2025"; expected the id of an existing standard/);
  });

  it('asks for the id when the successor written as a number is in content', () => {
    const { content, tc } = fixture();
    tc.history = [superseded({ successor: 'GB/T 45654-2025' })];
    expect(errorOf(content)).toMatch(/field "history\.0\.successor" is "GB\/T 45654-2025"; expected the id "gb-t-45654-2025"/);
  });

  it('asks for the canonical spelling of a successor number', () => {
    const { content, tc } = fixture();
    tc.history = [superseded({ successor: 'GB/T99999-2026' })];
    expect(errorOf(content)).toMatch(/field "history\.0\.successor" is "GB\/T99999-2026"; expected the canonical spelling "GB\/T 99999-2026"/);
  });

  it('rejects a successor on an event other than a supersession', () => {
    const { content, tc } = fixture();
    tc.history = [{ ...event('2025-04-25', 'other'), successor: 'gb-t-45654-2025' }];
    expect(errorOf(content)).toMatch(/field "history\.0\.successor" is "gb-t-45654-2025"; expected no successor on a "other" event/);
  });

  it('rejects a standard that takes effect after it was withdrawn', () => {
    const { content, gbt } = fixture();
    gbt.history = [event('2025-06-01', 'withdrawn')];
    expect(errorOf(content)).toMatch(
      /gb-t-45654-2025\.mdx: field "dates\.effective\.date" is "2025-11-01"; expected an effective date on or before the "withdrawn" event \(2025-06-01\)/,
    );
  });

  it('rejects a checked date later than the build date', () => {
    const { gbt } = fixture();
    const issues = historyIssues([{ ...(gbt as any), id: 'gb-t-45654-2025', file: 'content/standards/gb-t-45654-2025.mdx', checked: '2026-11-27' }], {
      standardIds: new Set(),
      sourceIds: new Set(['S-one']),
      today: '2026-11-26',
    });
    expect(issues).toEqual([
      { file: 'content/standards/gb-t-45654-2025.mdx', field: 'checked', value: '2026-11-27', expected: 'a date on or before the build date (2026-11-26)' },
    ]);
    expect(
      historyIssues([{ ...(gbt as any), id: 'x', file: 'f', history: [], checked: '2026-11-26' }], {
        standardIds: new Set(),
        sourceIds: new Set(['S-one']),
        today: '2026-11-26',
      }),
    ).toEqual([]);
  });

  it('rejects a checked date in the future in a build', () => {
    const { content, gbt } = fixture();
    gbt.checked = '2999-01-01';
    expect(errorOf(content)).toMatch(/gb-t-45654-2025\.mdx: field "checked" is "2999-01-01"; expected a date on or before the build date/);
  });

  it('accepts an official record on an official platform, with a known source', () => {
    const { content, gbt } = fixture();
    gbt.officialRecord = { url: 'https://std.samr.gov.cn/gb/search/gbDetailed?id=X', sources: ['S-one'] };
    expect(modelOf(content).standard('gb-t-45654-2025').officialRecord?.url).toBe('https://std.samr.gov.cn/gb/search/gbDetailed?id=X');
  });

  it('rejects an official record on another host', () => {
    const { content, gbt } = fixture();
    gbt.officialRecord = { url: 'https://std.samr.gov.cn.example.com/record', sources: ['S-one'] };
    expect(errorOf(content)).toMatch(
      /gb-t-45654-2025\.mdx: field "officialRecord\.url" is "https:\/\/std\.samr\.gov\.cn\.example\.com\/record"; expected a page on one of the official platforms: https:\/\/std\.samr\.gov\.cn\//,
    );
  });

  it('rejects an official record that is not https', () => {
    const { content, gbt } = fixture();
    gbt.officialRecord = { url: 'http://std.samr.gov.cn/gb/search/gbDetailed?id=X', sources: ['S-one'] };
    expect(errorOf(content)).toMatch(
      /gb-t-45654-2025\.mdx: field "officialRecord\.url" is "http:\/\/std\.samr\.gov\.cn\/gb\/search\/gbDetailed\?id=X"; expected an (absolute )?https URL/,
    );
    // The check itself holds even where the schema does not stand in front of it.
    const issues = historyIssues([{ ...(gbt as any), id: 'gb-t-45654-2025', file: 'f', history: [] }], {
      standardIds: new Set(),
      sourceIds: new Set(['S-one']),
      today: '2026-11-26',
    });
    expect(issues.map((i) => i.field)).toEqual(['officialRecord.url']);
  });

  it('rejects an official record whose source is unknown', () => {
    const { content, gbt } = fixture();
    gbt.officialRecord = { url: 'https://openstd.samr.gov.cn/bzgk/std/newGbInfo?hcno=X', sources: ['S-nowhere'] };
    expect(errorOf(content)).toMatch(/field "officialRecord\.sources\.0" is "S-nowhere"; expected the id of an existing source/);
  });
});
