/**
 * The search index step fails the build whenever Pagefind reports an error, or
 * writes something no search page could use. Runs the integration's function
 * on small folders with the real Pagefind, and on a stand-in module for the
 * errors real Pagefind only gives when something is badly wrong.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pagefindIntegration, {
  buildSearchIndex,
  filesMatching,
  finishSearchIndex,
  INDEXED_PAGES,
  openSearchIndex,
  PagefindBuildError,
} from '../../src/integrations/pagefind.mjs';
import { RenderedPageBatches } from '../../src/integrations/rendered-page-batches.mjs';
import { reportRenderedPage } from '../../src/integrations/rendered-pages.mjs';
import { readFragments } from '../../src/integrations/search-terms.mjs';

const temp = mkdtempSync(join(tmpdir(), 'pagefind-errors-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A built site in miniature: one page per language, in the folders the real site uses. */
function site(name: string, pages: Record<string, string>): string {
  const dir = join(temp, name);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}
const page = (lang: string, text: string) =>
  `<!doctype html><html lang="${lang}"><body><main data-pagefind-body><h1>${text}</h1><p>${text}</p></main></body></html>`;
const bilingual = () => ({
  'standards/x/index.html': page('zh-CN', '生成式人工智能服务安全基本要求'),
  'en/standards/x/index.html': page('en', 'Basic security requirements for generative AI services'),
});
const LANGUAGES = ['zh-cn', 'en'];

/** A stand-in for the pagefind module whose every call succeeds unless told otherwise. */
function fakePagefind(fail: Partial<Record<'createIndex' | 'addDirectory' | 'writeFiles', string[]>> & { pageCount?: number; hang?: boolean } = {}) {
  const calls: string[] = [];
  const index = {
    addDirectory: async () => (calls.push('addDirectory'), { errors: fail.addDirectory ?? [], page_count: fail.pageCount ?? 2 }),
    writeFiles: async ({ outputPath }: { outputPath: string }) => {
      calls.push('writeFiles');
      if (!fail.writeFiles) {
        mkdirSync(outputPath, { recursive: true });
        writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { page_count: 1 }, 'zh-cn': { page_count: 1 } } }));
      }
      return { errors: fail.writeFiles ?? [], outputPath };
    },
  };
  const module = {
    createIndex: (() => {
      calls.push('createIndex');
      if (fail.hang) return new Promise(() => undefined);
      return Promise.resolve(fail.createIndex ? { errors: fail.createIndex } : { errors: [], index });
    }) as never,
    close: async () => (calls.push('close'), null),
  };
  return { module, calls };
}

describe('the search index step, with Pagefind itself', () => {
  it('indexes a site with one index per language', async () => {
    const dir = site('good', bilingual());
    await expect(buildSearchIndex({ siteDir: dir, languages: LANGUAGES })).resolves.toEqual({ pages: 2, languages: { 'zh-cn': 1, en: 1 } });
  });

  it('fails when Pagefind reports an error while indexing', async () => {
    const dir = site('bad-selector', bilingual());
    // An empty root selector makes every page's parse fail inside Pagefind.
    const run = buildSearchIndex({ siteDir: dir, languages: LANGUAGES, config: { rootSelector: '%' } });
    await expect(run).rejects.toThrow(PagefindBuildError);
    await expect(run).rejects.toThrow(/addDirectory\(.*\) reported \d+ error\(s\):[\s\S]*EmptySelector/);
  });

  it('fails when there is nothing to index', async () => {
    // Only entry pages are indexed; a site with none of them has nothing to search.
    const dir = site('empty', { 'elsewhere/index.html': page('en', 'Not an entry page') });
    await expect(buildSearchIndex({ siteDir: dir, languages: LANGUAGES })).rejects.toThrow(/no page to index in .*empty/);
    await expect(buildSearchIndex({ siteDir: join(temp, 'no-such-folder'), languages: LANGUAGES })).rejects.toThrow(/no page to index/);
  });

  it('fails when a page starts an index in a language no search page reads', async () => {
    const dir = site('stray-language', { ...bilingual(), 'en/standards/y/index.html': page('en-GB', 'A page marked British English') });
    await expect(buildSearchIndex({ siteDir: dir, languages: LANGUAGES })).rejects.toThrow('indexed languages are [en, en-gb, zh-cn], expected [en, zh-cn]');
  });

  it('fails when a language has no page', async () => {
    const dir = site('one-language', { 'standards/x/index.html': page('zh-CN', '人脸识别') });
    await expect(buildSearchIndex({ siteDir: dir, languages: LANGUAGES })).rejects.toThrow('indexed languages are [zh-cn], expected [en, zh-cn]');
  });
});

