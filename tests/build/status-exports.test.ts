/**
 * The built site states each standard's status today first and the draft's
 * status second with its date, links official records, carries citation meta
 * tags, and publishes exports that validate and import.
 */
import { statusFacts } from '~/lib/model/certainty';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { STANDARD_FIELDS } from '~/lib/exports/record';
import { statusToday } from '~/lib/model/status-today';
import { TODAY_STATUS_LABEL } from '~/lib/base/vocabulary';
import { v1StatusText } from '~/lib/i18n/status-text';
import { loadContent, REAL_CONTENT, modelOf } from '../helpers/load-content';
import { read, refs, resolvePath } from '../helpers/html';
import { parseRis } from '../helpers/ris';
import { baseSite, rootSite, type BuiltSite } from '../helpers/sites';

const tax = modelOf(loadContent(REAL_CONTENT));
const sites: [string, () => BuiltSite][] = [
  ['at the root', rootSite],
  ['under a base path', baseSite],
];
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
// The page's own header (its class list may grow), not the site's.
const header = (html: string) => {
  const at = html.search(/<header class="page-header[ "]/);
  expect(at, 'the page header').toBeGreaterThan(-1);
  return html.slice(at, html.indexOf('</header>', at));
};

describe.each(sites)('status, records and exports of the site built %s', (_label, site) => {
  const { dir, base } = site();
  const json = JSON.parse(readFileSync(join(dir, 'data/standards.json'), 'utf8'));
  const built: string = json.dataset.built;

  it.each(tax.standards.map((s) => [s.id, s] as const))('%s leads with today’s status, then the dated V1.0 status, in both languages', (id, s) => {
    const today = statusToday(statusFacts(s), built);
    for (const [locale, page] of [
      ['zh', `standards/${id}/index.html`],
      ['en', `en/standards/${id}/index.html`],
    ] as const) {
      const head = text(header(read(dir, page)));
      const todayAt = head.indexOf(TODAY_STATUS_LABEL[today][locale]);
      const v1At = head.indexOf(v1StatusText(s.status, locale));
      expect(todayAt, `${page}: today's status ${today}`).toBeGreaterThan(-1);
      expect(v1At, `${page}: dated V1.0 status`).toBeGreaterThan(todayAt);
      expect(header(read(dir, page))).toContain(`data-status-today="${today}"`);
    }
  });

  it('says GB/T 45654-2025 is in force first and in development in V1.0 second, with the dates', () => {
    const zh = text(header(read(dir, 'standards/gb-t-45654-2025/index.html')));
    const en = text(header(read(dir, 'en/standards/gb-t-45654-2025/index.html')));
    expect(zh).toMatch(/● 现行 .*V1\.0（2025年1月）中：在研/);
    expect(en).toMatch(/● In force .*In V1\.0 \(Jan 2025\): in development/);
    expect(zh).toMatch(/状态截至 \d{4}年\d{1,2}月\d{1,2}日 ，事实核对于 2026年11月26日/);
    expect(en).toMatch(/Status on \d{1,2} \w+ \d{4} ; facts checked 26 November 2026/);
  });

  it('links the official record exactly where the content gives one, and nowhere else', () => {
    for (const s of tax.standards) {
      for (const page of [`standards/${s.id}/index.html`, `en/standards/${s.id}/index.html`]) {
        const links = refs(read(dir, page)).filter((r) => r.element.includes('data-official-record'));
        expect(
          links.map((l) => l.value),
          page,
        ).toEqual(s.officialRecord ? [s.officialRecord.url] : []);
      }
    }
    // Seven from since-v1.json, five more (the October 2022 batch) from the December 2026 re-check.
    expect(tax.standards.filter((s) => s.officialRecord)).toHaveLength(12);
  });

  it('names what replaced a superseded standard, with a link', () => {
    const html = read(dir, 'standards/tc260-003/index.html');
    expect(text(header(html))).toContain('被代替');
    expect(header(html)).toContain(`href="${base}standards/gb-t-45654-2025/"`);
  });

  it('loads one small script on a standard page: the copy buttons, a few hundred bytes gzipped', () => {
    const scripts = refs(read(dir, 'standards/gb-t-45654-2025/index.html')).filter((r) => r.tag === 'script' && r.attr === 'src');
    expect(scripts).toHaveLength(1);
    const file = resolvePath(dir, base, scripts[0]!.value)!;
    expect(readFileSync(file, 'utf8')).toContain('data-copy');
    expect(gzipSync(readFileSync(file)).length).toBeLessThan(1024);
  });

  it('carries Highwire citation meta tags on every standard page', () => {
    for (const s of tax.standards) {
      for (const page of [`standards/${s.id}/index.html`, `en/standards/${s.id}/index.html`]) {
        const head = read(dir, page).split('</head>')[0]!;
        expect(head, page).toMatch(/<meta name="citation_title" content="[^"]+"/);
        expect(head, page).toMatch(/<meta name="citation_language" content="(zh|en)"/);
        expect(head, page).toMatch(new RegExp(`<meta name="citation_public_url" content="https?://[^"]*${base}(en/)?standards/${s.id}/"`));
        if (s.number) expect(head, page).toContain(`<meta name="citation_technical_report_number" content="${s.number}"`);
        if (s.dates.published) expect(head, page).toContain(`<meta name="citation_date" content="${s.dates.published.date.replaceAll('-', '/')}"`);
      }
    }
  });

  it('links each standard page to its own JSON record and to the data page, and both exist', () => {
    for (const s of tax.standards) {
      const r = refs(read(dir, `en/standards/${s.id}/index.html`));
      const record = r.find((x) => x.element.includes('data-record-json'))!;
      const about = r.find((x) => x.element.includes('data-about-data'))!;
      expect(resolvePath(dir, base, record.value)).toBe(join(dir, `data/standards/${s.id}.json`));
      expect(about.value).toBe(`${base}en/about/data/`);
      expect(existsSync(join(dir, 'about/data/index.html')) && existsSync(join(dir, 'en/about/data/index.html'))).toBe(true);
    }
  });

  it('publishes standards.json and every record file valid against the published schema', () => {
    const schema = JSON.parse(readFileSync(join(dir, 'data/standards.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    const record = ajv.getSchema(`${schema.$id}#/$defs/record`)!;
    for (const s of tax.standards) {
      const file = JSON.parse(readFileSync(join(dir, `data/standards/${s.id}.json`), 'utf8'));
      expect(record(file), `${s.id}: ${ajv.errorsText(record.errors)}`).toBe(true);
      expect(file.standard).toEqual(json.standards.find((x: any) => x.id === s.id));
      expect(file.dataset).toEqual(json.dataset);
    }
    // Each record's own files (its JSON, and its CSL-JSON, BibTeX and RIS), and nothing else: none dropped, none left over.
    expect(readdirSync(join(dir, 'data/standards')).sort()).toEqual(
      json.standards.flatMap((x: any) => ['.json', '.csl.json', '.bib', '.bibtex.bib', '.ris'].map((ending) => `${x.id}${ending}`)).sort(),
    );
    expect(json.dataset.licence.name).toBe('CC BY 4.0');
    const gbt = json.standards.find((x: any) => x.id === 'gb-t-45654-2025');
    expect(gbt).toMatchObject({ status_today: 'in-force', status_in_v1: 'in-development', part: 'C', checked: '2026-11-26' });
    expect(gbt.official_record.url).toMatch(/^https:\/\/std\.samr\.gov\.cn\//);
  });

  it('publishes a CSV with today’s status, labels, the official record and source URLs', () => {
    const csv = readFileSync(join(dir, 'data/standards.csv'), 'utf8');
    const [head, ...rows] = parseCsv(csv, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(rows.map((r) => r[0])).toEqual(json.standards.map((x: any) => x.id));
    for (const col of [
      'status_today',
      'status_today_zh',
      'status_today_en',
      'status_today_as_of',
      'official_record',
      'checked',
      'part',
      'kind_zh',
      'status_in_v1_en',
      'membership_in_v1_en',
      'confidence_dates_en',
      'source_urls',
      'licence',
    ]) {
      expect(head, col).toContain(col);
    }
    expect(csv).toContain('GB/T 45654-2025');
  });

  it('publishes BibTeX and RIS that parse, one entry per standard', () => {
    const bib = parseBibtex(readFileSync(join(dir, 'data/standards.bib'), 'utf8'));
    expect(bib.errors).toEqual([]);
    expect(bib.entries.map((e) => e.key).sort()).toEqual(tax.standards.map((s) => s.id).sort());
    const ris = parseRis(readFileSync(join(dir, 'data/standards.ris'), 'utf8'));
    expect(ris.map((r) => r.ID![0]).sort()).toEqual(tax.standards.map((s) => s.id).sort());
    expect(ris.every((r) => r.TY![0] === 'STAND')).toBe(true);
  });

  it('documents every field of the record on the data page, in both languages', () => {
    for (const page of ['about/data/index.html', 'en/about/data/index.html']) {
      const html = read(dir, page);
      for (const f of STANDARD_FIELDS) expect(html, `${page}: ${f.name}`).toContain(`id="field-${f.name}"`);
      expect(html).toContain('CC BY 4.0');
      expect(html).toContain(`data-dataset-version`);
      // What the CSV does to a cell a spreadsheet would run is said where its columns are.
      expect(html).toMatch(/<p data-csv-formula-rule>[^<]*OWASP/);
    }
  });
});
