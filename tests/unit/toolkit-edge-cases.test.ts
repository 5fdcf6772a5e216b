/**
 * The files a researcher takes away (CSL-JSON and the citations rendered from
 * it, BibTeX and RIS, the feeds, the Markdown twins and llms.txt, OpenSearch)
 * made from content at its most awkward: quotes, "&", "<", full-width
 * punctuation, a title at the length limit, a later document with no known
 * Chinese title, a standard with no dates. Each is read back with a real parser.
 */
import { describe, expect, it } from 'vitest';
import sax from 'sax';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { standardsBibtex, standardsRis } from '~/lib/exports/bibliography';
import { citePage, citeStandard } from '~/lib/exports/cite';
import { CSL_FIELDS, standardCslOf, standardsCsl } from '~/lib/exports/csl';
import { partFeed, standardFeed } from '~/lib/exports/feed-of';
import { openSearchDescription } from '~/lib/exports/opensearch';
import { laterTwin, llmsTxt, standardTwin } from '~/lib/exports/twins';
import { TEXT_LIMITS } from '~/lib/content/schema';
import { STRINGS } from '~/lib/i18n/ui';
import { FIXTURE, loadContent, modelOf } from '../helpers/load-content';
import { parseRis } from '../helpers/ris';

const TODAY = '2026-12-01';
const SITE = new URL('https://example.org/');
const meta = { datasetVersion: '2026-11-24', buildDate: TODAY, siteUrl: SITE.href };
const abs = (path: string) => new URL(path, SITE).href;

/** Titles with every character a format escapes, in both widths, up to the length limit. */
const AWKWARD = {
  zh: `“引号”‘单引号’＂全角＂＆＜全角＞ & < > "直引号" 'x' a<b ${'长'.repeat(TEXT_LIMITS.short)}`.slice(0, TEXT_LIMITS.short),
  en: `Quotes "straight" and ‘curly’ & ampersands < and > signs, a long title ${'word '.repeat(60)}`.slice(0, TEXT_LIMITS.short).trim(),
};

function awkwardModel() {
  const raw = loadContent(FIXTURE);
  const edited = raw.standards.find((e) => e.id === 'tc260-003')!;
  edited.data = { ...(edited.data as object), title: AWKWARD };
  // A standard whose dates no source gives.
  const undated = raw.standards.find((e) => e.id === 'gb-t-45654-2025')!;
  const { dates: _dates, ...withoutDates } = undated.data as Record<string, unknown>;
  undated.data = withoutDates;
  raw.later.push({
    id: 'no-chinese-title',
    filePath: 'later/no-chinese-title.mdx',
    data: {
      number: 'TC260-PG-20266A',
      title: { en: 'A practice guide whose Chinese title no source gives & <more>' },
      issuer: { zh: '全国网络安全标准化技术委员会', en: 'TC260' },
      kind: 'practice-guide',
      history: [{ date: '2026-03', event: 'published', note: { zh: '发布。', en: 'Published.' }, sources: ['S-one'] }],
      relation: { zh: '不属于V1.0。', en: 'Not part of V1.0.' },
      sources: ['S-one'],
      confidence: 'one-source',
      note: { zh: '只有一个来源。', en: 'One source.' },
      checked: '2026-11-24',
    },
    body: '<Zh>\n\n正文。\n\n</Zh>\n\n<En>\n\nText.\n\n</En>\n',
  });
  return modelOf(raw, TODAY);
}

/** Parse XML strictly; returns the text of every element by name, in order. */
function parseXml(xml: string): Map<string, string[]> {
  const parser = sax.parser(true, { xmlns: false });
  const texts = new Map<string, string[]>();
  const stack: { name: string; text: string }[] = [];
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (n) => stack.push({ name: n.name, text: '' });
  parser.ontext = (t) => {
    if (stack.length) stack[stack.length - 1]!.text += t;
  };
  parser.onclosetag = () => {
    const el = stack.pop()!;
    texts.set(el.name, [...(texts.get(el.name) ?? []), el.text]);
  };
  parser.write(xml).close();
  return texts;
}

