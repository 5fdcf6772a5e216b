/**
 * The build writes data/standards/<id>.json in one loop from the finished
 * standards.json (src/integrations/record-files.mjs). Each file is the record
 * file the site has always published, and a record that could not get its
 * file stops the build with a message naming it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordFilesError, writeRecordFiles } from '../../src/integrations/record-files.mjs';
import { standardRecordFile, standardsJson } from '~/lib/exports/export';
import { FIXTURE, loadContent, modelOf } from '../helpers/load-content';

const meta = { datasetVersion: '2026-11-24', buildDate: '2026-11-25', siteUrl: 'https://example.github.io/repo/' };
const tax = modelOf(loadContent(FIXTURE));

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'record-files-'));
  mkdirSync(join(site, 'data'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** standards.json as the build writes it, after `spoil` has had its way with it. */
function built(spoil: (file: any) => void = () => {}): void {
  const file = JSON.parse(JSON.stringify(standardsJson(tax, meta)));
  spoil(file);
  writeFileSync(join(site, 'data/standards.json'), JSON.stringify(file, null, 2));
}

describe('record files', () => {
  it('writes each standard’s file, byte for byte what its own route wrote', async () => {
    built();
    expect(await writeRecordFiles(site)).toBe(tax.standards.length);
    expect(readdirSync(join(site, 'data/standards')).sort()).toEqual(tax.standards.map((s) => `${s.id}.json`).sort());
    for (const s of tax.standards) {
      expect(readFileSync(join(site, `data/standards/${s.id}.json`), 'utf8')).toBe(JSON.stringify(standardRecordFile(tax, s, meta), null, 2));
    }
  });

  it.each([
    ['standards.json is missing', () => {}, /could not read .*data\/standards\.json/],
    ['standards.json is not JSON', () => writeFileSync(join(site, 'data/standards.json'), '{"dataset": '), /could not read .*data\/standards\.json/],
    ['it holds no list of standards', () => built((f) => delete f.standards), /holds no "dataset" with its "site" and "standards" list/],
    ['a record has no id', () => built((f) => delete f.standards[1].id), /standards\[1\] has id undefined; expected lower-case letters, digits and hyphens/],
    ['an id would write outside the folder', () => built((f) => (f.standards[0].id = '../../index')), /standards\[0\] has id "\.\.\/\.\.\/index"/],
    ['two records share an id', () => built((f) => (f.standards[1] = f.standards[0])), /two records with id "gb-t-45654-2025"/],
    [
      'a record gives another address for itself',
      () => built((f) => (f.standards[1].record = 'https://example.github.io/data/standards/tc260-003.json')),
      /standards\[1\] \("tc260-003"\) gives its own address as "https:\/\/example\.github\.io\/data\/standards\/tc260-003\.json"; expected https:\/\/example\.github\.io\/repo\/data\/standards\/tc260-003\.json/,
    ],
    [
      'the folder holds a file no record names',
      () => {
        built();
        mkdirSync(join(site, 'data/standards'));
        writeFileSync(join(site, 'data/standards/old-entry.json'), '{}');
      },
      /data\/standards also holds old-entry\.json, which no record in .* names/,
    ],
  ])('stop the build, naming the problem, when %s', async (_what, arrange, message) => {
    arrange();
    const written = writeRecordFiles(site);
    await expect(written).rejects.toThrow(RecordFilesError);
    await expect(written).rejects.toThrow(message);
  });

  it('write no file when any record is wrong', async () => {
    built((f) => (f.standards[1].id = 'Not An Id'));
    await expect(writeRecordFiles(site)).rejects.toThrow(/standards\[1\]/);
    expect(() => readdirSync(join(site, 'data/standards'))).toThrow(/ENOENT/);
  });
});
