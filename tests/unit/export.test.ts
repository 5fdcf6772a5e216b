import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, frameworkJson, standardsCsv, standardsJson } from '../../src/lib/export';
import { buildTaxonomy } from '../../src/lib/taxonomy';
import { FIXTURE, loadContent } from '../helpers/load-content';

const meta = { datasetVersion: '2026-11-24', buildDate: '2026-11-25', siteUrl: 'https://example.org/repo/' };

/** A small RFC 4180 reader, enough to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['人工智能，安全', '人工智能，安全'],
  ])('%j → %j', (input, out) => expect(csvField(input)).toBe(out));
});

describe('exports', () => {
  const raw = loadContent(FIXTURE);
  // Awkward characters in a title must survive the round trip.
  (raw.standards[0]!.data as any).title.en = 'Requirements, "basic"\nand more';
  const tax = buildTaxonomy(raw);

  it('writes a CSV with a byte-order mark that reads back to the content', () => {
    const csv = standardsCsv(tax, meta);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + tax.standards.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const gbt = rows.find((r) => r[col('number')] === 'GB/T 45654-2025')!;
    expect(gbt[col('title_en')]).toBe('Requirements, "basic"\nand more');
    expect(gbt[col('title_zh')]).toBe('网络安全技术 生成式人工智能服务安全基本要求');
    expect(gbt[col('status_in_v1')]).toBe('in-development');
    expect(gbt[col('dataset_version')]).toBe('2026-11-24');
    expect(gbt[col('build_date')]).toBe('2026-11-25');
    expect(gbt[col('url')]).toBe('https://example.org/repo/standards/gb-t-45654-2025/');
  });

  it('writes JSON of every standard with the dataset version and build date', () => {
    const json = JSON.parse(JSON.stringify(standardsJson(tax, meta)));
    expect(json.dataset).toMatchObject({ version: '2026-11-24', built: '2026-11-25' });
    expect(json.standards.map((s: any) => s.number)).toEqual(['GB/T 45654-2025', 'TC260-003']);
    expect(json.standards[0].sources[0]).toEqual({ id: 'S-one', url: 'https://example.org/source' });
  });

  it('writes the framework tree with counts and the inferred risk links', () => {
    const json = JSON.parse(JSON.stringify(frameworkJson(tax, meta)));
    expect(json.framework.map((n: any) => n.code)).toEqual(['A', 'B']);
    const b = json.framework[1];
    expect(b.children[0]).toMatchObject({ id: 'b-sub', standards: ['gb-t-45654-2025'], standards_below: 1 });
    expect(b.standards_below).toBe(1);
    expect(json.risks[0]).toMatchObject({ id: 'inherent-data', standards: ['gb-t-45654-2025'], links_are: 'inferred' });
  });
});
