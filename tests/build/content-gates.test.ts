/**
 * Content gates on the built pages: what a reader sees carries its sources and
 * its uncertainty, in the page's own language.
 */
import { CONFIDENCE_LABEL, DATE_CERTAINTY_LABEL, LOCALES, MEMBERSHIP_EXPLAIN } from '~/lib/base/vocabulary';
import { localePrefix } from '~/lib/i18n/locale';
import { describe, expect, it } from 'vitest';
import { hanShare } from '~/lib/content/bilingual';
import { htmlFiles, read, refs } from '../helpers/html';
import { loadContent, REAL_CONTENT, modelOf } from '../helpers/load-content';
import { rootSite } from '../helpers/sites';

const tax = modelOf(loadContent(REAL_CONTENT));
const { dir } = rootSite();

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ');
/** Text of the first <tag class="…cls…"> element; the tags read here do not nest in themselves. */
const section = (html: string, tag: string, cls: string) => {
  const m = new RegExp(`<${tag}[^>]*class="[^"]*\\b${cls}\\b[^"]*"[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return m ? text(m[1]!) : '';
};

describe('sources', () => {
  it('every standard, node and risk names at least one source, and the page lists it', () => {
    for (const s of tax.standards) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      const html = read(dir, `standards/${s.id}/index.html`);
      for (const id of s.sources) expect(html, `${s.id} lists ${id}`).toContain(`id="source-${id}"`);
    }
    for (const n of tax.nodes) expect(n.sources.length, n.id).toBeGreaterThan(0);
    for (const r of tax.risks) expect(r.sources.length, r.id).toBeGreaterThan(0);
  });

  it('links out only to well-formed https addresses', () => {
    const bad: string[] = [];
    for (const file of htmlFiles(dir)) {
      for (const r of refs(read(dir, file))) {
        if (r.tag !== 'a' || !/^[a-z]+:/i.test(r.value)) continue;
        let ok: boolean;
        try {
          const u = new URL(r.value);
          ok = u.protocol === 'https:' && u.hostname.includes('.') && !/\s/.test(r.value);
        } catch {
          ok = false;
        }
        if (!ok) bad.push(`${file}: ${r.value}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('uncertainty is shown', () => {
  it.each(tax.standards.map((s) => [s.id, s]))('%s shows the level of every facet that is not confirmed', (_id, s) => {
    for (const locale of LOCALES) {
      const html = read(dir, `${localePrefix(locale)}standards/${s.id}/index.html`);
      const aside = section(html, 'aside', 'confidence');
      expect(aside, `${locale} page of ${s.id} has a confidence notice`).not.toBe('');
      // The dates have a row each, derived from their claims (sources differ, one source, inferred); the other facets one.
      const dateRows = Object.values(s.dateCertainty);
      for (const [facet, level] of Object.entries(s.confidence)) {
        if (facet === 'dates' && dateRows.length > 0) continue;
        if (level !== 'confirmed') expect(aside).toContain(CONFIDENCE_LABEL[level][locale]);
      }
      for (const c of dateRows) if (c !== 'confirmed') expect(aside).toContain(DATE_CERTAINTY_LABEL[c][locale]);
      expect(aside).toContain(s.note[locale].slice(0, 20));
      if (s.membership !== 'confirmed') expect(text(html)).toContain(MEMBERSHIP_EXPLAIN[s.membership][locale].slice(0, 20));
      if ([...Object.values(s.confidence), ...dateRows].some((c) => c !== 'confirmed')) expect(html).toContain('confidence--uncertain');
    }
  });

  it('every framework node shows that its existence and summary are not confirmed', () => {
    for (const n of tax.nodes) {
      const aside = section(read(dir, `en/framework/${n.id}/index.html`), 'aside', 'confidence');
      expect(aside).toContain(CONFIDENCE_LABEL[n.confidence.existence].en);
      expect(aside).toContain(n.note.en.slice(0, 20));
    }
  });
});

describe('both languages', () => {
  const bodies = [
    ...tax.standards.map((s) => `standards/${s.id}/`),
    ...tax.nodes.map((n) => `framework/${n.id}/`),
    ...tax.risks.map((r) => `risks/${r.id}/`),
    'about/',
    'about/site/',
  ];

  it.each(bodies)('%s has a description in Chinese on the zh page and in English on the en page', (path) => {
    const zh = section(read(dir, `${path}index.html`), 'div', 'prose');
    const en = section(read(dir, `en/${path}index.html`), 'div', 'prose');
    expect(zh.trim().length).toBeGreaterThan(20);
    expect(en.trim().length).toBeGreaterThan(20);
    expect(hanShare(zh)).toBeGreaterThan(0.5);
    expect(hanShare(en)).toBeLessThan(0.05);
  });
});
