/**
 * How sure each date and event is, and what a status today rests on: worked
 * out from sources, marked where content says it is an inference, and never
 * allowed to claim more than the sources give. Each bad case breaks one thing
 * in the valid fixture and expects the file, the field, the value and what was
 * expected.
 */
import { describe, expect, it } from 'vitest';
import { confidenceOfSources } from '~/lib/model/certainty';
import { type RawContent } from '~/lib/model/taxonomy';
import { FIXTURE, errorOf, loadContent, modelOf } from '../helpers/load-content';

type Data = Record<string, any>;

const TODAY = '2026-12-03';

function fixture(): { content: RawContent; gbt: Data; tc: Data; sources: Data } {
  const content = loadContent(FIXTURE);
  const data = (id: string) => content.standards.find((e) => e.id === id)!.data as Data;
  // A second, independent source, and a primary one.
  const sources = content.sources;
  sources.push({ id: 'S-two', filePath: 'sources.yaml', data: { title: 'Another source', url: 'https://example.org/two', kind: 'secondary' } });
  sources.push({
    id: 'S-official',
    filePath: 'sources.yaml',
    data: { title: 'The issuer', url: 'https://example.org/official', kind: 'primary', primary: true },
  });
  return { content, gbt: data('gb-t-45654-2025'), tc: data('tc260-003'), sources: sources as unknown as Data };
}

const basis = (en: string) => ({ zh: '依据。', en });

describe('how sure a date or event is', () => {
  it('is confirmed by two sources or one primary source, and rests on one source otherwise', () => {
    const primary = (id: string) => id === 'S-official';
    expect(confidenceOfSources(['S-one', 'S-two'], primary)).toBe('confirmed');
    expect(confidenceOfSources(['S-official'], primary)).toBe('confirmed');
    expect(confidenceOfSources(['S-one'], primary)).toBe('one-source');
    expect(confidenceOfSources(['S-one', 'S-one'], primary)).toBe('one-source');
  });

  it('is worked out for each date in the model, with the claims that disagree beside it', () => {
    const { content, gbt } = fixture();
    gbt.dates.published = {
      date: '2025-04-25',
      basis: basis('the cover'),
      sources: ['S-one', 'S-two'],
      otherClaims: [{ date: '2025-04-28', basis: basis('the platform'), sources: ['S-one'] }],
    };
    const s = modelOf(content, TODAY).standard('gb-t-45654-2025');
    expect(s.dates.published).toMatchObject({ date: '2025-04-25', confidence: 'confirmed' });
    expect(s.dates.published!.otherClaims).toEqual([expect.objectContaining({ date: '2025-04-28', confidence: 'one-source' })]);
    expect(s.dates.effective).toMatchObject({ date: '2025-11-01', confidence: 'one-source' });
  });

  it('keeps an inference marked in content, whatever its sources', () => {
    const { content, tc } = fixture();
    tc.history = [
      {
        date: '2025-04-25',
        event: 'superseded',
        successor: 'gb-t-45654-2025',
        note: { zh: '推断。', en: 'Inferred.' },
        sources: ['S-one', 'S-two'],
        confidence: 'inferred',
      },
    ];
    const tax = modelOf(content, TODAY);
    expect(tax.standard('tc260-003').history[0]!.confidence).toBe('inferred');
    expect(tax.events.find((e) => e.entry === 'tc260-003' && e.type === 'superseded')!.confidence).toBe('inferred');
  });
});

