/**
 * The incremental build (INCREMENTAL_BUILD=1), which the GitHub Pages workflow runs from the last build's cache,
 * gives the site a full build gives: after one standard's title changed, every page and file is the one a build
 * from nothing writes, and the search index holds the same pages with the same text. A page's cache key that
 * missed something it shows (src/lib/astro/page-keys.ts) would leave a stale page here; the search index, which
 * reads the last build's pages from the cache before anything renders, would keep a stale page's text.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_PAGES } from '../../src/integrations/search-preload.mjs';
import { readFragments } from '../../src/integrations/search-terms.mjs';
import { REAL_CONTENT } from '../helpers/load-content';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'incremental-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const content = join(temp, 'content');
const CHANGED = join(content, 'standards/gb-t-45654-2025.mdx');
const OLD_TITLE = 'Basic security requirements for generative AI services';
const NEW_TITLE = 'Basic security requirements for generative AI services, revised';
// One build date for the three builds, which would otherwise differ on every page if they crossed midnight UTC.
const SOURCE_DATE_EPOCH = String(Math.floor(Date.now() / 1000));

/** `npm run build` on the copy of the content, into `out`; resolves with its log. */
async function build(out: string, cache: string, incremental: boolean): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE_URL: 'https://example.org',
    CONTENT_DIR: content,
    OUT_DIR: join(temp, out),
    ASTRO_CACHE_DIR: join(temp, cache),
    ASTRO_TELEMETRY_DISABLED: '1',
    INCREMENTAL_BUILD: incremental ? '1' : '',
    SOURCE_DATE_EPOCH,
  };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'])
    delete env[key];
  const r = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, env, maxBuffer: 64 << 20 });
  return r.stdout + r.stderr;
}

/** Every file below `dir`, as paths with "/". */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .replaceAll('\\', '/'),
    )
    .sort();
}

/** A search page without the names of its index's files. */
const withoutIndexName = (html: string) => html.replace(/ data-index="[^"]*"/, '').replace(/ data-cache-tag="[^"]*"/, '');

/** The index's pages, each as its address, text and metadata; in order of address, as the index's own order may differ. */
async function indexedPages(site: string) {
  const fragments = [...(await readFragments(join(site, 'pagefind', 'fragment'))).values()];
  return fragments.map((f) => JSON.stringify([f.url, f.content, f.meta])).sort();
}

let again = '';
beforeAll(async () => {
  cpSync(REAL_CONTENT, content, { recursive: true });
  await build('first', 'cache', true);
  const text = readFileSync(CHANGED, 'utf8');
  if (!text.includes(OLD_TITLE)) throw new Error(`${CHANGED} no longer has the title ${OLD_TITLE}; pick another change`);
  writeFileSync(CHANGED, text.replace(OLD_TITLE, NEW_TITLE));
  again = await build('again', 'cache', true);
  await build('full', 'full-cache', false);
}, 300_000);

describe('an incremental build after one standard changed', () => {
  it('restores the pages that did not change from the cache', () => {
    expect(again).toMatch(/\(restored\)/);
    expect(again).toMatch(/read \d+ pages from the last build's/);
  });

  it('writes every file a full build writes, with the same bytes', () => {
    const site = join(temp, 'again');
    const full = join(temp, 'full');
    const files = filesIn(full).filter((f) => !f.startsWith('pagefind/'));
    expect(filesIn(site).filter((f) => !f.startsWith('pagefind/'))).toEqual(files);
    const differ = files.filter((f) => !readFileSync(join(site, f)).equals(readFileSync(join(full, f))));
    // The search pages name their own index, whose file names follow the order Pagefind read the pages in.
    expect(differ.filter((f) => !SEARCH_PAGES.includes(f))).toEqual([]);
    for (const page of SEARCH_PAGES) {
      expect(withoutIndexName(readFileSync(join(site, page), 'utf8'))).toBe(withoutIndexName(readFileSync(join(full, page), 'utf8')));
      const index = /data-index="([^"]+)"/.exec(readFileSync(join(site, page), 'utf8'))?.[1];
      expect(readdirSync(join(site, 'pagefind'))).toContain(`pagefind.${index}.pf_meta`);
    }
    // The change reached the pages: the standard's own, and those of the standards that name it.
    expect(readFileSync(join(site, 'en/standards/gb-t-45654-2025/index.html'), 'utf8')).toContain(NEW_TITLE);
    expect(readFileSync(join(site, 'en/standards/tc260-003/index.html'), 'utf8')).toContain(NEW_TITLE);
  });

  it('indexes the same pages with the same text for search', async () => {
    const pages = await indexedPages(join(temp, 'again'));
    expect(pages).toEqual(await indexedPages(join(temp, 'full')));
    const changed = pages.map((p) => JSON.parse(p) as [string, string, Record<string, string>]).find(([url]) => url.endsWith('/en/standards/gb-t-45654-2025/'));
    expect(changed?.[2].title).toContain(NEW_TITLE);
  });
});