describe('the search index step, with every error Pagefind can report', () => {
  it.each([
    ['createIndex', { createIndex: ['bad config'] }, /createIndex reported 1 error\(s\):\n {2}bad config/],
    [
      'addDirectory',
      { addDirectory: ['could not read a.html', 'could not read b.html'] },
      /addDirectory\(.*\) reported 2 error\(s\):\n {2}could not read a\.html\n {2}could not read b\.html/,
    ],
    ['writeFiles', { writeFiles: ['disk full'] }, /writeFiles\(.*pagefind\) reported 1 error\(s\):\n {2}disk full/],
  ] satisfies [string, Parameters<typeof fakePagefind>[0], RegExp][])(
    'throws when %s reports errors, and stops the Pagefind process',
    async (_stage, fail, message) => {
      const { module, calls } = fakePagefind(fail);
      await expect(buildSearchIndex({ siteDir: site(`fake-${_stage}`, {}), languages: LANGUAGES, pagefind: module })).rejects.toThrow(message);
      expect(calls.at(-1)).toBe('close');
    },
  );

  it('throws when Pagefind never answers, rather than ending the build as if it had', async () => {
    const { module, calls } = fakePagefind({ hang: true });
    await expect(buildSearchIndex({ siteDir: temp, languages: LANGUAGES, pagefind: module, timeoutMs: 50 })).rejects.toThrow(
      'createIndex did not answer within 0.05 s',
    );
    expect(calls).toEqual(['createIndex', 'close']);
  });

  it('fails the Astro build from its build:done hook', async () => {
    const { module } = fakePagefind({ addDirectory: ['broken page'] });
    const integration = pagefindIntegration({ languages: LANGUAGES, pagefind: module });
    const hook = integration.hooks['astro:build:done'] as unknown as (o: { dir: URL; logger: { info(m: string): void } }) => Promise<void>;
    await expect(hook({ dir: pathToFileURL(`${site('hook', {})}/`), logger: { info() {} } })).rejects.toThrow(
      /^Search index \(Pagefind\): addDirectory.*broken page/s,
    );
  });

  it('starts indexing once the pages are written, and still fails the build when it is done', async () => {
    const { module, calls } = fakePagefind({ addDirectory: ['broken page'] });
    const integration = pagefindIntegration({ languages: LANGUAGES, pagefind: module });
    type Hook = (o: { dir: URL; logger: { info(m: string): void } }) => unknown;
    const options = { dir: pathToFileURL(`${site('early', {})}/`), logger: { info() {} } };
    await (integration.hooks['astro:build:generated'] as unknown as Hook)(options);
    // Pagefind is at work while the other integrations write their files.
    expect(calls[0]).toBe('createIndex');
    await expect((integration.hooks['astro:build:done'] as unknown as Hook)(options)).rejects.toThrow(/^Search index \(Pagefind\): addDirectory.*broken page/s);
    expect(calls.filter((c) => c === 'createIndex')).toHaveLength(1);
  });
});