describe('what a status today rests on', () => {
  it('is the weakest fact the status follows from', () => {
    const { content, gbt, tc } = fixture();
    gbt.dates.effective.sources = ['S-one', 'S-two'];
    tc.history = [
      {
        date: '2025-04-25',
        event: 'superseded',
        successor: 'gb-t-45654-2025',
        note: { zh: '推断。', en: 'Inferred.' },
        sources: ['S-one'],
        confidence: 'inferred',
      },
    ];
    const tax = modelOf(content, TODAY);
    // In force on a confirmed effective date: on record, although the issue date rests on one source.
    expect(tax.standard('gb-t-45654-2025')).toMatchObject({ statusToday: 'in-force', statusBasis: 'recorded' });
    expect(tax.standard('tc260-003')).toMatchObject({ statusToday: 'superseded', statusBasis: 'inferred' });
  });

  it('rests on one source when the effective date does, and on nothing when the status is unknown', () => {
    const { content, gbt } = fixture();
    expect(modelOf(content, TODAY).standard('gb-t-45654-2025')).toMatchObject({ statusToday: 'in-force', statusBasis: 'one-source' });
    delete gbt.dates.effective;
    expect(modelOf(content, TODAY).standard('gb-t-45654-2025')).toMatchObject({ statusToday: 'unknown', statusBasis: null });
  });

  it('takes the draft’s own word as an inference unless V1.0 is confirmed to list the standard', () => {
    const { content, tc } = fixture();
    delete tc.dates;
    expect(modelOf(content, TODAY).standard('tc260-003')).toMatchObject({ statusToday: 'published', statusBasis: 'inferred' });
    tc.membership = 'confirmed';
    expect(modelOf(content, TODAY).standard('tc260-003')).toMatchObject({ statusToday: 'published', statusBasis: 'recorded' });
  });

  it('may be stated as less than the facts show, and is then shown as stated', () => {
    const { content, gbt } = fixture();
    gbt.statusBasis = 'inferred';
    expect(modelOf(content, TODAY).standard('gb-t-45654-2025').statusBasis).toBe('inferred');
  });
});

