/**
 * The export record's one definition (src/lib/exports/record.ts) holds every
 * real record, and the JSON Schema generated from it accepts what the
 * definition accepts and rejects what it rejects.
 */
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { standardRecordFile, standardsJson } from '~/lib/exports/export';
import { standardsSchema } from '~/lib/exports/json-schema';
import { DATASET_FIELDS, STANDARD_FIELDS, recordFileSchema, standardRecordSchema, standardsFileSchema } from '~/lib/exports/record';
import { OFFICIAL_RECORD_HOSTS } from '~/lib/base/vocabulary';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';

const SCHEMA_URL = 'https://example.github.io/repo/data/standards.schema.json';
const meta = { datasetVersion: '2026-11-24', buildDate: '2026-12-03', siteUrl: 'https://example.github.io/repo/' };
const tax = modelOf(loadContent(REAL_CONTENT));
/** As a reader gets it: through JSON. */
const json = JSON.parse(JSON.stringify(standardsJson(tax, meta)));

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(standardsSchema(SCHEMA_URL));
  return { ajv, validate, record: ajv.getSchema(`${SCHEMA_URL}#/$defs/record`)! };
}

describe('the export record’s definition', () => {
  const records: [string, unknown][] = json.standards.map((r: any) => [r.id, r]);
  it.each(records)('holds the real record of %s', (_id, record) => {
    const parsed = standardRecordSchema.safeParse(record);
    expect(parsed.error?.issues ?? []).toEqual([]);
    // Nothing is dropped or added on the way.
    expect(parsed.data).toEqual(record);
  });

  it('holds standards.json and each record file', () => {
    expect(standardsFileSchema.safeParse(json).error?.issues ?? []).toEqual([]);
    for (const s of tax.standards) {
      const file = JSON.parse(JSON.stringify(standardRecordFile(tax, s, meta)));
      expect(recordFileSchema.safeParse(file).error?.issues ?? [], s.id).toEqual([]);
    }
  });

  it('documents every field, in both languages, in the record’s order', () => {
    expect(STANDARD_FIELDS.map((f) => f.name)).toEqual(Object.keys(json.standards[0]));
    expect(DATASET_FIELDS.map((f) => f.name)).toEqual(Object.keys(json.dataset));
    for (const f of [...STANDARD_FIELDS, ...DATASET_FIELDS]) {
      expect(f.description.zh, f.name).not.toBe('');
      expect(f.description.en, f.name).not.toBe('');
    }
  });

  it('names every official platform where it describes the official record', () => {
    const field = STANDARD_FIELDS.find((f) => f.name === 'official_record')!;
    for (const host of OFFICIAL_RECORD_HOSTS) {
      expect(field.description.zh).toContain(host);
      expect(field.description.en).toContain(host);
    }
  });
});

describe('standards.schema.json', () => {
  it('is JSON Schema 2020-12 that accepts the real standards.json and every record file', () => {
    const { ajv, validate, record } = validator();
    const schema = standardsSchema(SCHEMA_URL);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_URL);
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    for (const s of tax.standards) {
      const file = JSON.parse(JSON.stringify(standardRecordFile(tax, s, meta)));
      expect(record(file), `${s.id}: ${ajv.errorsText(record.errors)}`).toBe(true);
    }
  });

  it('describes each field in English, as the definition does', () => {
    const standard = standardsSchema(SCHEMA_URL).$defs!.standard as any;
    for (const f of STANDARD_FIELDS) expect(standard.properties[f.name].description, f.name).toBe(f.description.en);
    expect(standard.required).toEqual(STANDARD_FIELDS.map((f) => f.name));
    expect(standard.additionalProperties).toBe(false);
  });

  it.each([
    ['a status today outside the vocabulary', '/standards/0/status_today', (r: any) => (r.status_today = 'current')],
    [
      'an official record on another host',
      '/standards/0/official_record/url',
      (r: any) => (r.official_record = { url: 'https://example.org/x', sources: r.sources }),
    ],
    [
      'an official record without a source',
      '/standards/0/official_record/sources',
      (r: any) => (r.official_record = { url: `https://${OFFICIAL_RECORD_HOSTS[0]}/x`, sources: [] }),
    ],
    ['a source linked over http', '/standards/0/sources/0/url', (r: any) => (r.sources[0].url = 'http://example.org/')],
    ['a part that is not a letter', '/standards/0/part', (r: any) => (r.part = 'AB')],
    ['a date that is not a date', '/standards/0/published', (r: any) => (r.published = '25 April 2025')],
    ['a null where a text belongs', '/standards/0/title/en', (r: any) => (r.title.en = null)],
    ['a field the record does not have', '/standards/0', (r: any) => (r.extra = 1)],
    ['an id that cannot name a file', '/standards/0/id', (r: any) => (r.id = '../x')],
  ])('rejects %s, as the definition does', (_what, path, spoil) => {
    const bad = structuredClone(json);
    spoil(bad.standards[0]);
    const { validate } = validator();
    expect(validate(bad)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain(path);
    const issues = standardsFileSchema.safeParse(bad).error?.issues ?? [];
    expect(issues.map((i) => `/${i.path.join('/')}`)).toContain(path);
  });
});
