/**
 * The strict CSV reader behind "Download these rows": it reads what csvField
 * writes, keeps each record byte for byte, and refuses what RFC 4180 does not allow.
 */
import { describe, expect, it } from 'vitest';
import { csvField } from '~/lib/exports/csv-field';
import { CsvError, readCsv, selectRecords } from '~/lib/exports/csv-read';

const write = (rows: string[][]) => `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;

describe('reading a CSV', () => {
  const awkward = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'a, "quoted" title', 'two\r\nlines', '', '人脸识别'];
  const file = write([
    ['id', 'title', 'note'],
    ['a', awkward[0]!, awkward[4]!],
    ['b', awkward[5]!, awkward[1]!],
    ['c', awkward[7]!, awkward[6]!],
  ]);

  it('gives back every cell as written, quotes, commas and line breaks included', () => {
    const csv = readCsv(file);
    expect(csv.preamble).toBe('\uFEFF');
    expect(csv.header.fields).toEqual(['id', 'title', 'note']);
    expect(csv.records.map((r) => r.fields)).toEqual([
      ['a', `'${awkward[0]}`, awkward[4]],
      ['b', awkward[5], `'${awkward[1]}`],
      ['c', awkward[7], ''],
    ]);
  });

  it('keeps the chosen records byte for byte, in the order asked, with the header and the byte-order mark', () => {
    const out = selectRecords(readCsv(file), 'id', ['c', 'a', 'c']);
    const lines = file.slice(1).split('\r\n');
    expect(out).toBe(`\uFEFF${lines[0]}\r\n${[file.split('\r\n').find((l) => l.startsWith('c,'))].join('')}\r\n${lines[1]}\r\n`);
    expect(readCsv(out).records.map((r) => r.fields[0])).toEqual(['c', 'a']);
  });

  it('refuses what RFC 4180 does not allow, saying where and what was expected', () => {
    expect(() => readCsv('id,title\r\na,b"c\r\n')).toThrow(/record 2 .*quote inside an unquoted cell/);
    expect(() => readCsv('id,title\r\na,"b"c\r\n')).toThrow(/after a closing quote; expected a comma/);
    expect(() => readCsv('id,title\r\na,"open\r\n')).toThrow(/never closed/);
    expect(() => readCsv('id,title\na,b\n')).toThrow(/line feed without a carriage return/);
    expect(() => readCsv('id,title\r\na\r\n')).toThrow(/1 cells; expected 2/);
    expect(() => readCsv('\uFEFF')).toThrow(CsvError);
  });

  it('says which id it cannot find, rather than leaving a row out', () => {
    expect(() => selectRecords(readCsv(file), 'id', ['a', 'zz'])).toThrow(/no record whose "id" is "zz"/);
    expect(() => selectRecords(readCsv(file), 'number', ['a'])).toThrow(/no column "number"/);
  });
});
