/**
 * Regulations and the links standards make to them: bad links never build, and
 * the message names the file, the field, the value and what was expected; a
 * copy on an unnamed site never makes a fact confirmed; the model gathers on
 * each regulation the standards linked to it.
 */
import { describe, expect, it } from 'vitest';
import type { RawContent, RawEntry } from '~/lib/model/taxonomy';
import { FIXTURE, errorOf, loadContent, modelOf } from '../helpers/load-content';

type Data = Record<string, any>;

const regulation = (): RawEntry => ({
  id: 'test-measures',
  filePath: 'content/regulations/test-measures.mdx',
  body: '<Zh>\n\n这是一部用于测试的办法。\n\n</Zh>\n\n<En>\n\nA rule used in tests.\n\n</En>\n',
  data: {
    title: { zh: '测试办法', en: 'Test Measures' },
    kind: 'departmental-rule',
    issuers: ['CAC'],
    identity: { sources: ['S-one', 'S-two'] },
    numberNote: { zh: '没有找到文号。', en: 'No number found.' },
    dates: { effective: { date: '2025-09-01', sources: ['S-one', 'S-copy'] } },
    note: { zh: '测试。', en: 'A test.' },
    checked: '2026-12-05',
  },
});

/** The fixture with a regulation, two more sources (one a copy) and a supports link from tc260-003. */
function withRegulation(link: Data = {}): RawContent {
  const c = loadContent(FIXTURE);
  c.regulations = [regulation()];
  const sources = c.sources;
  sources.push(
    { id: 'S-two', data: { title: 'Another source', url: 'https://example.org/two', kind: 'secondary' } },
    { id: 'S-copy', data: { title: 'A copy at example.net', url: 'https://example.net/copy', kind: 'copy', copyOf: 'a news report' } },
  );
  const s = c.standards.find((e) => e.id === 'tc260-003')!.data as Data;
  s.regulations = [
    {
      regulation: 'test-measures',
      relation: 'supports',
      note: { zh: '二手来源称其支撑该办法。', en: 'Secondary sources say it supports the Measures.' },
      sources: ['S-one', 'S-two'],
      confidence: 'confirmed',
      ...link,
    },
  ];
  return c;
}

describe('regulation links', () => {
  it('accepts a sourced link and lists the standard on the regulation', () => {
    const tax = modelOf(withRegulation());
    const r = tax.regulation('test-measures');
    expect(r.links.map((l) => [l.standard, l.relation, l.confidence])).toEqual([['tc260-003', 'supports', 'confirmed']]);
    expect(r.identity.confidence).toBe('confirmed');
  });

  it('does not count a copy towards a confirmed fact', () => {
    // S-one and a copy of something: one source that is not a copy.
    expect(modelOf(withRegulation()).regulation('test-measures').dates.effective!.confidence).toBe('one-source');
  });

  it('reports a link to a regulation that does not exist', () => {
    expect(errorOf(withRegulation({ regulation: 'no-such-rule' }))).toMatch(
      /standards\/tc260-003\.mdx: field "regulations\.0\.regulation" is "no-such-rule"; expected the id of an existing regulation in content\/regulations\//,
    );
  });

  it('reports a relation outside the vocabulary', () => {
    expect(errorOf(withRegulation({ relation: 'implements' }))).toMatch(
      /standards\/tc260-003\.mdx: field "regulations\.0\.relation" is "implements"; expected one of "supports", "referenced-by", "related-analysis", "inferred"/,
    );
  });

  it('reports a sourced link without sources', () => {
    expect(errorOf(withRegulation({ sources: [] }))).toMatch(
      /standards\/tc260-003\.mdx: field "regulations\.0\.sources" is \[\]; expected at least one source id: a "supports" link says what a source says/,
    );
  });

  it('reports a link that says more than its sources, copies not counted', () => {
    expect(errorOf(withRegulation({ sources: ['S-one', 'S-copy'] }))).toMatch(
      /field "regulations\.0\.confidence" is "confirmed"; expected "one-source" or less/,
    );
  });

  it('accepts an inferred link without sources, and refuses one that claims more', () => {
    expect(() => modelOf(withRegulation({ relation: 'inferred', sources: [], confidence: 'inferred' }))).not.toThrow();
    expect(errorOf(withRegulation({ relation: 'inferred', sources: [], confidence: 'one-source' }))).toMatch(
      /field "regulations\.0\.confidence" is "one-source"; expected "inferred"/,
    );
  });

  it('reports an unknown source on a link', () => {
    expect(errorOf(withRegulation({ sources: ['S-one', 'S-nowhere'], confidence: 'one-source' }))).toMatch(
      /field "regulations\.0\.sources\.1" is "S-nowhere"; expected the id of an existing source in content\/sources\.yaml/,
    );
  });
});

describe('international references', () => {
  const withRef = (ref: Data): RawContent => {
    const c = withRegulation();
    (c.standards.find((e) => e.id === 'tc260-003')!.data as Data).international = [
      { counterpart: 'ISO/IEC 22989:2022', note: { zh: '引用。', en: 'Cited.' }, sources: ['S-one'], confidence: 'one-source', ...ref },
    ];
    return c;
  };

  it('asks an adoption how closely it adopts', () => {
    expect(errorOf(withRef({ relation: 'adopts' }))).toMatch(/field "international\.0\.degree" is missing; expected one of "IDT", "MOD", "NEQ"/);
  });

  it('refuses a row without sources: only sourced rows are written', () => {
    expect(errorOf(withRef({ relation: 'cites', sources: [] }))).toMatch(/field "international\.0\.sources" is \[\]; expected at least one source id/);
  });
});

describe('regulation entries', () => {
  it('asks why no date is given where none is', () => {
    const c = withRegulation();
    const data = c.regulations[0]!.data as Data;
    delete data.dates;
    expect(errorOf(c)).toMatch(/regulations\/test-measures\.mdx: field "datesNote" is missing; expected a note saying why no date is given/);
  });

  it('refuses a date claimed surer than its sources', () => {
    const c = withRegulation();
    (c.regulations[0]!.data as Data).dates.effective.confidence = 'confirmed';
    expect(errorOf(c)).toMatch(/regulations\/test-measures\.mdx: field "dates\.effective\.confidence" is "confirmed"; expected "one-source" or less/);
  });
});
