/**
 * A citation rendered from its shape's template reads exactly as the CSL
 * processor renders it in full: for every standard and page of the real
 * content, in both styles, and for values a processor would change (quotes,
 * end punctuation, markup, numbers it reads as numbers, a lower-case start,
 * a "$"), which are rendered in full instead.
 */
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, pageItem, renderFull, renderReference, standardInStyle, type PageCitationInput } from '~/lib/exports/cite';
import { standardCslOf, type CslItem } from '~/lib/exports/csl';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';

const TODAY = '2026-12-03';
const tax = modelOf(loadContent(REAL_CONTENT), TODAY);
const meta = { datasetVersion: '2026-11-24', buildDate: TODAY, siteUrl: 'https://example.org/' };
const standards = tax.standards.map((s) => standardCslOf(tax, s, meta));

const page = (label: { zh: string; en: string }, path: string): PageCitationInput => ({
  label,
  url: { zh: `https://example.org/${path}`, en: `https://example.org/en/${path}` },
  siteTitle: { zh: '人工智能安全标准体系（V1.0）参考站', en: 'AI Safety Standards System (V1.0) Reference' },
  built: TODAY,
});
const pages: PageCitationInput[] = [
  ...tax.standards.map((s) => page({ zh: `${s.number ?? ''} ${s.title.zh}`.trim(), en: `${s.number ?? ''} ${s.title.en}`.trim() }, `standards/${s.id}/`)),
  ...tax.nodes.map((n) => page(n.title, `framework/${n.id}/`)),
  ...tax.risks.map((r) => page(r.title, `risks/${r.id}/`)),
];

const same = (item: CslItem, style: (typeof CITATION_STYLES)[number]) =>
  expect(renderReference(item, style), `${item.id} ${style}`).toBe(renderFull(item, style));

describe('a citation from its shape', () => {
  it.each(CITATION_STYLES)(
    'reads as the processor renders it in full, for every standard of the content (%s)',
    (style) => {
      expect(standards.length).toBeGreaterThan(20);
      for (const item of standards) same(standardInStyle(item, style), style);
      // Two full renders per standard: seconds on a busy machine, so a generous limit (this test measures no time).
    },
    60_000,
  );

  it.each(CITATION_STYLES)('and for every page a reader can cite (%s)', (style) => {
    for (const input of pages) same(pageItem(input, style), style);
  });

  const base = standards.find((s) => s.id === 'gb-t-45654-2025')!;
  it.each([
    ['a title in straight quotes', { title: 'The "quoted" requirements' }],
    ['a title in curly quotes', { title: 'The “quoted” requirements' }],
    ['a title ending in a full stop', { title: 'Security requirements.' }],
    ['a title ending in a question mark', { title: 'Is it secure?' }],
    ['a title ending in a digit', { title: 'AI Safety Governance Framework 3.0' }],
    ['a title in lower case', { title: 'security requirements for generative AI' }],
    ['a title with markup', { title: 'Security <i>requirements</i>' }],
    ['a title with an ampersand and a dollar sign', { title: 'Data & models for $1 and $&' }],
    ['a Chinese title with full-width punctuation', { title: '网络安全技术：生成式人工智能（征求意见稿）' }],
    ['a number the processor reads as a number', { number: 'TC260-003' }],
    ['a number with a range in it', { number: '12-15' }],
    ['a number in lower case', { number: 'gb/t 45654-2025' }],
    ['a plain number', { number: '2025' }],
    ['a note with a field line', { note: 'issued: 1999-01-01' }],
  ])('reads as in full for %s', (_what, change) => {
    for (const style of CITATION_STYLES) {
      same({ ...standardInStyle(base, style), ...change }, style);
      same({ ...pageItem(pages[0]!, style), ...change }, style);
    }
  });
});
