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
import takeAwayFilesIntegration, { SHARD_DIR, SHARD_ENDING, TakeAwayFilesError, writeTakeAwayFiles } from '../../src/integrations/take-away-files.mjs';
import { packFiles } from '../../src/integrations/take-away-pack.mjs';
import { handOverTakeAwayShard } from '../../src/integrations/take-away-shards.mjs';
import { pathToFileURL } from 'node:url';
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

const shard = (name: string, files: { path: string; body: string }[]) => writeFileSync(join(site, SHARD_DIR, `${name}${SHARD_ENDING}`), packFiles(files));
const rawShard = (name: string, bytes: string | Uint8Array) => writeFileSync(join(site, SHARD_DIR, `${name}${SHARD_ENDING}`), bytes);

describe('take-away files', () => {
  it('are written where their routes serve them, with the same text, and the shards removed', async () => {
    const [first, ...rest] = tax.standards;
    shard('0', standardTakeAway(tax, first!, SITE));
    shard(
      '1',
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
    ['a shard without its list of files', () => rawShard('0', 'x'), /0\.bin has no list of files/],
    ['a shard whose list is not JSON', () => rawShard('0', '[{\nx'), /0\.bin has a first line that is not JSON/],
    ['a shard whose list is not a list', () => rawShard('0', '{"a.md":1}\nx'), /0\.bin has a first line that is not a list/],
    ['an item without its length', () => rawShard('0', '[["a.md"]]\nx'), /0\.bin has item 0 \["a\.md"\]; expected \[path, bytes\]/],
    ['a shard cut short', () => rawShard('0', packFiles([{ path: 'a.md', body: '人工智能' }]).subarray(0, -2)), /0\.bin lists 12 bytes of files and holds 10/],
    ['a path outside the site', () => shard('0', [{ path: '../escape.md', body: 'x' }]), /item 0 has path "\.\.\/escape\.md"; expected a path inside the site/],
    ['an absolute path', () => shard('0', [{ path: '/etc/x', body: 'x' }]), /item 0 has path "\/etc\/x"/],
    ['a path into the shards', () => shard('0', [{ path: `${SHARD_DIR}/1${SHARD_ENDING}`, body: 'x' }]), /expected a path inside the site/],
    [
      'one file written twice',
      () => {
        shard('0', [{ path: 'a.md', body: 'x' }]);
        shard('1', [{ path: 'a.md', body: 'y' }]);
      },
      /two shards write .*a\.md/,
    ],
    [
      'a file beside the records that no standard names',
      () => {
        shard('0', [{ path: 'data/standards/a.json', body: '{}' }]);
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
    shard('0', [{ path: 'a.md', body: 'first' }]);
    shard('1', [
      { path: 'b.md', body: 'second' },
      { path: '../escape.md', body: 'x' },
    ]);
    await expect(writeTakeAwayFiles(site)).rejects.toThrow(/1\.bin: item 1 has path "\.\.\/escape\.md"/);
    expect(readFileSync(join(site, 'a.md'), 'utf8')).toBe('first');
    expect(existsSync(join(site, 'b.md'))).toBe(false);
    expect(existsSync(join(site, '..', 'escape.md'))).toBe(false);
  });

  it('keep every byte of each file: several languages, empty files, a newline where the list ends', async () => {
    const files = [
      { path: 'a.md', body: '人工智能安全标准体系\n' },
      { path: 'b.md', body: '' },
      { path: 'c.md', body: '\nGB/T 45654—2025 · “生成式” 🙂' },
    ];
    shard('0', files);
    expect(await writeTakeAwayFiles(site)).toBe(3);
    for (const f of files) expect(readFileSync(join(site, f.path), 'utf8')).toBe(f.body);
  });

  it('are written from the shards the route hands over during a build, and a shard handed over outside one stops it', async () => {
    const { hooks } = takeAwayFilesIntegration();
    const call = (hook: keyof typeof hooks, options: unknown) => (hooks[hook] as unknown as (o: unknown) => unknown)(options);
    call('astro:config:done', { config: { outDir: pathToFileURL(`${site}/`) } });
    call('astro:build:start', {});
    handOverTakeAwayShard('0', [{ path: 'a.md', body: '人工智能' }]);
    handOverTakeAwayShard('search', [{ path: 'search/n/0.json', body: '[]' }]);
    call('astro:build:generated', {});
    expect(() => handOverTakeAwayShard('1', [{ path: 'b.md', body: 'late' }])).toThrow(/take-away shard 1: nothing receives it/);
    expect(await writeTakeAwayFiles(site)).toBe(2);
    expect(readFileSync(join(site, 'a.md'), 'utf8')).toBe('人工智能');
    expect(readFileSync(join(site, 'search/n/0.json'), 'utf8')).toBe('[]');
    expect(existsSync(join(site, 'b.md'))).toBe(false);
  });
});