describe('the take-away files, made from awkward content', () => {
  const tax = awkwardModel();
  const awkward = tax.standard('tc260-003');
  const undated = tax.standard('gb-t-45654-2025');

  it('keeps the model as the test means it: the awkward title, no dates on one standard, no Chinese title on the later document', () => {
    expect(awkward.title).toEqual(AWKWARD);
    expect(undated.dates).toEqual({});
    expect(tax.laterDocument('no-chinese-title').titleUnknown).toEqual(['zh']);
  });

  // The first citation compiles APA's style, which takes seconds on a small machine.
  it('writes CSL-JSON that citation.js reads back and formats in both styles, every entry', { timeout: 60_000 }, () => {
    const items = JSON.parse(JSON.stringify(standardsCsl(tax, meta)));
    const cite = new Cite(items);
    expect(cite.data).toHaveLength(tax.standards.length);
    const apa = cite.format('bibliography', { template: 'apa', format: 'text', asEntryArray: true }) as [string, string][];
    expect(apa.map(([id]) => id).sort()).toEqual(tax.standards.map((s) => s.id).sort());
    const item = items.find((i: { id: string }) => i.id === 'tc260-003');
    expect(item.title).toBe(AWKWARD.zh);
    expect(item.custom.title_en).toBe(AWKWARD.en);
    expect(items.find((i: { id: string }) => i.id === undated.id).issued).toBeUndefined();
    for (const i of items) {
      const c = citeStandard(i);
      expect(c.gbt7714).toMatch(/\[S\]\.$/);
      expect(c.apa.length).toBeGreaterThan(0);
    }
  });

  it('documents every field a CSL item has, and no other, for the data page', () => {
    const keys = new Set(standardsCsl(tax, meta).flatMap((i) => Object.keys(i)));
    expect([...keys].sort()).toEqual(CSL_FIELDS.map((f) => f.name).sort());
  });

  it('renders the awkward title whole in the citations, with the full-width signs as they are', () => {
    const item = standardsCsl(tax, meta).find((i) => i.id === 'tc260-003')!;
    const c = citeStandard(item);
    expect(c.gbt7714).toContain('＂全角＂＆＜全角＞ & < > ');
    expect(c.gbt7714).toContain('a<b');
    expect(c.apa).toContain('& ampersands < and > signs');
    // CSL sets straight quotes as typographic ones; none is lost.
    expect(c.apa).toMatch(/Quotes [“"]straight[”"]/);
    const page = citePage({
      label: AWKWARD,
      url: { zh: 'https://example.org/standards/tc260-003/', en: 'https://example.org/en/standards/tc260-003/' },
      siteTitle: { zh: STRINGS.siteTitle.zh, en: STRINGS.siteTitle.en },
      built: TODAY,
    });
    expect(page.gbt7714.accessed).toBe(true);
    expect(`${page.gbt7714.before}${page.gbt7714.after}`).toContain('[EB/OL]');
    expect(page.apa.before).toContain('https://example.org/en/standards/tc260-003/');
  });

  it('cites each page and each standard for what it is, though each is cited once per build', () => {
    const input = {
      label: { zh: '生成式人工智能服务安全基本要求', en: 'Basic security requirements for generative AI services' },
      url: { zh: 'https://example.org/standards/x/', en: 'https://example.org/en/standards/x/' },
      siteTitle: { zh: STRINGS.siteTitle.zh, en: STRINGS.siteTitle.en },
      built: TODAY,
    };
    const text = (c: ReturnType<typeof citePage>) => `${c.gbt7714.before}${c.gbt7714.after} ${c.apa.before}${c.apa.after}`;
    const first = text(citePage(input));
    expect(text(citePage({ ...input }))).toBe(first);
    // Any one detail changed, in either language, is another citation.
    expect(text(citePage({ ...input, label: { ...input.label, en: 'Security of AI computing platforms' } }))).toContain('Security of AI computing platforms');
    expect(text(citePage({ ...input, label: { ...input.label, zh: '人工智能计算平台安全框架' } }))).toContain('人工智能计算平台安全框架');
    expect(text(citePage({ ...input, url: { ...input.url, en: 'https://example.org/en/standards/y/' } }))).toContain('/en/standards/y/');
    expect(text(citePage({ ...input, built: '2027-01-05' }))).toMatch(/2027/);
    // A standard's item is one object for its two pages, and another on another build day.
    const [s] = tax.standards;
    expect(standardCslOf(tax, s!, meta)).toBe(standardCslOf(tax, s!, { ...meta }));
    const later = standardCslOf(tax, s!, { ...meta, buildDate: '2027-01-05' });
    expect(later).not.toBe(standardCslOf(tax, s!, meta));
    expect(later.accessed).toEqual({ 'date-parts': [[2027, 1, 5]] });
  });

  it('writes BibTeX and RIS that their parsers read back, title whole', () => {
    const bib = parseBibtex(standardsBibtex(tax, meta));
    expect(bib.errors).toEqual([]);
    expect(bib.entries.find((e) => e.key === 'tc260-003')!.fields.title).toContain('＆＜全角＞');
    const ris = parseRis(standardsRis(tax, meta, [awkward, undated]));
    expect(ris.map((r) => r.ID![0])).toEqual(['tc260-003', undated.id]);
    expect(ris[0]!.TI![0]).toBe(AWKWARD.zh);
    expect(ris[1]!.PY).toBeUndefined();
  });

  it('writes feeds that an XML parser reads, with the awkward title whole and each entry once', () => {
    for (const locale of ['zh', 'en'] as const) {
      const xml = standardFeed(tax, 'tc260-003', locale, SITE);
      const texts = parseXml(xml);
      expect(texts.get('title')!.some((t) => t.includes(AWKWARD[locale]))).toBe(true);
      const ids = texts.get('id')!;
      expect(new Set(ids).size).toBe(ids.length);
      // The undated standard's feed has its other events and its record's check, and no issue or effective date.
      const undatedIds = parseXml(standardFeed(tax, undated.id, locale, SITE)).get('id')!;
      expect(undatedIds.filter((id) => id.includes('/checked/'))).toHaveLength(1);
      expect(undatedIds.filter((id) => /\/(published|effective)\//.test(id))).toEqual([]);
      const part = parseXml(partFeed(tax, tax.parts[0]!.id, locale, SITE));
      expect(new Set(part.get('id')).size).toBe(part.get('id')!.length);
    }
  });

  it('writes Markdown twins that say the title, mark a missing Chinese title and invent none', () => {
    const zh = standardTwin(tax, awkward, 'zh', abs);
    // Escaped for Markdown, so nothing in the title is read as markup; unescaped, it is the title.
    expect(zh.split('\n')[0]!.replace(/\\(.)/g, '$1')).toBe(`# TC260-003 ${AWKWARD.zh}`);
    expect(standardTwin(tax, undated, 'en', abs)).toContain(STRINGS.printNoDates.en);
    const later = tax.laterDocument('no-chinese-title');
    const laterZh = laterTwin(tax, later, 'zh', abs).split('\n')[0]!.replace(/\\(.)/g, '$1');
    expect(laterZh).toBe(`# TC260-PG-20266A ${later.title.en}${STRINGS.titleUnknownMark.zh}`);
    const index = llmsTxt(tax, abs);
    const links = [...index.matchAll(/\]\(<([^>]+)>\)/g)].map((m) => m[1]!);
    expect(links).toContain('https://example.org/later/no-chinese-title.md');
    expect(links).toContain('https://example.org/en/standards/tc260-003.md');
    for (const l of links) expect(() => new URL(l)).not.toThrow();
  });

  it('writes an OpenSearch description that an XML parser reads, with the terms left for the browser', () => {
    const xml = openSearchDescription({
      locale: 'en',
      searchPage: 'https://example.org/sub/en/search/',
      self: 'https://example.org/sub/en/opensearch.xml',
      icon: 'https://example.org/sub/favicon.svg',
    });
    const texts = parseXml(xml);
    expect([...texts.get('ShortName')![0]!].length).toBeLessThanOrEqual(16);
    expect(xml).toContain('template="https://example.org/sub/en/search/?q={searchTerms}"');
  });
});
