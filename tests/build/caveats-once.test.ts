/**
 * Each caveat is written in full once on a standard's page, where its fact is
 * shown; elsewhere a short mark links to it. Every explanatory sentence the
 * page can carry (what V1.0's listing means, each status and what it rests
 * on, an inferred event, the notes on how sure we are, the description) is
 * counted in the page's text: it appears once, never twice. What every status
 * means is said once for the whole site, on the data page, where each
 * standard's status links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from '../helpers/html';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';
import { rootSite } from '../helpers/sites';
import { localePrefix } from '~/lib/i18n/locale';
import { t } from '~/lib/i18n/ui';
import { LOCALES, type Locale, MEMBERSHIP_EXPLAIN, STATUS_BASES, STATUS_BASIS_EXPLAIN, TODAY_STATUS_EXPLAIN, TODAY_STATUSES } from '~/lib/base/vocabulary';

const tax = modelOf(loadContent(REAL_CONTENT));
const { dir } = rootSite();

/** The text of the page's main region, as a reader meets it (a closed disclosure's text counts: it is a tap away). */
const mainText = (html: string) =>
  (/<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '')
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');

/** A text's sentences long enough to be an explanation, not a label. */
const sentences = (text: string, locale: Locale) =>
  (locale === 'zh' ? text.split(/(?<=[。；])/) : text.split(/(?<=[.;])\s+/)).map((x) => x.trim()).filter((x) => x.length >= (locale === 'zh' ? 12 : 30));

/** Typographic quotes as MDX writes them count as the plain ones the file has. */
const plainQuotes = (x: string) => x.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const count = (haystack: string, needle: string) => plainQuotes(haystack).split(plainQuotes(needle)).length - 1;

/** The description as written in the entry's file, in one language. */
const body = (file: string, locale: Locale) => {
  const tag = locale === 'zh' ? 'Zh' : 'En';
  return new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(readFileSync(join(REAL_CONTENT, '..', file), 'utf8'))?.[1] ?? '';
};

describe('each caveat once on a standard’s page', () => {
  it('has content to count: candidates, an inferred event, dates sources disagree on', () => {
    expect(tax.standards.some((s) => s.membership === 'candidate')).toBe(true);
    expect(tax.standards.some((s) => s.history.some((h) => h.confidence === 'inferred' && h.note))).toBe(true);
    expect(tax.standards.some((s) => s.dates.published?.otherClaims.length)).toBe(true);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every explanatory sentence appears once in the page's text`, () => {
      for (const s of tax.standards) {
        const text = mainText(read(dir, `${localePrefix(locale)}standards/${s.id}/index.html`));
        const once = (sentence: string, what: string) => expect(count(text, sentence), `${s.id}: ${what}: “${sentence}”`).toBe(1);
        // What V1.0's listing means, beside V1.0's status; the record and the pills link there.
        once(MEMBERSHIP_EXPLAIN[s.membership][locale], 'the listing');
        // The status legend is the site's, on the data page: not copied here.
        for (const status of TODAY_STATUSES) expect(count(text, TODAY_STATUS_EXPLAIN[status][locale]), `${s.id}: the status legend`).toBe(0);
        for (const basis of STATUS_BASES.filter((b) => b !== 'recorded'))
          expect(count(text, STATUS_BASIS_EXPLAIN[basis][locale]), `${s.id}: the basis legend`).toBe(0);
        // An event's note (an inference, and why), in the story of the standard.
        for (const h of s.history) for (const x of h.note ? sentences(h.note[locale], locale) : []) once(x, 'an event');
        // A date's other claims, with what each rests on, in the record.
        for (const fact of [s.dates.published, s.dates.effective])
          for (const c of fact?.otherClaims ?? []) if (c.basis) once(c.basis[locale], 'a date sources differ on');
        // How sure we are, and the notes on placement and risks.
        for (const x of s.note ? sentences(s.note[locale], locale) : []) once(x, 'how sure we are');
        for (const note of [tax.document.confidence.placement, tax.document.confidence.risks])
          for (const x of sentences(note[locale], locale)) once(x, 'a note');
        // The description says what the standard is about, and nothing it repeats.
        const described = sentences(body(s.file, locale), locale);
        expect(described.length, s.id).toBeGreaterThan(0);
        for (const x of described) once(x, 'the description');
      }
    });

    it(`${locale}: the status at a glance and the record link to the legend on the data page, which says each status once, open`, () => {
      const legend = `${localePrefix(locale)}about/data/#status-legend`;
      for (const s of tax.standards) {
        const html = read(dir, `${localePrefix(locale)}standards/${s.id}/index.html`);
        const links = [...html.matchAll(/<a[^>]*data-status-legend-link[^>]*>/g)].map((m) => /href="([^"]*)"/.exec(m[0])?.[1]);
        expect(links, s.id).toEqual([`/${legend}`, `/${legend}`]);
      }
      const data = read(dir, `${localePrefix(locale)}about/data/index.html`);
      expect(data).toMatch(/<details class="status-legend" id="status-legend"[^>]* open>/);
      const text = mainText(data);
      for (const status of TODAY_STATUSES) expect(count(text, TODAY_STATUS_EXPLAIN[status][locale]), status).toBe(1);
      for (const basis of STATUS_BASES.filter((b) => b !== 'recorded')) expect(count(text, STATUS_BASIS_EXPLAIN[basis][locale]), basis).toBe(1);
    });

    it(`${locale}: a date sources differ on is marked at a glance, and the mark links to its claims`, () => {
      for (const s of tax.standards) {
        const html = read(dir, `${localePrefix(locale)}standards/${s.id}/index.html`);
        const summary = /<aside class="entry-summary"[\s\S]*?<\/aside>/.exec(html)![0];
        for (const key of ['published', 'effective'] as const) {
          const differs = (s.dates[key]?.otherClaims.length ?? 0) > 0;
          const mark = new RegExp(`<a[^>]*href="#date-${key}"[^>]*>\\s*${t(locale, 'sourcesDiffer')}\\s*</a>`);
          expect(mark.test(summary), `${s.id} ${key}`).toBe(differs);
          if (differs) expect(html, s.id).toContain(`id="date-${key}"`);
        }
      }
    });
  }
});
