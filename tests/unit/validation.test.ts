/**
 * Bad content never builds: each case breaks one thing in a valid fixture and
 * checks that the error names the file, the field, the value and what was expected.
 */
import { describe, expect, it } from 'vitest';
import { type RawContent, type RawEntry } from '~/lib/model/taxonomy';
import type { Collection } from '~/lib/content/layout';
import { FIXTURE, errorOf, loadContent, modelOf } from '../helpers/load-content';

type Data = Record<string, any>;

function fixture(): RawContent {
  return loadContent(FIXTURE);
}

function entry(content: RawContent, collection: Collection, id: string): RawEntry & { data: Data } {
  const e = content[collection].find((x) => x.id === id);
  if (!e) throw new Error(`fixture has no ${collection}/${id}`);
  return e as RawEntry & { data: Data };
}

describe('content validation', () => {
  it('accepts the valid fixture', () => {
    const tax = modelOf(fixture());
    expect(tax.standards.map((s) => s.id)).toEqual(['gb-t-45654-2025', 'tc260-003']);
    expect(tax.node('b').children).toEqual(['b-sub']);
  });

  it('reports a missing required field', () => {
    const c = fixture();
    delete entry(c, 'standards', 'tc260-003').data.kind;
    expect(errorOf(c)).toMatch(/standards\/tc260-003\.mdx: field "kind" is missing; expected one of "mandatory-national", "recommended-national"/);
  });

  it('reports a value outside an enum', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.status = 'draft';
    expect(errorOf(c)).toMatch(
      /standards\/gb-t-45654-2025\.mdx: field "status" is "draft"; expected one of "published", "in-development", "planned", "unknown"/,
    );
  });

  it('reports a malformed standard number', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.number = 'GB-T 45654/2025';
    expect(errorOf(c)).toMatch(/gb-t-45654-2025\.mdx: field "number" is "GB-T 45654\/2025"; expected a standard number such as "GB\/T 45654-2025"/);
  });

  it('asks for the canonical spelling of a loosely written number', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.number = 'GB/T45654-2025';
    expect(errorOf(c)).toMatch(/field "number" is "GB\/T45654-2025"; expected the canonical spelling "GB\/T 45654-2025"/);
  });

  it('reports a kind that contradicts the number', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.kind = 'mandatory-national';
    expect(errorOf(c)).toMatch(/field "kind" is "mandatory-national"; expected "recommended-national", as the number GB\/T 45654-2025 implies/);
  });

  it('reports a reference to a node that does not exist', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.nodes = ['z-missing'];
    expect(errorOf(c)).toMatch(/gb-t-45654-2025\.mdx: field "nodes\.0" is "z-missing"; expected the id of an existing framework node/);
  });

  it('reports a reference to a risk that does not exist', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.risks = ['inherent-weather'];
    expect(errorOf(c)).toMatch(/field "risks\.0" is "inherent-weather"; expected the id of an existing risk/);
  });

  it('reports a reference to a standard that does not exist', () => {
    const c = fixture();
    entry(c, 'standards', 'tc260-003').data.related[0].standard = 'gb-t-1-2000';
    expect(errorOf(c)).toMatch(/tc260-003\.mdx: field "related\.0\.standard" is "gb-t-1-2000"; expected the id of an existing standard/);
  });

  it('reports a reference to a source that does not exist', () => {
    const c = fixture();
    entry(c, 'framework', 'a').data.sources = ['S-nowhere'];
    expect(errorOf(c)).toMatch(/framework\/a\.mdx: field "sources\.0" is "S-nowhere"; expected the id of an existing source/);
  });

  it('reports two standards with the same number', () => {
    const c = fixture();
    const copy = structuredClone(entry(c, 'standards', 'gb-t-45654-2025'));
    c.standards.push({ ...copy, id: 'duplicate', filePath: 'content-minimal/standards/duplicate.mdx' });
    expect(errorOf(c)).toMatch(/standards\/duplicate\.mdx: field "number" is "GB\/T 45654-2025"; expected a number not already used by .*gb-t-45654-2025\.mdx/);
  });

  it('reports two parts with the same code', () => {
    const c = fixture();
    entry(c, 'framework', 'b').data.code = 'A';
    expect(errorOf(c)).toMatch(/framework\/b\.mdx: field "code" is "A"; expected a code not already used by .*framework\/a\.mdx/);
  });

  it('reports two entries with the same id', () => {
    const c = fixture();
    c.risks.push({ ...structuredClone(entry(c, 'risks', 'inherent-data')), filePath: 'content-minimal/risks/extra/inherent-data.mdx' });
    expect(errorOf(c)).toMatch(/risks\/extra\/inherent-data\.mdx: field "\(id\)" is "inherent-data"; expected an id not already used by/);
  });

  it('reports a cycle in the parent chain', () => {
    const c = fixture();
    const sub = entry(c, 'framework', 'b-sub');
    c.framework.push({
      ...structuredClone(sub),
      id: 'b-sub-2',
      filePath: 'content-minimal/framework/b-sub-2.mdx',
      data: { ...structuredClone(sub.data), parent: 'b-sub-3' },
    });
    c.framework.push({
      ...structuredClone(sub),
      id: 'b-sub-3',
      filePath: 'content-minimal/framework/b-sub-3.mdx',
      data: { ...structuredClone(sub.data), parent: 'b-sub-2' },
    });
    expect(errorOf(c)).toMatch(
      /framework\/b-sub-2\.mdx: field "parent" is "b-sub-3"; expected a parent chain that ends at a part \(found the cycle b-sub-2 → b-sub-3 → b-sub-2\)/,
    );
  });

  it('reports a node without a parent that is not a part', () => {
    const c = fixture();
    delete entry(c, 'framework', 'b-sub').data.parent;
    expect(errorOf(c)).toMatch(/framework\/b-sub\.mdx: field "parent" is missing; expected the id of the part or area this area belongs to/);
  });

  it('reports a part that has a parent', () => {
    const c = fixture();
    entry(c, 'framework', 'b').data.parent = 'a';
    expect(errorOf(c)).toMatch(/framework\/b\.mdx: field "parent" is "a"; expected no parent: a part sits at the top/);
  });

  it('reports an empty collection', () => {
    const c = fixture();
    c.risks = [];
    expect(errorOf(c)).toMatch(/content\/risks\/: field "\(collection\)" is missing; expected at least one entry in the "risks" collection/);
  });

  it('reports an invalid date', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.dates.effective.date = '2025-02-30';
    expect(errorOf(c)).toMatch(/field "dates\.effective\.date" is "2025-02-30"; expected a real date "YYYY-MM-DD"/);
  });

  it('reports a date written as a YAML date instead of a quoted string', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.dates.published.date = new Date('2025-04-25');
    expect(errorOf(c)).toMatch(/field "dates\.published\.date" is .*; expected a date written as a quoted string/);
  });

  it('reports a status history that goes backwards in time', () => {
    const c = fixture();
    const history = entry(c, 'standards', 'gb-t-45654-2025').data.history;
    history.push({ ...history[0], event: 'announced', date: '2024-01-01' });
    expect(errorOf(c)).toMatch(/field "history\.1\.date" is "2024-01-01"; expected a date on or after the previous event \(2024-05-23\)/);
  });

  it('reports an effective date before the issue date', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.dates.effective.date = '2025-01-01';
    expect(errorOf(c)).toMatch(/field "dates\.effective\.date" is "2025-01-01"; expected a date on or after dates\.published \(2025-04-25\)/);
  });

  it('reports an unknown field, such as a typo', () => {
    const c = fixture();
    entry(c, 'standards', 'tc260-003').data.satus = 'published';
    expect(errorOf(c)).toMatch(/tc260-003\.mdx: field "\(front matter\)" is .*; expected no unknown fields \(found "satus"\)/);
  });

  it('reports a missing language block in the body', () => {
    const c = fixture();
    const e = entry(c, 'framework', 'a');
    e.body = e.body!.replace(/<En>[\s\S]*<\/En>/, '');
    expect(errorOf(c)).toMatch(/framework\/a\.mdx: field "body <En>" is missing; expected exactly one non-empty <En>…<\/En> block/);
  });

  it('reports prose left in the other language block', () => {
    const c = fixture();
    const e = entry(c, 'risks', 'inherent-data');
    e.body = e.body!.replace('Security risks that arise from data.', '数据方面的安全风险，未翻译。');
    expect(errorOf(c)).toMatch(/risks\/inherent-data\.mdx: field "body <En>" is "数据方面的安全风险，未翻译。"; expected English prose in the <En> block/);
  });

  it('lists every problem at once, not only the first', () => {
    const c = fixture();
    entry(c, 'standards', 'tc260-003').data.kind = 'law';
    entry(c, 'framework', 'a').data.order = 0;
    const message = errorOf(c);
    expect(message).toMatch(/Invalid content \(2 problems\)/);
    expect(message).toMatch(/tc260-003\.mdx: field "kind"/);
    expect(message).toMatch(/framework\/a\.mdx: field "order"/);
  });
});

