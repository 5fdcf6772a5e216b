/**
 * The regulation each standard supports, on the built site: the standard's
 * page names it with its relation and sources and links to its page, which
 * lists the standard back; a standard with no link says none was found; every
 * link in content uses the vocabulary and cites sources that exist; and the
 * relationships file parses, validates against its schema, and holds every
 * edge the pages show.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { INTERNATIONAL_RELATIONS, REGULATION_RELATIONS, SOURCED_REGULATION_RELATIONS } from '~/lib/base/vocabulary';
import type { Edge } from '~/lib/exports/relationships';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';
import { read } from '../helpers/html';
import { rootSite } from '../helpers/sites';

const raw = loadContent(REAL_CONTENT);
const tax = modelOf(raw);
const { dir } = rootSite();
const page = (path: string) => read(dir, join(path, 'index.html'));
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
/** The markup of the element that opens with `marker` in its start tag, up to the end of the section it sits in. */
const section = (html: string, marker: string) => {
  const start = html.indexOf(marker);
  if (start < 0) return '';
  const open = html.lastIndexOf('<section', start);
  return html.slice(open, html.indexOf('</section>', start));
};

describe('regulation links in the content', () => {
  const sourceIds = new Set(raw.sources.map((s) => s.id));
  const links = raw.standards.flatMap((s) =>
    ((s.data as { regulations?: { relation: string; sources?: string[] }[] }).regulations ?? []).map((l) => ({ id: s.id, ...l })),
  );
  const refs = [...raw.standards, ...raw.later].flatMap((s) =>
    ((s.data as { international?: { relation: string; sources: string[] }[] }).international ?? []).map((x) => ({ id: s.id, ...x })),
  );

  it('uses only relations of the vocabulary', () => {
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(REGULATION_RELATIONS, `${l.id}: ${l.relation}`).toContain(l.relation);
    for (const x of refs) expect(INTERNATIONAL_RELATIONS, `${x.id}: ${x.relation}`).toContain(x.relation);
  });

  it('cites, on every sourced link, sources that sources.yaml holds', () => {
    const sourced = links.filter((l) => (SOURCED_REGULATION_RELATIONS as readonly string[]).includes(l.relation));
    expect(sourced.length).toBeGreaterThan(0);
    for (const l of [...sourced, ...refs]) {
      expect(l.sources?.length, `${l.id} → ${l.relation}`).toBeGreaterThan(0);
      for (const id of l.sources!) expect(sourceIds.has(id), `${l.id}: ${id}`).toBe(true);
    }
  });
});

describe('GB 45438-2025 and the Labeling Measures', () => {
  it.each([
    ['zh', 'standards/gb-45438-2025', '人工智能生成合成内容标识办法', '支撑'],
    ['en', 'en/standards/gb-45438-2025', 'Measures for Labeling AI-Generated and Synthetic Content', 'Supports'],
  ])('the standard’s page in %s names the Measures it supports, with relation and sources, and links to them', (locale, path, title, relation) => {
    const regs = section(page(path), 'data-standard-regulations');
    // The entry runs to the next regulation's (its sources are a list of their own).
    const item = regs.slice(regs.indexOf('data-regulation="ai-content-labeling-measures"'));
    const entry = item.slice(0, item.indexOf('data-regulation=', 1));
    expect(entry).toContain(`href="/${locale === 'en' ? 'en/' : ''}regulations/ai-content-labeling-measures/"`);
    expect(text(entry)).toContain(title);
    expect(entry).toContain(`data-relation="supports">${relation}<`);
    expect(entry).toContain('data-confidence="confirmed"');
    // Its sources, by title and address.
    expect(entry).toContain('https://www.cac.gov.cn/2025-09/04/c_1758702660093959.htm');
    expect(entry).toContain('https://www.covingtonblogs.com/');
  });

  it.each([
    ['standards/gb-45438-2025', '/regulations/ai-content-labeling-measures/'],
    ['en/standards/gb-45438-2025', '/en/regulations/ai-content-labeling-measures/'],
    ['standards/tc260-003', '/regulations/genai-interim-measures/'],
  ])('%s names the regulation it supports in its summary box, linked', (path, href) => {
    const html = page(path);
    const summary = html.slice(html.indexOf('<aside class="entry-summary"'), html.indexOf('</aside>', html.indexOf('<aside class="entry-summary"')));
    const row = /<dd data-summary-regulations>([\s\S]*?)<\/dd>/.exec(summary);
    expect(row, path).not.toBeNull();
    expect(row![1]).toContain(`href="${href}"`);
  });

  it('leaves the summary row out where no source says a standard supports a regulation', () => {
    const unlinked = tax.standards.filter((s) => !s.regulations.some((l) => l.relation === 'supports'));
    expect(unlinked.length).toBeGreaterThan(0);
    for (const s of unlinked) expect(page(`standards/${s.id}`), s.id).not.toContain('data-summary-regulations');
  });

  it.each([['regulations/ai-content-labeling-measures'], ['en/regulations/ai-content-labeling-measures']])('%s lists GB 45438-2025', (path) => {
    const linked = section(page(path), 'data-linked-standards');
    expect(linked).toMatch(/data-standard="gb-45438-2025" data-relation="supports"/);
    expect(text(linked)).toContain('GB 45438-2025');
  });
});