describe('the search index read while the pages render', () => {
  /** Every indexed page's text, without the zero-width spaces Pagefind puts between Chinese words. */
  const indexedText = async (dir: string) =>
    [...(await readFragments(join(dir, 'pagefind', 'fragment'))).values()].map((f) => f.content.replaceAll('\u200b', '')).join('\n');

  it.each([
    ['a build', {}, ['createIndex', 'addDirectory', 'addDirectory']],
    // No cache yet: every page is rendered.
    [
      'a first incremental build',
      { experimental: { incrementalBuild: true }, cacheDir: pathToFileURL(`${temp}/no-cache/`) },
      ['createIndex', 'addDirectory', 'addDirectory'],
    ],
    // The last build's pages first, from the cache.
    [
      'an incremental build after another',
      {
        experimental: { incrementalBuild: true },
        cacheDir: pathToFileURL(`${site('a-cache/dist', { 'standards/s0/index.html': page('zh-CN', '标准 0') }).slice(0, -'dist'.length)}`),
      },
      ['createIndex', 'addDirectory', 'addDirectory', 'addDirectory'],
    ],
    // A page's file may be the last build's until Astro writes it.
    ['a build into an output folder not emptied first', { vite: { build: { emptyOutDir: false } } }, []],
  ])('%s: what is asked of Pagefind while the pages render', async (name, config, before) => {
    // 100 pages: a batch of 32 once 64 are rendered, another once 96 are.
    const pages = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) =>
        i % 2 ? [`en/standards/s${i}/index.html`, page('en', `Standard ${i}`)] : [`standards/s${i}/index.html`, page('zh-CN', `标准 ${i}`)],
      ),
    );
    const dir = site(`hooks-${name.replaceAll(' ', '-')}`, pages);
    const real = await import('pagefind');
    const calls: string[] = [];
    const module = {
      createIndex: (async (config) => {
        calls.push('createIndex');
        const created = await real.createIndex(config);
        const index = created.index!;
        return {
          ...created,
          index: { ...index, addDirectory: (d: Parameters<typeof index.addDirectory>[0]) => (calls.push('addDirectory'), index.addDirectory(d)) },
        };
      }) as typeof real.createIndex,
      close: real.close,
    };
    const integration = pagefindIntegration({ languages: LANGUAGES, pagefind: module });
    const hook = (name: keyof typeof integration.hooks, o: unknown) => (integration.hooks[name] as unknown as (o: unknown) => unknown)(o);
    const logger = { info() {}, warn() {} };
    await hook('astro:config:done', { config: { base: '/', outDir: pathToFileURL(`${dir}/`), ...config } });
    await hook('astro:build:start', { logger });
    for (const path of Object.keys(pages)) reportRenderedPage(`/${path.replace(/index\.html$/, '')}`);
    // The first batch asks for an index at once; a build that reads nothing early would have asked by now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await vi.waitFor(() => expect(calls).toEqual(before));
    await hook('astro:build:generated', { dir: pathToFileURL(`${dir}/`), logger });
    await hook('astro:build:done', { dir: pathToFileURL(`${dir}/`), logger });
    // Either way, every page is in the index.
    expect(await indexedText(dir)).toContain('标准 98');
    expect(await indexedText(dir)).toContain('Standard 99');
  });

  describe("an incremental build, which reads the last build's pages from its cache before it renders", () => {
    /**
     * The last build's pages in the cache, and this build's in the output folder; `rendered` are the pages this build
     * renders (reported, as the build's prerenderer does), the others being restored from the cache. Runs the
     * integration's hooks in a build's order.
     */
    async function rebuild(name: string, last: Record<string, string>, now: Record<string, string>, rendered: string[]) {
      const cache = join(temp, `${name}-cache`);
      site(`${name}-cache/dist`, last);
      const dir = site(name, now);
      const integration = pagefindIntegration({ languages: LANGUAGES });
      const hook = (h: keyof typeof integration.hooks, o: unknown) => (integration.hooks[h] as unknown as (o: unknown) => unknown)(o);
      const said: string[] = [];
      const logger = { info: (m: string) => said.push(m), warn: (m: string) => said.push(`warning: ${m}`) };
      const outDir = pathToFileURL(`${dir}/`);
      await hook('astro:config:done', { config: { base: '/', outDir, cacheDir: pathToFileURL(`${cache}/`), experimental: { incrementalBuild: true } } });
      await hook('astro:build:start', { logger });
      for (const path of rendered) reportRenderedPage(`/${path.replace(/index\.html$/, '')}`);
      await hook('astro:build:generated', { dir: outDir, logger });
      await hook('astro:build:done', { dir: outDir, logger });
      return { text: await indexedText(dir), said };
    }

    const zh = 'standards/x/index.html';
    const en = 'en/standards/x/index.html';
    const other = 'standards/y/index.html';

    it("keeps the restored pages as read from the cache, and reads a page rendered again over its last build's copy", async () => {
      const { text, said } = await rebuild(
        'rebuilt',
        { [zh]: page('zh-CN', '旧标题'), [en]: page('en', 'Old title'), [other]: page('zh-CN', '人脸识别数据安全要求') },
        { [zh]: page('zh-CN', '新标题'), [en]: page('en', 'Old title'), [other]: page('zh-CN', '人脸识别数据安全要求') },
        [zh],
      );
      expect(text).toContain('新标题');
      expect(text).not.toContain('旧标题');
      expect(text).toContain('Old title');
      expect(text).toContain('人脸识别数据安全要求');
      expect(said).toContain("read 2 pages from the last build's and 0 from this build's early, 1 at the end");
    });

    it('reads the whole site afresh when many pages of the last build were rendered again', async () => {
      const kept = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`standards/k${i}/index.html`, page('zh-CN', `标准 ${i}`)]));
      const renderedAgain = Array.from({ length: 60 }, (_, i) => `en/standards/r${i}/index.html`);
      const { text, said } = await rebuild(
        'many-again',
        { ...kept, ...Object.fromEntries(renderedAgain.map((f, i) => [f, page('en', `Old title ${i}`)])) },
        { ...kept, ...Object.fromEntries(renderedAgain.map((f, i) => [f, page('en', `New title ${i}`)])) },
        renderedAgain,
      );
      expect(text).toContain('New title 59');
      expect(text).not.toContain('Old title');
      expect(text).toContain('标准 199');
      expect(said.filter((m) => m.startsWith('read '))).toEqual([]);
    });

    it('reads the pages afresh while they render once most of the last build is rendered again, as on a new day', async () => {
      const files = Array.from({ length: 100 }, (_, i) => (i % 2 ? `en/standards/s${i}/index.html` : `standards/s${i}/index.html`));
      const pages = (text: string) => Object.fromEntries(files.map((f, i) => [f, i % 2 ? page('en', `${text} ${i}`) : page('zh-CN', `${text} ${i}`)]));
      const { text, said } = await rebuild('new-day', pages('旧的标准'), pages('新的标准'), files);
      // Batches of 32 pages: the second one passes 50 pages rendered again.
      expect(said).toContain("64 pages of the last build rendered again: reading this build's pages afresh");
      expect(said).toContain('read 64 of 100 pages while the others rendered');
      expect(text).toContain('新的标准 0');
      expect(text).toContain('新的标准 99');
      expect(text).not.toContain('旧的标准');
    });

    it('indexes every page again when a page of the last build is no longer in the site', async () => {
      const { text, said } = await rebuild(
        'one-gone',
        { [zh]: page('zh-CN', '生成式人工智能服务安全基本要求'), [en]: page('en', 'Old title'), [other]: page('zh-CN', '人脸识别数据安全要求') },
        { [zh]: page('zh-CN', '生成式人工智能服务安全基本要求'), [en]: page('en', 'Old title') },
        [],
      );
      expect(text).not.toContain('人脸识别数据安全要求');
      expect(text).toContain('生成式人工智能服务安全基本要求');
      expect(said).toContainEqual(expect.stringMatching(/^warning: 1 page\(s\) of the last build are not this build's \(standards\/y\/index\.html first\)/));
    });

    it('indexes every page again when a page not rendered is not the copy read from the cache', async () => {
      const { text, said } = await rebuild(
        'not-the-copy',
        { [zh]: page('zh-CN', '旧标题'), [en]: page('en', 'Old title') },
        { [zh]: page('zh-CN', '新的标题'), [en]: page('en', 'Old title') },
        [],
      );
      expect(text).toContain('新的标题');
      expect(text).not.toContain('旧标题');
      expect(said).toContainEqual(expect.stringMatching(/^warning: 1 page\(s\) of the last build are not this build's/));
    });
  });

  /** Hands each page on as soon as the next is rendered, into an index opened on the first. */
  function readWhileRendering(dir: string) {
    let opened: ReturnType<typeof openSearchIndex> | undefined;
    let read = 0;
    const early = new RenderedPageBatches({
      siteDir: dir,
      base: '/',
      wanted: () => true,
      firstBatch: 1,
      maxBatch: 1,
      margin: 1,
      send: async (files) => {
        opened ??= openSearchIndex({ siteDir: dir, languages: LANGUAGES });
        read += await (await opened).add(files);
      },
    });
    return { early, opened: () => opened, read: () => read };
  }

  it('finds the pages not read early as the glob names them: entry pages in both languages, not the lists', () => {
    const dir = site('which-pages', {
      ...bilingual(),
      'index.html': page('zh-CN', '首页'),
      'standards/index.html': page('zh-CN', '全部标准'),
      'en/framework/a/index.html': page('en', 'Part A'),
      'en/about/index.html': page('en', 'About'),
      'en/about/data/index.html': page('en', 'Data'),
      'en/search/numbers/0.json': '{}',
      'standards/x/feed.xml': '<feed/>',
    });
    expect(filesMatching(dir, INDEXED_PAGES).sort()).toEqual([
      'en/about/index.html',
      'en/framework/a/index.html',
      'en/standards/x/index.html',
      'standards/x/index.html',
    ]);
  });

  it('puts the pages read early and the rest into one index', async () => {
    const dir = site('while-rendering', bilingual());
    const { early, opened, read } = readWhileRendering(dir);
    early.rendered('/standards/x/');
    early.rendered('/en/standards/x/'); // rendered last: read at the end
    await vi.waitFor(() => expect(read()).toBe(1));
    const said: string[] = [];
    const result = await finishSearchIndex({ siteDir: dir, languages: LANGUAGES }, early, opened(), { info: (m) => said.push(m), warn: (m) => said.push(m) });
    expect(result).toEqual({ pages: 2, languages: { 'zh-cn': 1, en: 1 } });
    expect(said).toEqual(['read 1 of 2 pages while the others rendered']);
    const text = await indexedText(dir);
    expect(text).toContain('Basic security requirements for generative AI services');
    expect(text).toContain('生成式人工智能服务安全基本要求');
  });

  it('reads the whole site again when most of it was not read early, as in an incremental build', async () => {
    const dir = site('mostly-cached', { ...bilingual(), 'standards/y/index.html': page('zh-CN', '人脸识别数据安全要求') });
    const { early, opened, read } = readWhileRendering(dir);
    early.rendered('/standards/x/');
    early.rendered('/en/standards/x/'); // the other two pages come from the cache: never rendered
    await vi.waitFor(() => expect(read()).toBe(1));
    const said: string[] = [];
    const result = await finishSearchIndex({ siteDir: dir, languages: LANGUAGES }, early, opened(), { info: (m) => said.push(m), warn: (m) => said.push(m) });
    expect(result).toEqual({ pages: 3, languages: { 'zh-cn': 2, en: 1 } });
    expect(said).toEqual([]);
  });

  it('indexes every page again when one changed after it was read, so no half-written page is kept', async () => {
    const dir = site('changed-after-reading', bilingual());
    const { early, opened, read } = readWhileRendering(dir);
    early.rendered('/standards/x/');
    early.rendered('/en/standards/x/');
    await vi.waitFor(() => expect(read()).toBe(1));
    writeFileSync(join(dir, 'standards/x/index.html'), page('zh-CN', '生成式人工智能服务安全基本要求（第二版）'));
    const warnings: string[] = [];
    const result = await finishSearchIndex({ siteDir: dir, languages: LANGUAGES }, early, opened(), { info() {}, warn: (m) => warnings.push(m) });
    expect(result.pages).toBe(2);
    expect(warnings).toEqual([expect.stringMatching(/^1 page\(s\) changed after the index read them \(standards\/x\/index\.html first\)/)]);
    expect(await indexedText(dir)).toContain('生成式人工智能服务安全基本要求（第二版）');
  });
});