describe('fields', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['http:', 'http://example.org/notice'],
  ])('rejects a %s URL in a document link', (_scheme, url) => {
    const c = fixture();
    entry(c, 'document', 'v1').data.links = [{ label: { zh: '通知', en: 'Notice' }, url }];
    expect(errorOf(c)).toContain(`document.yaml: field "links.0.url" is ${JSON.stringify(url).slice(0, 77)}`);
    expect(errorOf(c)).toMatch(/expected an absolute https URL without spaces \(http:, javascript: and data: addresses are not accepted\)/);
  });

  it('rejects an http source URL', () => {
    const c = fixture();
    entry(c, 'sources', 'S-one').data.url = 'http://example.org/source';
    expect(errorOf(c)).toMatch(/sources\.yaml: field "url" is "http:\/\/example\.org\/source"; expected an absolute https URL/);
  });

  it('keeps a source served only over http, under httpOnlyAddress, and never as its url', () => {
    const c = fixture();
    const source = entry(c, 'sources', 'S-one').data;
    delete source.url;
    source.httpOnlyAddress = 'http://example.org/source';
    const s = modelOf(c).source('S-one');
    expect(s.url).toBeUndefined();
    expect(s.httpOnlyAddress).toBe('http://example.org/source');
  });

  it('asks for an address when a source has none', () => {
    const c = fixture();
    delete entry(c, 'sources', 'S-one').data.url;
    expect(errorOf(c)).toMatch(
      /sources\.yaml: field "url" is missing; expected an https:\/\/ URL \(or, for a source served only over plain http, its address in "httpOnlyAddress"\)/,
    );
  });

  it('rejects an over-long title with its length', () => {
    const c = fixture();
    entry(c, 'standards', 'tc260-003').data.title.en = 'A'.repeat(10_000);
    expect(errorOf(c)).toMatch(
      /tc260-003\.mdx: field "title\.en" is "A+\.\.\.; expected a title or other short text of at most 200 characters \(this one has 10000\); longer prose belongs in the body/,
    );
  });

  it('rejects an over-long summary and an over-long note', () => {
    const c = fixture();
    entry(c, 'framework', 'a').data.summary.zh = '长'.repeat(501);
    entry(c, 'standards', 'tc260-003').data.note.en = 'word '.repeat(400);
    const message = errorOf(c);
    expect(message).toMatch(/framework\/a\.mdx: field "summary\.zh" is "长+\.\.\.; expected a summary of at most 500 characters \(this one has 501\)/);
    expect(message).toMatch(/tc260-003\.mdx: field "note\.en" is "(word )+w\.\.\.; expected a note of at most 1500 characters \(this one has 1999\)/);
  });

  it.each([
    ['a title', 'standards', 'tc260-003', ['title', 'zh']],
    ['a source title', 'sources', 'S-one', ['title']],
    ['a committee', 'standards', 'tc260-003', ['committee']],
  ] as const)('rejects whitespace-only text in %s', (_what, collection, id, path) => {
    const c = fixture();
    let target = entry(c, collection, id).data;
    for (const key of path.slice(0, -1)) target = target[key];
    target[path.at(-1)!] = ' \t ';
    expect(errorOf(c)).toContain(`field "${path.join('.')}" is " \\t "; expected a non-empty text (whitespace alone is not a text)`);
  });
});
