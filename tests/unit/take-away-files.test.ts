/**
 * A build writes each standard's own files (JSON record, twins, feeds,
 * CSL-JSON, BibTeX, RIS) in one loop from the shards a route rendered
 * (src/integrations/take-away-files.mjs): every file in its place, with the
 * text of the one list, and the shards gone; a shard that is missing,
 * malformed or points outside the site, or a stray file beside the records,
 * stops the build and names it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARD_DIR, TakeAwayFilesError, writeTakeAwayFiles } from '../../src/integrations/take-away-files.mjs';
import { standardTakeAway } from '~/lib/exports/take-away';
import { standardRecordFile } from '~/lib/exports/export';
import { exportMeta } from '~/lib/exports/meta';
import { standardTwin } from '~/lib/exports/twins';
import { standardFeed } from '~/lib/exports/feed-of';
import { FIXTURE, loadContent, modelOf } from '../helpers/load-content';

const tax = modelOf(loadContent(FIXTURE), '2026-12-03');
const SITE = new URL('https://example.org/');

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'take-away-'));
  mkdirSync(join(site, SHARD_DIR));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

const shard = (name: string, files: unknown) => writeFileSync(join(site, SHARD_DIR, name), JSON.stringify(files));

describe('take-away files', () => {
  it('are written where their routes serve them, with the same text, and the shards removed', async () => {
    const [first, ...rest] = tax.standards;
    shard('0.json', standardTakeAway(tax, first!, SITE));
    shard(
      '1.json',
      rest.flatMap((s) => standardTakeAway(tax, s, SITE)),
    );
    const written = await writeTakeAwayFiles(site);
    expect(written).toBe(tax.standards.length * 9);
    for (const s of tax.standards) {
      const record = readFileSync(join(site, `data/standards/${s.id}.json`), 'utf8');
      expect(record).toBe(JSON.stringify(standardRecordFile(tax, s, exportMeta(tax, SITE)), null, 2));
      // The record names the address it is written at.
      expect(JSON.parse(record).standard.record).toBe(new URL(`data/standards/${s.id}.json`, SITE).href);
      const abs = (path: string) => new URL(path, SITE).href;
      expect(readFileSync(join(site, `standards/${s.id}.md`), 'utf8')).toBe(standardTwin(tax, s, 'zh', abs));
      expect(readFileSync(join(site, `en/standards/${s.id}/feed.xml`), 'utf8')).toBe(standardFeed(tax, s.id, 'en', SITE));
      for (const ending of ['.csl.json', '.bib', '.bibtex.bib', '.ris'])
        expect(existsSync(join(site, `data/standards/${s.id}${ending}`)), `${s.id}${ending}`).toBe(true);
    }
    expect(existsSync(join(site, SHARD_DIR))).toBe(false);
  });

  it.each([
    ['no shard at all', () => {}, /holds no shard/],
    ['a shard that is not JSON', () => writeFileSync(join(site, SHARD_DIR, '0.json'), '[{'), /could not read .*0\.json/],
    ['a shard that is not a list', () => shard('0.json', { path: 'a', body: 'b' }), /0\.json is not a list/],
    ['an item without a body', () => shard('0.json', [{ path: 'a.md' }]), /0\.json: item 0 has no string "path" and "body"/],
    [
      'a path outside the site',
      () => shard('0.json', [{ path: '../escape.md', body: 'x' }]),
      /item 0 has path "\.\.\/escape\.md"; expected a path inside the site/,
    ],
    ['an absolute path', () => shard('0.json', [{ path: '/etc/x', body: 'x' }]), /item 0 has path "\/etc\/x"/],
    ['a path into the shards', () => shard('0.json', [{ path: `${SHARD_DIR}/1.json`, body: 'x' }]), /expected a path inside the site/],
    [
      'one file written twice',
      () => {
        shard('0.json', [{ path: 'a.md', body: 'x' }]);
        shard('1.json', [{ path: 'a.md', body: 'y' }]);
      },
      /two shards write .*a\.md/,
    ],
    [
      'a file beside the records that no standard names',
      () => {
        shard('0.json', [{ path: 'data/standards/a.json', body: '{}' }]);
        mkdirSync(join(site, 'data/standards'), { recursive: true });
        writeFileSync(join(site, 'data/standards/old-entry.json'), '{}');
      },
      /data\/standards also holds old-entry\.json, which no standard's list names/,
    ],
  ])('stop the build on %s, naming it', async (_what, spoil, message) => {
    spoil();
    const error = await writeTakeAwayFiles(site).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TakeAwayFilesError);
    expect((error as Error).message).toMatch(message);
    expect(existsSync(join(site, '..', 'escape.md'))).toBe(false);
    // A shard's files are written once the whole shard is checked: a file a later shard writes again keeps the first.
    if (existsSync(join(site, 'a.md'))) expect(readFileSync(join(site, 'a.md'), 'utf8')).toBe('x');
  });

  it('write each shard once it is checked, so a bad shard leaves none of its own files', async () => {
    shard('0.json', [{ path: 'a.md', body: 'first' }]);
    shard('1.json', [
      { path: 'b.md', body: 'second' },
      { path: '../escape.md', body: 'x' },
    ]);
    await expect(writeTakeAwayFiles(site)).rejects.toThrow(/1\.json: item 1 has path "\.\.\/escape\.md"/);
    expect(readFileSync(join(site, 'a.md'), 'utf8')).toBe('first');
    expect(existsSync(join(site, 'b.md'))).toBe(false);
    expect(existsSync(join(site, '..', 'escape.md'))).toBe(false);
  });
});