describe('a standard no source ties to a regulation', () => {
  it.each([
    ['standards/gb-t-20979-2019', '未见来源'],
    ['en/standards/gb-t-20979-2019', 'None found in our sources'],
  ])('%s says none was found, and names no regulation', (path, words) => {
    const regs = section(page(path), 'data-standard-regulations');
    expect(text(regs)).toContain(words);
    expect(regs).not.toContain('data-regulation=');
    // A standard with no international reference says nothing about it.
    expect(regs).not.toContain('data-international');
  });
});

describe('the relationships file', () => {
  const json = JSON.parse(readFileSync(join(dir, 'data/relationships.json'), 'utf8')) as { edges: Edge[] };
  const schema = JSON.parse(readFileSync(join(dir, 'data/relationships.schema.json'), 'utf8'));
  const csv = readFileSync(join(dir, 'data/relationships.csv'), 'utf8');

  it('validates against its JSON Schema', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('parses as CSV into the same edges, one a row', () => {
    const [head, ...rows] = parseCsv(csv, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(head).toEqual(Object.keys(json.edges[0]!));
    expect(rows).toHaveLength(json.edges.length);
    const relation = head!.indexOf('relation');
    expect(rows.map((r) => r[relation])).toEqual(json.edges.map((e) => e.relation));
  });

  it('holds every edge the standards’ and regulations’ pages show, and no other', () => {
    const fromFile = (id: string, kind: Edge['to_kind']) => json.edges.filter((e) => e.from === id && e.to_kind === kind);
    let shown = 0;
    for (const s of tax.standards) {
      const html = page(`standards/${s.id}`);
      const regs = section(html, 'data-standard-regulations');
      const regulations = [...regs.matchAll(/<li data-regulation="([^"]+)" data-relation="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
      expect(regulations.sort(), s.id).toEqual(
        fromFile(s.id, 'regulation')
          .map((e) => `${e.to}:${e.relation}`)
          .sort(),
      );
      const international = (regs.match(/<li data-relation="(adopts|cites|compared-in)"/g) ?? []).length;
      expect(international, s.id).toBe(fromFile(s.id, 'international').length);
      const risks = [...section(html, 'id="risks-heading"').matchAll(/href="\/risks\/([^/]+)\/"/g)].map((m) => m[1]);
      expect(risks.sort(), s.id).toEqual(
        fromFile(s.id, 'risk')
          .map((e) => e.to)
          .sort(),
      );
      const related = [...section(html, 'id="related-heading"').matchAll(/href="\/standards\/([^/]+)\/"/g)].map((m) => m[1]);
      expect(related.sort(), s.id).toEqual(
        fromFile(s.id, 'standard')
          .filter((e) => e.relation === 'related')
          .map((e) => e.to)
          .sort(),
      );
      // Its place: every framework node in the file is linked from the page.
      for (const e of fromFile(s.id, 'framework-node')) expect(html, `${s.id} → ${e.to}`).toContain(`href="/framework/${e.to}/"`);
      shown += regulations.length + international + risks.length + related.length;
    }
    for (const r of tax.regulations) {
      const listed = (section(page(`regulations/${r.id}`), 'data-linked-standards').match(/<li data-standard="/g) ?? []).length;
      expect(listed, r.id).toBe(json.edges.filter((e) => e.to_kind === 'regulation' && e.to === r.id).length);
    }
    expect(shown).toBeGreaterThan(0);
    // The regulation edges, counted once from each side, agree.
    expect(json.edges.filter((e) => e.to_kind === 'regulation')).toHaveLength(tax.standards.reduce((n, s) => n + s.regulations.length, 0));
  });
});