describe('claims that say more than their sources', () => {
  it('reject a claim without sources', () => {
    const { content, gbt } = fixture();
    gbt.dates.published.sources = [];
    expect(errorOf(content, TODAY)).toMatch(/gb-t-45654-2025\.mdx: field "dates\.published\.sources" is \[\]; expected at least one source id/);
  });

  it('reject a claim with a bad date, an unknown source or an empty basis', () => {
    const { content, gbt } = fixture();
    gbt.dates.published.otherClaims = [
      { date: '2025-13-01', basis: basis('the platform'), sources: ['S-one'] },
      { date: '2025-04-28', basis: basis('the platform'), sources: ['S-nowhere'] },
    ];
    gbt.dates.published.basis = { zh: ' ', en: 'the cover' };
    const message = errorOf(content, TODAY);
    expect(message).toMatch(/field "dates\.published\.otherClaims\.0\.date" is "2025-13-01"; expected a real date/);
    expect(message).toMatch(/field "dates\.published\.basis\.zh" is " "; expected a non-empty text/);
  });

  it('reject an unknown source in another claim', () => {
    const { content, gbt } = fixture();
    gbt.dates.published = {
      date: '2025-04-25',
      basis: basis('the cover'),
      sources: ['S-one'],
      otherClaims: [{ date: '2025-04-28', basis: basis('the platform'), sources: ['S-nowhere'] }],
    };
    expect(errorOf(content, TODAY)).toMatch(/field "dates\.published\.otherClaims\.0\.sources\.0" is "S-nowhere"; expected the id of an existing source/);
  });

  it('reject two claims of the same date', () => {
    const { content, gbt } = fixture();
    gbt.dates.published = {
      date: '2025-04-25',
      basis: basis('the cover'),
      sources: ['S-one'],
      otherClaims: [{ date: '2025-04-25', basis: basis('the platform'), sources: ['S-two'] }],
    };
    expect(errorOf(content, TODAY)).toMatch(
      /field "dates\.published\.otherClaims\.0\.date" is "2025-04-25"; expected a date other than dates\.published's: claims that agree are one claim with all their sources/,
    );
  });

  it('reject claims that differ without saying what each rests on', () => {
    const { content, gbt } = fixture();
    gbt.dates.published = { date: '2025-04-25', sources: ['S-one'], otherClaims: [{ date: '2025-04-28', basis: basis('the platform'), sources: ['S-two'] }] };
    expect(errorOf(content, TODAY)).toMatch(/field "dates\.published\.basis" is missing; expected what this claim rests on, in both languages/);
  });

  it('reject an event marked confirmed whose only source is one secondary source', () => {
    const { content, gbt } = fixture();
    gbt.history[0].confidence = 'confirmed';
    expect(errorOf(content, TODAY)).toMatch(
      /gb-t-45654-2025\.mdx: field "history\.0\.confidence" is "confirmed"; expected "one-source" or less: its only source, S-one, a secondary source, cannot make it confirmed/,
    );
  });

  it('accept an event marked confirmed on one primary source', () => {
    const { content, gbt } = fixture();
    gbt.history[0].confidence = 'confirmed';
    gbt.history[0].sources = ['S-official'];
    expect(() => modelOf(content, TODAY)).not.toThrow();
  });

  it('reject a status basis surer than the facts it follows from', () => {
    const { content, gbt } = fixture();
    gbt.statusBasis = 'recorded';
    expect(errorOf(content, TODAY)).toMatch(
      /gb-t-45654-2025\.mdx: field "statusBasis" is "recorded"; expected "one-source" or "inferred": the facts the status today \(in-force\) follows from are one source at best/,
    );
  });

  it('reject a status basis for a status that is unknown', () => {
    const { content, gbt } = fixture();
    delete gbt.dates.effective;
    gbt.statusBasis = 'inferred';
    expect(errorOf(content, TODAY)).toMatch(/field "statusBasis" is "inferred"; expected no statusBasis: the status today is "unknown"/);
  });

  it('reject a confidence in the dates surer than the dates themselves', () => {
    const { content, gbt } = fixture();
    gbt.confidence.dates = 'confirmed';
    expect(errorOf(content, TODAY)).toMatch(
      /field "confidence\.dates" is "confirmed"; expected "one-source" or less: it cannot be surer than the least sure of its dates/,
    );
  });

  it('reject a confidence in the dates that contradicts dates with sources', () => {
    const { content, gbt } = fixture();
    gbt.confidence.dates = 'unknown';
    expect(errorOf(content, TODAY)).toMatch(/field "confidence\.dates" is "unknown"; expected no confidence\.dates .* so "unknown" contradicts them/);
  });

  it('reject a main claim less supported than a claim beside it', () => {
    const { content, gbt } = fixture();
    gbt.dates.published = {
      date: '2025-04-25',
      basis: basis('the cover, by analogy'),
      sources: ['S-one'],
      confidence: 'inferred',
      otherClaims: [{ date: '2025-04-28', basis: basis('the platform'), sources: ['S-one', 'S-two'] }],
    };
    expect(errorOf(content, TODAY)).toMatch(
      /field "dates\.published\.otherClaims\.0" is "2025-04-28"; expected this claim \(confirmed\) as the main one: the main claim is the best-supported/,
    );
  });

  it('derive the grid’s date rows from the claims: sources differ, one source, or less where content says less', () => {
    const { content, gbt } = fixture();
    gbt.dates.published = {
      date: '2025-04-25',
      basis: basis('the cover'),
      sources: ['S-one', 'S-two'],
      otherClaims: [{ date: '2025-04-28', basis: basis('the platform'), sources: ['S-one'] }],
    };
    delete gbt.confidence.dates;
    let s = modelOf(content, TODAY).standard('gb-t-45654-2025');
    expect(s.dateCertainty).toEqual({ published: 'differ', effective: 'one-source' });
    expect(s.confidence.dates).toBe('one-source');
    gbt.confidence.dates = 'inferred';
    s = modelOf(content, TODAY).standard('gb-t-45654-2025');
    expect(s.dateCertainty).toEqual({ published: 'differ', effective: 'inferred' });
  });

  it('reject a draft dated after the issue, and a supersession dated before it', () => {
    const { content, gbt } = fixture();
    gbt.history.push({ date: '2025-06-01', event: 'drafted', note: { zh: '草案。', en: 'A draft.' }, sources: ['S-one'] });
    expect(errorOf(content, TODAY)).toMatch(
      /field "history\.\d+\.date" is "2025-06-01"; expected a date on or before the issue date \(dates\.published, 2025-04-25\): a standard is drafted before it is issued/,
    );
    gbt.history = [{ date: '2025-01-01', event: 'superseded', successor: 'GB/T 1-2026', note: { zh: '被代替。', en: 'Superseded.' }, sources: ['S-one'] }];
    expect(errorOf(content, TODAY)).toMatch(/field "history\.0\.date" is "2025-01-01"; expected a date on or after the issue date/);
  });

  it('reject an issue or effective date given again as an event', () => {
    const { content, gbt } = fixture();
    gbt.history.push({ date: '2025-11-01', event: 'effective', note: { zh: '实施。', en: 'Took effect.' }, sources: ['S-one'] });
    expect(errorOf(content, TODAY)).toMatch(
      /field "history\.1\.event" is "effective"; expected another event: a standard's effective date goes in dates\.effective/,
    );
  });
});
