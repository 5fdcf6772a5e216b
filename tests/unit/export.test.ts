import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { bibEscape, standardsBibtex, standardsRis } from '~/lib/exports/bibliography';
import { frameworkJson, standardRecordFile, standardsJson } from '~/lib/exports/export';
import { standardsSchema } from '~/lib/exports/json-schema';
import { STANDARD_FIELDS } from '~/lib/exports/record';
import { parseRis } from '../helpers/ris';
import { FIXTURE, loadContent, modelOf } from '../helpers/load-content';

const meta = { datasetVersion: '2026-11-24', buildDate: '2026-11-25', siteUrl: 'https://example.org/repo/' };

describe('exports', () => {
  const raw = loadContent(FIXTURE);
  // Awkward characters in a title must survive the round trip.
  (raw.standards[0]!.data as any).title.en = 'Requirements, "basic"\nand more';
  const tax = modelOf(raw);

  it('writes JSON of every standard with the dataset version and build date', () => {
    const json = JSON.parse(JSON.stringify(standardsJson(tax, meta)));
    expect(json.dataset).toMatchObject({ version: '2026-11-24', built: '2026-11-25' });
    expect(json.standards.map((s: any) => s.number)).toEqual(['GB/T 45654-2025', 'TC260-003']);
    expect(json.standards[0].sources[0]).toEqual({ id: 'S-one', title: 'A source', url: 'https://example.org/source', http_only_address: null });
    expect(json.dataset.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
  });

  it('gives today’s status beside the draft’s, with labels, dates and the part letter', () => {
    const [gbt, tc] = standardsJson(tax, meta).standards;
    expect(gbt).toMatchObject({
      part: 'B',
      status_today: 'in-force',
      status_today_label: { zh: '现行', en: 'In force' },
      status_today_as_of: '2026-11-25',
      status_in_v1: 'in-development',
      status_in_v1_label: { zh: '在研', en: 'In development' },
      kind_label: { zh: '推荐性国家标准', en: 'Recommended national standard' },
      confidence_label: { identity: { zh: '已确认', en: 'Confirmed' } },
      checked: '2026-11-24',
      official_record: null,
      record: 'https://example.org/repo/data/standards/gb-t-45654-2025.json',
      url_en: 'https://example.org/repo/en/standards/gb-t-45654-2025/',
    });
    expect(tc!.status_today).toBe('published');
  });

  it('writes records that the published schema accepts, and the schema catches a wrong value', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const schema = standardsSchema('https://example.org/repo/data/standards.schema.json');
    const validate = ajv.compile(schema);
    const json = JSON.parse(JSON.stringify(standardsJson(tax, meta)));
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    const record = ajv.compile({ $ref: 'https://example.org/repo/data/standards.schema.json#/$defs/record' });
    expect(record(JSON.parse(JSON.stringify(standardRecordFile(tax, tax.standards[0]!, meta)))), ajv.errorsText(record.errors)).toBe(true);
    json.standards[0].status_today = 'current';
    json.standards[1].official_record = { url: 'https://example.org/x', sources: [] };
    expect(validate(json)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/standards/0/status_today', '/standards/1/official_record/url']));
    // Compiling the schema takes seconds on a busy machine: a generous limit (this test measures no time).
  }, 60_000);

  it('describes every field a record has, and no other', () => {
    const record = standardsJson(tax, meta).standards[0]!;
    expect(STANDARD_FIELDS.map((f) => f.name)).toEqual(Object.keys(record));
  });

  it('writes BibTeX that parses, one @standard per standard', () => {
    const bib = parseBibtex(standardsBibtex(tax, meta));
    expect(bib.errors).toEqual([]);
    expect(bib.entries.map((e) => e.key)).toEqual(tax.standards.map((s) => s.id));
    const gbt = bib.entries[0]!;
    expect(gbt.type).toBe('standard');
    expect(gbt.fields.number).toBe('GB/T 45654-2025');
    expect(gbt.fields.urldate).toBe('2026-11-25');
    // The awkward title survives BibTeX's escaping.
    expect(gbt.fields.titleaddon).toBe('Requirements, "basic" and more');
  });

  it('escapes BibTeX’s special characters so they read back as written', () => {
    const written = 'A & B: 50% of #1, {x} and $y_z$';
    const bib = parseBibtex(`@misc{k,\n  note = {${bibEscape(written)}}\n}\n`);
    expect(bib.errors).toEqual([]);
    expect(bib.entries[0]!.fields.note).toBe(written);
  });

  it('writes RIS that parses strictly, one TY  - STAND record per standard', () => {
    const records = parseRis(standardsRis(tax, meta));
    expect(records).toHaveLength(tax.standards.length);
    expect(records.map((r) => r.TY)).toEqual(tax.standards.map(() => ['STAND']));
    expect(records[0]).toMatchObject({
      SN: ['GB/T 45654-2025'],
      ID: ['gb-t-45654-2025'],
      Y2: ['2026/11/25'],
      UR: ['https://example.org/repo/standards/gb-t-45654-2025/'],
    });
    expect(() => parseRis('TY  - STAND\r\nTI - broken\r\nER  - \r\n')).toThrow(/line 2/);
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
