/**
 * Bad content never builds: each case breaks one thing in a valid fixture and
 * checks that the error names the file, the field, the value and what was expected.
 */
import { describe, expect, it } from 'vitest';
import { buildTaxonomy, type RawContent, type RawEntry } from '../../src/lib/taxonomy';
import { ContentError } from '../../src/lib/content-error';
import { FIXTURE, loadContent } from '../helpers/load-content';

type Data = Record<string, any>;

function fixture(): RawContent {
  return loadContent(FIXTURE);
}

function entry(content: RawContent, collection: keyof RawContent, id: string): RawEntry & { data: Data } {
  const e = content[collection].find((x) => x.id === id);
  if (!e) throw new Error(`fixture has no ${collection}/${id}`);
  return e as RawEntry & { data: Data };
}

function errorOf(content: RawContent): string {
  try {
    buildTaxonomy(content);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error('expected the content to be rejected, but it built');
}

describe('content validation', () => {
  it('accepts the valid fixture', () => {
    const tax = buildTaxonomy(fixture());
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
    expect(errorOf(c)).toMatch(/standards\/gb-t-45654-2025\.mdx: field "status" is "draft"; expected one of "published", "in-development", "planned", "unknown"/);
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
    c.framework.push({ ...structuredClone(sub), id: 'b-sub-2', filePath: 'content-minimal/framework/b-sub-2.mdx', data: { ...structuredClone(sub.data), parent: 'b-sub-3' } });
    c.framework.push({ ...structuredClone(sub), id: 'b-sub-3', filePath: 'content-minimal/framework/b-sub-3.mdx', data: { ...structuredClone(sub.data), parent: 'b-sub-2' } });
    expect(errorOf(c)).toMatch(/framework\/b-sub-2\.mdx: field "parent" is "b-sub-3"; expected a parent chain that ends at a part \(found the cycle b-sub-2 → b-sub-3 → b-sub-2\)/);
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
    entry(c, 'standards', 'gb-t-45654-2025').data.dates.effective = '2025-02-30';
    expect(errorOf(c)).toMatch(/field "dates\.effective" is "2025-02-30"; expected a real date "YYYY-MM-DD"/);
  });

  it('reports a date written as a YAML date instead of a quoted string', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.dates.published = new Date('2025-04-25');
    expect(errorOf(c)).toMatch(/field "dates\.published" is .*; expected a date written as a quoted string/);
  });

  it('reports a status history that goes backwards in time', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.history[2].date = '2024-01-01';
    expect(errorOf(c)).toMatch(/field "history\.2\.date" is "2024-01-01"; expected a date on or after the previous event \(2025-04-25\)/);
  });

  it('reports an effective date before the issue date', () => {
    const c = fixture();
    entry(c, 'standards', 'gb-t-45654-2025').data.dates.effective = '2025-01-01';
    expect(errorOf(c)).toMatch(/field "dates\.effective" is "2025-01-01"; expected a date on or after dates\.published \(2025-04-25\)/);
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
