/**
 * A strict RIS reader: every line is "TAG  - value" (two capitals or a capital
 * and a digit, two spaces, a hyphen, a space), records open with TY and close
 * with ER, and only blank lines sit between records. Anything else throws with
 * its line number, so a file that a lenient importer would half-read fails here.
 */
export type RisRecord = Record<string, string[]>;

export function parseRis(text: string): RisRecord[] {
  const records: RisRecord[] = [];
  let current: RisRecord | undefined;
  text.split(/\r\n/).forEach((line, i) => {
    const where = `line ${i + 1}`;
    if (line === '') {
      if (current) throw new Error(`${where}: blank line inside a record`);
      return;
    }
    const m = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (!m) throw new Error(`${where}: not a "TAG  - value" line: ${JSON.stringify(line)}`);
    const [, tag, value] = m as unknown as [string, string, string];
    if (tag === 'TY') {
      if (current) throw new Error(`${where}: TY before the previous record's ER`);
      current = { TY: [value] };
      return;
    }
    if (!current) throw new Error(`${where}: ${tag} outside a record`);
    if (tag === 'ER') {
      if (value.trim() !== '') throw new Error(`${where}: ER carries a value`);
      records.push(current);
      current = undefined;
      return;
    }
    if (value.trim() === '') throw new Error(`${where}: empty ${tag}`);
    (current[tag] ??= []).push(value);
  });
  if (current) throw new Error('end of file inside a record (no ER)');
  if (!text.endsWith('\r\n')) throw new Error('the file does not end with a line break');
  return records;
}
