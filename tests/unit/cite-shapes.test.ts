/**
 * A citation rendered from its shape's template reads exactly as the CSL
 * processor renders it in full: for every standard and page of the real
 * content, in both styles, and for values a processor would change (quotes,
 * end punctuation, markup, numbers it reads as numbers, a lower-case start,
 * a "$"), which are rendered in full instead. And the styles as the site
 * renders them, without their sort keys, read as the styles as published.
 */
import { Cite, plugins } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import gbt7714 from '../../vendor/csl/china-national-standard-gb-t-7714-2025-numeric.csl?raw';
import apa from '../../vendor/csl/apa.csl?raw';
import {
  CITATION_STYLE,
  CITATION_STYLES,
  pageItem,
  renderFull,
  renderReference,
  standardInStyle,
  withoutSortKeys,
  type CitationStyle,
  type PageCitationInput,
} from '~/lib/exports/cite';
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

// Hundreds of renders in full, each a few milliseconds on a quiet machine and many more on a busy one.
describe('a citation from its shape', { timeout: 60_000 }, () => {
  it.each(CITATION_STYLES)('reads as the processor renders it in full, for every standard of the content (%s)', (style) => {
    expect(standards.length).toBeGreaterThan(20);
    for (const item of standards) same(standardInStyle(item, style), style);
  });

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
    ['an http address with a port, as a build without SITE_URL has', { URL: 'http://localhost:4321/standards/gb-t-45654-2025/' }],
  ])('reads as in full for %s', (_what, change) => {
    for (const style of CITATION_STYLES) {
      same({ ...standardInStyle(base, style), ...change }, style);
      same({ ...pageItem(pages[0]!, style), ...change }, style);
    }
  });
});

describe('the styles without their sort keys', { timeout: 60_000 }, () => {
  const published: Record<CitationStyle, string> = { gbt7714, apa };
  const csl = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void } };
  for (const style of CITATION_STYLES) csl.styles.add(`published-${style}`, published[style]);
  /** The processor's own text for one reference, in a style registered under `template`. */
  const raw = (item: CslItem, style: CitationStyle, template: string) =>
    new Cite(item).format('bibliography', { template, lang: CITATION_STYLE[style].cslLocale, format: 'text' }) as string;

  it.each(CITATION_STYLES)('leave out every key of the published style (%s)', (style) => {
    expect(published[style]).toMatch(/<sort>/);
    expect(withoutSortKeys(published[style])).not.toMatch(/<sort|<key /);
    expect(withoutSortKeys(published[style])).toMatch(/<bibliography\b[\s\S]*<layout/);
  });

  it.each(CITATION_STYLES)('render every reference of the content as the published style does (%s)', (style) => {
    renderFull(standardInStyle(standards[0]!, style), style); // registers the site's styles
    const items = [...standards.map((i) => standardInStyle(i, style)), ...pages.map((p) => pageItem(p, style))];
    for (const item of items) expect(raw(item, style, `site-${style}`), `${item.id} ${style}`).toBe(raw(item, style, `published-${style}`));
  });
});
