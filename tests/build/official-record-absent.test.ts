/**
 * Where no source gives a standard's official record: its page says so in
 * words and names the national standards platform, and the exports keep
 * official_record null with the reason beside it, in JSON and CSV alike.
 * Nowhere is a record address built.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { STANDARD_FIELDS } from '~/lib/exports/record';
import { CSV_COLUMNS } from '~/lib/exports/csv';
import { isNationalStandard } from '~/lib/i18n/record-text';
import { LOCALES, NATIONAL_PLATFORM_HOSTS } from '~/lib/base/vocabulary';
import { localePrefix } from '~/lib/i18n/locale';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';
import { read } from '../helpers/html';
import { rootSite } from '../helpers/sites';

const tax = modelOf(loadContent(REAL_CONTENT));
const { dir } = rootSite();
const json = JSON.parse(readFileSync(join(dir, 'data/standards.json'), 'utf8'));
const csv = parseCsv(readFileSync(join(dir, 'data/standards.csv'), 'utf8'), { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
const national = tax.standards.filter((s) => isNationalStandard(s.kind));

describe('a national standard without a linked official record', () => {
  it('is among the content, so the checks below check something', () => {
    expect(national.filter((s) => !s.officialRecord).length).toBeGreaterThan(0);
    expect(national.filter((s) => s.officialRecord).length).toBeGreaterThan(0);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every such page says so in its summary, naming the platform, and no page with a record does`, () => {
      for (const s of tax.standards) {
        const html = read(dir, `${localePrefix(locale)}standards/${s.id}/index.html`);
        const summary = html.slice(html.indexOf('<aside class="entry-summary"'), html.indexOf('</aside>', html.indexOf('<aside class="entry-summary"')));
        const absent = summary.match(/<p class="official-record-absent"[^>]*>([\s\S]*?)<\/p>/);
        expect(Boolean(absent), s.id).toBe(!s.officialRecord);
        if (!absent || !isNationalStandard(s.kind)) continue;
        for (const host of NATIONAL_PLATFORM_HOSTS) expect(absent[1], s.id).toContain(host);
        if (s.number) expect(absent[1], s.id).toContain(s.number);
        expect(absent[1], `${s.id}: no link is made up`).not.toMatch(/<a\b|https?:/);
      }
    });
  }
});

describe('the exports', () => {
  it('document the reason field beside official_record, in the schema’s field list and the CSV', () => {
    const names = STANDARD_FIELDS.map((f) => f.name);
    expect(names.indexOf('official_record_note')).toBe(names.indexOf('official_record') + 1);
    expect(CSV_COLUMNS.map((c) => c.name)).toEqual(expect.arrayContaining(['official_record_note_zh', 'official_record_note_en']));
    const dataPage = read(dir, 'about/data/index.html');
    expect(dataPage).toContain('official_record_note');
  });

  it('keep official_record null with a reason exactly where no record is linked, in JSON and CSV alike', () => {
    for (const r of json.standards) {
      const s = tax.standard(r.id);
      const row = csv.find((x) => x.id === r.id)!;
      if (s.officialRecord) {
        expect(r.official_record.url).toBe(s.officialRecord.url);
        expect(r.official_record_note, r.id).toBeNull();
        expect([row.official_record_note_zh, row.official_record_note_en]).toEqual(['', '']);
      } else {
        expect(r.official_record, r.id).toBeNull();
        expect(r.official_record_note.zh, r.id).toBeTruthy();
        expect(r.official_record_note.en, r.id).toBeTruthy();
        expect([row.official_record_note_zh, row.official_record_note_en]).toEqual([r.official_record_note.zh, r.official_record_note.en]);
        expect(row.official_record).toBe('');
        if (isNationalStandard(s.kind)) for (const host of NATIONAL_PLATFORM_HOSTS) expect(r.official_record_note.en).toContain(host);
        expect(JSON.stringify(r.official_record_note), 'no address is built').not.toMatch(/https?:/);
      }
    }
  });
});

describe('the table filters without JavaScript only', () => {
  it('scopes every generated rule to a table whose element is not yet defined', () => {
    const css = readFileSync(join(dir, 'filters.css'), 'utf8');
    const selectors = css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('{')
      .slice(0, -1)
      .map((chunk) => chunk.slice(chunk.lastIndexOf('}') + 1).trim())
      .filter((sel) => sel && !sel.startsWith('@media'))
      .flatMap((sel) => sel.split(',\n'));
    expect(selectors.length).toBeGreaterThan(100);
    for (const sel of selectors) expect(sel).toContain('standard-filters:not(:defined) .filterable');
  });
});
