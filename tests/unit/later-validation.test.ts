/**
 * Later documents are checked like standards, and can never pass as V1.0: each
 * case breaks one thing and checks the message names file, field, value and
 * what was expected.
 */
import { describe, expect, it } from 'vitest';
import { type RawContent, type RawEntry } from '~/lib/model/taxonomy';
import { FIXTURE, errorOf, loadContent, modelOf } from '../helpers/load-content';

type Data = Record<string, any>;

const BODY = '\n<Zh>\n\n这是一份较晚发布的文件，不属于V1.0。\n\n</Zh>\n\n<En>\n\nA document published later, not part of V1.0.\n\n</En>\n';

function laterEntry(data: Data = {}): RawEntry & { data: Data } {
  return {
    id: 'framework-2',
    filePath: 'content/later/framework-2.mdx',
    body: BODY,
    data: {
      title: { zh: '治理框架 2.0', en: 'Governance Framework 2.0' },
      issuer: { zh: '全国网络安全标准化技术委员会', en: 'TC260' },
      kind: 'framework',
      history: [{ date: '2025-09-15', event: 'published', note: { zh: '发布。', en: 'Released.' }, sources: ['S-one'] }],
      relation: { zh: '后继版本。', en: 'A later edition.' },
      sources: ['S-one'],
      confidence: 'one-source',
      note: { zh: '单一来源。', en: 'One source.' },
      checked: '2026-11-26',
      ...data,
    },
  };
}

function withLater(entry = laterEntry()): RawContent {
  return { ...loadContent(FIXTURE), later: [entry] };
}

describe('later documents', () => {
  it('build into their own list, apart from the standards', () => {
    const tax = modelOf(withLater());
    expect(tax.later.map((d) => d.id)).toEqual(['framework-2']);
    expect(tax.standards.map((s) => s.id)).not.toContain('framework-2');
    expect(tax.laterDocument('framework-2').kind).toBe('framework');
  });

  it('refuse a later document without a source', () => {
    const e = laterEntry();
    e.data.sources = [];
    expect(errorOf(withLater(e))).toMatch(/later\/framework-2\.mdx: field "sources".*expected at least one source id/);
  });

  it('refuse a source id that does not exist', () => {
    const e = laterEntry();
    e.data.history[0].sources = ['S-nowhere'];
    expect(errorOf(withLater(e))).toMatch(/later\/framework-2\.mdx: field "history\.0\.sources\.0" is "S-nowhere"; expected the id of an existing source/);
  });

  it('refuse a later document that claims a V1.0 node', () => {
    const message = errorOf(withLater(laterEntry({ nodes: ['b-sub'] })));
    expect(message).toMatch(/later\/framework-2\.mdx: field "nodes" is \["b-sub"\]; expected no V1\.0 field: a later document is not part of V1\.0/);
    // Reported once, for what it is, not again as an unknown field.
    expect(message).not.toMatch(/unknown fields/);
  });

  it('refuse a V1.0 status on a later document', () => {
    expect(errorOf(withLater(laterEntry({ status: 'published' })))).toMatch(/field "status" is "published"; expected no V1\.0 field/);
  });

  it('name file, field and value for an unknown event type', () => {
    const e = laterEntry();
    e.data.history[0].event = 'released';
    expect(errorOf(withLater(e))).toMatch(/later\/framework-2\.mdx: field "history\.0\.event" is "released"; expected one of "started", "drafted"/);
  });

  it('name file, field and value for an unknown event type on a standard', () => {
    const c = loadContent(FIXTURE);
    const s = c.standards.find((x) => x.id === 'gb-t-45654-2025')! as RawEntry & { data: Data };
    s.data.history[0].event = 'issued';
    expect(errorOf(c)).toMatch(/standards\/gb-t-45654-2025\.mdx: field "history\.0\.event" is "issued"; expected one of "started", "drafted"/);
  });

  it('refuse an unknown later kind', () => {
    expect(errorOf(withLater(laterEntry({ kind: 'standard' })))).toMatch(/field "kind" is "standard"; expected one of "framework", "national-standard"/);
  });
});
