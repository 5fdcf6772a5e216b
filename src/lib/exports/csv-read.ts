/**
 * A small strict reader of RFC 4180 CSV, the inverse of csv-field.ts, for the
 * browser: the table's "Download these rows" takes the published
 * standards.csv and keeps the records it shows, each exactly as the file
 * writes it, so escaping and formula neutralising are the file's own.
 * Import-light on purpose, like csv-field.ts.
 */

export interface CsvRecord {
  /** The record's cells, unquoted. */
  fields: string[];
  /** The record exactly as the file writes it, without its line break. */
  raw: string;
}

export interface CsvFile {
  /** Text before the header: the byte-order mark, if there is one. */
  preamble: string;
  header: CsvRecord;
  records: CsvRecord[];
}

export class CsvError extends Error {}

/**
 * Reads a CSV whose records end in CRLF, as RFC 4180 says. Anything else is
 * refused with the record and what was expected: a quote inside an unquoted
 * cell, text after a closing quote, a quoted cell left open, a bare line feed
 * or carriage return, a record with more or fewer cells than the header.
 */
export function readCsv(text: string): CsvFile {
  const preamble = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const records: CsvRecord[] = [];
  let i = preamble.length;
  const fail = (what: string): never => {
    throw new CsvError(`CSV record ${records.length + 1} (character ${i}): ${what}`);
  };
  while (i < text.length) {
    const begin = i;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const quote = text.indexOf('"', i);
          if (quote < 0) fail('a quoted cell is never closed; expected a closing quote');
          value += text.slice(i, quote);
          i = quote + 1;
          if (text[i] !== '"') break;
          value += '"';
          i++;
        }
        if (i < text.length && text[i] !== ',' && text[i] !== '\r')
          fail(`${JSON.stringify(text[i])} after a closing quote; expected a comma or the end of the record`);
      } else {
        const end = text.slice(i).search(/[,\r\n"]/);
        const stop = end < 0 ? text.length : i + end;
        if (text[stop] === '"') fail('a quote inside an unquoted cell; expected the cell to be quoted, with its quotes doubled');
        if (text[stop] === '\n') fail('a line feed without a carriage return; expected records to end in CRLF');
        value = text.slice(i, stop);
        i = stop;
      }
      fields.push(value);
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    const raw = text.slice(begin, i);
    if (i < text.length) {
      if (text[i] !== '\r' || text[i + 1] !== '\n') fail('a carriage return without a line feed; expected records to end in CRLF');
      i += 2;
    }
    const width = records[0]?.fields.length;
    if (width !== undefined && fields.length !== width) fail(`${fields.length} cells; expected ${width}, as in the header`);
    records.push({ fields, raw });
  }
  const [header, ...rest] = records;
  if (!header) throw new CsvError('CSV file is empty; expected a header record');
  return { preamble, header, records: rest };
}

/**
 * The file again with only the records whose `column` holds one of `keep`,
 * in the order of `keep`, each byte for byte as it was.
 */
export function selectRecords(file: CsvFile, column: string, keep: readonly string[]): string {
  const at = file.header.fields.indexOf(column);
  if (at < 0) throw new CsvError(`CSV header has no column "${column}"`);
  const byKey = new Map(file.records.map((r) => [r.fields[at]!, r]));
  const chosen = [...new Set(keep)].map((key) => {
    const record = byKey.get(key);
    if (!record) throw new CsvError(`CSV has no record whose "${column}" is ${JSON.stringify(key)}`);
    return record.raw;
  });
  return `${file.preamble}${[file.header.raw, ...chosen].join('\r\n')}\r\n`;
}
