/**
 * While Astro renders, the pages it has written are handed to the search index in batches: only pages a search
 * finds, only once many more have been rendered after them, and never a file not yet written in full. A page that
 * changes after it was handed on is named, so that the index is built again rather than kept with a half page.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RenderedPageBatches } from '../../src/integrations/rendered-page-batches.mjs';

const temp = mkdtempSync(join(tmpdir(), 'rendered-page-batches-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function siteWith(name: string, pages: string[]): string {
  const dir = join(temp, name);
  for (const page of pages) {
    mkdirSync(join(dir, page), { recursive: true });
    writeFileSync(join(dir, page, 'index.html'), `<html><body>${page}</body></html>`);
  }
  return dir;
}

function batches(siteDir: string, send?: (files: string[]) => Promise<unknown>) {
  const sent: string[][] = [];
  const feed = new RenderedPageBatches({
    siteDir,
    base: '/repo/',
    wanted: (file) => file.startsWith('standards/'),
    send: send ?? (async (files) => sent.push(files)),
    firstBatch: 2,
    maxBatch: 3,
    margin: 1,
  });
  return { feed, sent };
}

describe('pages handed to the index while the rest render', () => {
  it('hands on the pages a search finds, in growing batches, each once a page more has been rendered after it', async () => {
    const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const dir = siteWith('order', [...letters.map((l) => `standards/${l}`), 'about']);
    const { feed, sent } = batches(dir);
    feed.rendered('/repo/standards/a/');
    feed.rendered('/repo/about/'); // not a page the index reads
    feed.rendered('/elsewhere/standards/x/'); // not below the base path
    feed.rendered('/repo/standards/b/');
    expect(sent).toEqual([]); // a and b wait for one more page
    for (const l of letters.slice(2)) feed.rendered(`/repo/standards/${l}/`);
    const { sent: all, changed, error } = await feed.stop();
    const file = (l: string) => `standards/${l}/index.html`;
    // A batch of 2, then one as large as all before it (2), then 4 capped at 3; h is still waiting at the end.
    expect(sent).toEqual([['a', 'b'].map(file), ['c', 'd'].map(file), ['e', 'f', 'g'].map(file)]);
    expect([...all]).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(file));
    expect(changed).toEqual([]);
    expect(error).toBeUndefined();
  });

  it('leaves a page whose file is not written yet for the end', async () => {
    const dir = siteWith('unwritten', ['standards/a', 'standards/c']);
    const { feed, sent } = batches(dir);
    for (const l of ['a', 'b', 'c']) feed.rendered(`/repo/standards/${l}/`);
    const { sent: all } = await feed.stop();
    expect(sent).toEqual([['standards/a/index.html']]);
    expect([...all]).toEqual(['standards/a/index.html']);
  });

  it('leaves a page whose file is not yet as long as the page rendered for the end', async () => {
    const dir = siteWith('half-written', ['standards/a', 'standards/b', 'standards/c']);
    const { feed, sent } = batches(dir);
    const whole = (l: string) => `<html><body>standards/${l}</body></html>`.length;
    feed.rendered('/repo/standards/a/', whole('a'));
    feed.rendered('/repo/standards/b/', whole('b') + 40); // the rest of b is still being written
    feed.rendered('/repo/standards/c/', whole('c'));
    const { sent: all, changed } = await feed.stop();
    expect(sent).toEqual([['standards/a/index.html']]);
    expect([...all]).toEqual(['standards/a/index.html']);
    expect(changed).toEqual([]);
  });

  it('names a page that changed after it was handed on', async () => {
    const dir = siteWith('changed', ['standards/a', 'standards/b', 'standards/c']);
    const { feed, sent } = batches(dir);
    for (const l of ['a', 'b', 'c']) feed.rendered(`/repo/standards/${l}/`);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    appendFileSync(join(dir, 'standards/b/index.html'), '<p>the rest of the page</p>');
    expect((await feed.stop()).changed).toEqual(['standards/b/index.html']);
  });

  it('hands on nothing more once a batch fails, and reports why', async () => {
    const dir = siteWith('failing', ['standards/a', 'standards/b', 'standards/c', 'standards/d', 'standards/e', 'standards/f']);
    const calls: string[][] = [];
    const { feed } = batches(dir, async (files) => {
      calls.push(files);
      throw new Error('Pagefind could not read standards/a/index.html');
    });
    for (const l of ['a', 'b', 'c', 'd', 'e', 'f']) feed.rendered(`/repo/standards/${l}/`);
    const { error } = await feed.stop();
    expect(calls).toHaveLength(1);
    expect(String(error)).toContain('could not read standards/a/index.html');
  });
});
