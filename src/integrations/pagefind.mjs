// @ts-check
/**
 * Builds the search index with Pagefind's Node API once Astro has written the
 * site, and fails the build when Pagefind reports anything wrong. The CLI would
 * print errors and carry on; here every `errors` array is checked, and so is
 * what Pagefind wrote, because some failures (a wrong folder, a page in an
 * unexpected language) are not errors to Pagefind at all.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPlainPath, RenderedPageBatches } from './rendered-page-batches.mjs';
import { onRenderedPage } from './rendered-pages.mjs';
import { preloadSearchIndex } from './search-preload.mjs';
import { writeTermTables } from './search-terms.mjs';

/**
 * Pages that are about one thing: an entry (standard, framework node, risk,
 * later document, regulation) or one of the about pages. Listing pages (home, the tree, the all-standards
 * table, the risk matrix) repeat every title and would crowd out the entry a
 * reader is looking for. Paths are below the output folder, which holds no base
 * path; the leading `**` matches the English `en/` folder and the root alike.
 */
export const INDEXED_PAGES = '**/{standards/*,framework/*,risks/*,later/*,regulations/*,about,about/site}/index.html';

/**
 * Parts of an entry page that stay out of the index's text, as if each carried
 * data-pagefind-ignore: they repeat on every page or only point elsewhere, and
 * indexed they would be quoted as excerpts ("T 45654-2025…", "NumberTC260-003…")
 * instead of the description. Selectors rather than attributes, so the page
 * components need not know about search; a build test checks that none of
 * their text reaches the index. What a reader may search by (number spellings,
 * other names) is indexed as metadata instead (src/lib/search/record.ts).
 */
export const EXCLUDED_FROM_TEXT = [
  '.breadcrumbs', // "标准 › …": the place, shown under each result from metadata
  '.eyebrow', // badges and the hidden key ("our key: c-generative-ai-security")
  '.standard-status', // both statuses and the as-of line: a result shows today's status from metadata
  '.record', // the record table: number, titles, kind, status, dates
  '.entry-summary', // "at a glance": the record's facts again, and where to cite
  '.confidence', // how sure each fact is: the same wording on every page
  '.note', // notes on how placements and risk links were inferred
  '.tag', // "summary in our words"
  '.timeline .muted', // source ids after each event
  '.sources', // the list of sources
  '.citation', // both citations
  '.data-links', // links to the entry's own data files
  '.not-v1', // "not part of V1.0": the same notice on every later document
  '.none-found', // "none found in our sources": the same sentence wherever a field or link has no source
  '.data-links__hint', // which programs open the reference files: the same line on every standard
  '[data-status-legend-link]', // "what the two statuses mean": the same link on every standard
];

/**
 * Fragments (a page's text and metadata, fetched per result) in at most this
 * many files per language: one small file per page on this site, a few pages
 * per file on a very large one, where tens of thousands of tiny files cost more
 * to write and to serve than they save.
 */
export const MAX_FRAGMENT_FILES = 2000;

/**
 * Files Pagefind writes for its ready-made interfaces. The search page uses
 * only pagefind.js and the index, so these are removed: nothing links to them,
 * and a copy of the site is lighter without them.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** How long one Pagefind call may take before we assume its process died. */
const DEFAULT_TIMEOUT_MS = 180_000;

export class PagefindBuildError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(`Search index (Pagefind): ${message}`);
    this.name = 'PagefindBuildError';
  }
}

/**
 * @typedef {object} IndexOptions
 * @property {string} siteDir     the built site (Astro's output folder)
 * @property {string[]} languages the index languages every build must have, as Pagefind names them ("zh-cn", "en")
 * @property {string} [glob]      which HTML files to index, relative to siteDir
 * @property {import('pagefind').PagefindServiceConfig} [config]
 * @property {Pick<typeof import('pagefind'), 'createIndex' | 'close'>} [pagefind] the module, replaceable in tests
 * @property {number} [timeoutMs]
 * @property {number} [threads]   how many processors Pagefind's service may use to read pages; all of them if unset
 * @property {{ info(msg: string): void }} [logger]
 */

/**
 * An index being built, in Pagefind's service: pages go in with `add`, one call at a time, and `finish` writes
 * `pagefind/` into the site and checks it. `close` stops the service, whatever happened.
 * @typedef {object} SearchIndex
 * @property {(files?: string[], dir?: string) => Promise<number>} add pages below the site's folder (or `dir`, whose
 *   pages take the addresses they would have in the site), as paths with "/"; every page the glob matches when no list
 *   is given. Resolves to how many pages Pagefind read.
 * @property {(files: string[]) => Promise<void>} replace read pages below the site's folder again, each replacing the
 *   page of the same address in the index. `add` does not look for one, and would index the page twice.
 * @property {() => Promise<{ pages: number, languages: Record<string, number> }>} finish
 * @property {() => Promise<void>} discard drop the index, and what it holds, leaving the service to others
 * @property {() => Promise<void>} close
 */

/**
 * Start Pagefind's service and an index in it.
 * @param {IndexOptions} options
 * @returns {Promise<SearchIndex>}
 */
export async function openSearchIndex(options) {
  const { siteDir, languages, glob = INDEXED_PAGES, config = {}, timeoutMs = DEFAULT_TIMEOUT_MS, threads, logger } = options;
  const pagefind = options.pagefind ?? (await import('pagefind'));
  /** @type {<T>(label: string, p: Promise<T>) => Promise<T>} */
  const call = (label, p) => withTimeout(label, p, timeoutMs);
  const close = () =>
    pagefind.close().then(
      () => undefined,
      () => undefined,
    );
  try {
    // The service is started by this first call and reads its number of threads from the environment then.
    const created = await withEnvironment(threads ? { RAYON_NUM_THREADS: String(threads) } : {}, () =>
      call('createIndex', pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_TEXT, maxFragments: MAX_FRAGMENT_FILES, ...config })),
    );
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new PagefindBuildError('createIndex returned no index and no error');
    let pages = 0;
    return {
      add: async (files, dir = siteDir) => {
        const which = files ? `{${files.join(',')}}` : glob;
        const added = await call('addDirectory', index.addDirectory({ path: dir, glob: which }));
        check(`addDirectory(${dir}, ${files ? `${files.length} pages` : glob})`, added.errors);
        pages += added.page_count;
        return added.page_count;
      },
      replace: async (files) => {
        for (const file of files) {
          // One page at a time, through the service's pipe: Pagefind replaces a page only when it is given one.
          const content = await readFile(join(siteDir, file), 'utf8');
          const added = await call('addHTMLFile', index.addHTMLFile({ sourcePath: file, content }));
          check(`addHTMLFile(${file})`, added.errors);
        }
      },
      finish: async () => {
        if (!pages) {
          throw new PagefindBuildError(`no page to index in ${siteDir} matching ${glob}: is the folder right, and do the pages carry data-pagefind-body?`);
        }
        return writeIndex(siteDir, index, call, languages, pages, logger);
      },
      discard: async () => {
        await call('deleteIndex', index.deleteIndex());
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * Index the built site and write `pagefind/` into it.
 * @param {IndexOptions} options
 * @returns {Promise<{ pages: number, languages: Record<string, number> }>}
 */
export async function buildSearchIndex(options) {
  const index = await openSearchIndex(options);
  try {
    await index.add();
    return await index.finish();
  } finally {
    // The service is a child process; leaving it running would keep the build alive.
    await index.close();
  }
}

/**
 * Write the index, check what Pagefind wrote, and add what the search pages read besides.
 * @param {string} siteDir
 * @param {import('pagefind').PagefindIndex} index
 * @param {<T>(label: string, p: Promise<T>) => Promise<T>} call
 * @param {string[]} languages
 * @param {number} read how many pages were read, a page read twice (its address added again) counted twice
 * @param {{ info(msg: string): void }} [logger]
 */
async function writeIndex(siteDir, index, call, languages, read, logger) {
  const outputPath = join(siteDir, 'pagefind');
  const writing = call('writeFiles', index.writeFiles({ outputPath }));
  if (read >= RELEASE_MEMORY_FROM_PAGES) releaseMemory();
  const written = await writing;
  check(`writeFiles(${outputPath})`, written.errors);
  await Promise.all(UNUSED_BUNDLE_FILES.map((f) => rm(join(outputPath, f), { force: true })));

  const found = await indexedLanguages(outputPath);
  const expected = [...languages].sort();
  const actual = Object.keys(found).sort();
  // A page whose <html lang> differs from its folder's would start a third index that no search page loads.
  if (expected.join() !== actual.join()) {
    throw new PagefindBuildError(`indexed languages are [${actual.join(', ')}], expected [${expected.join(', ')}]: check <html lang> on the indexed pages`);
  }
  const empty = actual.filter((l) => !found[l]);
  if (empty.length) throw new PagefindBuildError(`no page indexed for ${empty.join(', ')}`);
  const pages = Object.values(found).reduce((a, b) => a + b, 0);
  logger?.info(`indexed ${pages} pages (${actual.map((l) => `${l}: ${found[l]}`).join(', ')})`);
  // The whole-term check reads these instead of each result's text (src/lib/search/terms.ts).
  const terms = await writeTermTables(outputPath).catch((e) => {
    throw new PagefindBuildError(`could not write the term tables: ${e instanceof Error ? e.message : String(e)}`);
  });
  logger?.info(
    `term tables: ${Object.entries(terms)
      .map(([l, t]) => `${l} ${(t.bytes / 1024).toFixed(1)} KB in ${t.chunks + 1} files`)
      .join(', ')}`,
  );
  // The search pages announce the index files by their built names (search-preload.mjs).
  await preloadSearchIndex(siteDir, outputPath).catch((e) => {
    throw new PagefindBuildError(`could not announce the index on the search pages: ${e instanceof Error ? e.message : String(e)}`);
  });
  return { pages, languages: found };
}

/**
 * From how many indexed pages Astro's process gives back its heap while the index is written. The collection takes
 * 0.4–0.6 s; the index of the real site (126 pages) is written in a fraction of that, with the service holding about
 * 30 MB, so there the collection would only lengthen the build.
 */
const RELEASE_MEMORY_FROM_PAGES = 1000;

/**
 * Give back what Astro's process kept of the render. V8 keeps its heap at the size the render needed, and the index's
 * service, asked to write, is about to hold the most it will: at 5 000 standards, Astro's process held 900–970 MB here
 * and the service up to 600 MB. A full collection that also shrinks the heap brought Astro's process to about 610 MB,
 * in about 0.6 s, while the service works on another processor. It needs Node started with `--expose-gc`, as
 * `npm run build` starts it (scripts/build.mjs); otherwise nothing happens.
 */
function releaseMemory() {
  globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/**
 * Run `start` with some environment variables set, for a child process it starts to inherit, and put them back.
 * @template T
 * @param {Record<string, string>} vars
 * @param {() => T} start
 * @returns {T}
 */
function withEnvironment(vars, start) {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return start();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * @param {string} stage
 * @param {string[] | undefined} errors
 */
function check(stage, errors) {
  if (errors?.length) throw new PagefindBuildError(`${stage} reported ${errors.length} error(s):\n  ${errors.join('\n  ')}`);
}

/**
 * Page counts per language, from the entry file the browser reads first.
 * @param {string} outputPath
 * @returns {Promise<Record<string, number>>}
 */
async function indexedLanguages(outputPath) {
  const file = join(outputPath, 'pagefind-entry.json');
  let entry;
  try {
    entry = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new PagefindBuildError(`could not read ${file} after writing: ${e instanceof Error ? e.message : String(e)}`);
  }
  /** @type {Record<string, { page_count?: number }>} */
  const langs = entry?.languages ?? {};
  return Object.fromEntries(Object.entries(langs).map(([l, v]) => [l, v.page_count ?? 0]));
}

/**
 * Pagefind's service does not notice when its process dies (a panic while
 * writing, say): the promise would never settle and the build would end as if
 * nothing happened. A timer keeps the build waiting, then fails it.
 * @template T
 * @param {string} label
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T>}
 */
function withTimeout(label, promise, ms) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new PagefindBuildError(`${label} did not answer within ${ms / 1000} s; its process may have stopped (see its output above)`)),
      ms,
    );
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
}

/**
 * The files below `dir` that match `glob`, as paths with "/". Node's `globSync` took over a second for ten thousand
 * pages, a second the index's last write waits for; a walk of the folder, each path then matched, takes a tenth.
 * @param {string} dir
 * @param {string} glob
 * @returns {string[]}
 */
export function filesMatching(dir, glob) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} rel */
  const walk = (rel) => {
    for (const entry of readdirSync(rel ? join(dir, rel) : dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (matchesGlob(path, glob)) found.push(path);
    }
  };
  walk('');
  return found;
}

/**
 * The folder below Astro's cacheDir where its incremental build keeps a copy of each page it can restore instead of
 * rendering (astro/dist/core/build/incremental.js). Astro's own detail, not an option: if it moves, the last build's
 * pages are simply not found, and the index reads this build's pages as a full build does.
 */
const INCREMENTAL_OUTPUT_DIR = 'dist';

/**
 * The last build's pages, as Astro's incremental build keeps them to restore: a page this build does not render again
 * is copied from there, byte for byte, so the index can read it before the build has even started rendering.
 * @param {URL} cacheDir Astro's cacheDir
 * @param {string} glob which pages to index
 * @returns {LastBuild | undefined} none when there is no cache (a first build)
 */
export function lastBuildPages(cacheDir, glob) {
  const dir = join(fileURLToPath(cacheDir), INCREMENTAL_OUTPUT_DIR);
  if (!existsSync(dir)) return undefined;
  const files = filesMatching(dir, glob);
  if (!files.length || !files.every(isPlainPath)) return undefined;
  return { dir, sizes: new Map(files.map((f) => [f, statSync(join(dir, f)).size])) };
}

/**
 * @typedef {object} LastBuild
 * @property {string} dir the folder of the last build's pages
 * @property {Map<string, number>} sizes each page, as a path with "/" below `dir`, and its size when listed
 */

/**
 * Read the last build's pages into the index.
 * @param {SearchIndex} index
 * @param {LastBuild} last
 * @returns {Promise<Map<string, number> | Error>} the pages read, with their sizes; or why they could not all be read
 */
export async function readLastBuild(index, last) {
  try {
    // By the glob the list was made with, rather than ten thousand names in one pattern.
    await index.add(undefined, last.dir);
    return last.sizes;
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/**
 * Index the pages handed on while Astro rendered, then the rest, and write the index. The early pages are kept only
 * if every one is still the file that was read, and if they are at least half of the site; otherwise the whole site
 * is indexed again.
 *
 * In an incremental build the index may also have read the last build's pages first (`fromLastBuild`). A page
 * rendered again is read again from this build's file, which replaces the last build's in the index; any other is
 * kept only if this build's file is there and has the size of the one read (restored, it is a copy of it). A page of
 * the last build that this build no longer has, or that is not the one read, has the whole site indexed again, as
 * the index cannot take a page out.
 * @param {IndexOptions} options
 * @param {RenderedPageBatches} early
 * @param {Promise<SearchIndex> | undefined} opened the index the early pages went into, if any did
 * @param {{ info(msg: string): void, warn(msg: string): void }} logger
 * @param {Promise<Map<string, number> | Error>} [fromLastBuild] the last build's pages the index read, with their
 *   sizes, or why it could not read them all
 */
export async function finishSearchIndex(options, early, opened, logger, fromLastBuild) {
  const { sent, rendered, changed, error } = await early.stop();
  const index = await opened;
  try {
    if (error !== undefined) throw error;
    const last = await fromLastBuild;
    if (last instanceof Error) logger.warn(`could not read the last build's pages (${last.message}): indexing every page again`);
    else if (index && changed.length === 0) {
      const kept = last ? [...last].filter(([f]) => !rendered.has(f)) : [];
      const gone = kept.filter(([f, size]) => statSync(join(options.siteDir, f), { throwIfNoEntry: false })?.size !== size);
      if (gone.length) {
        logger.warn(`${gone.length} page(s) of the last build are not this build's (${gone[0]?.[0]} first): indexing every page again`);
      } else {
        // A page of the last build rendered again was not read when it was handed on: it is read at the end, over
        // the last build's copy.
        const readEarly = new Set([...[...sent].filter((f) => !last?.has(f)), ...kept.map(([f]) => f)]);
        const rest = filesMatching(options.siteDir, options.glob ?? INDEXED_PAGES).filter((f) => !readEarly.has(f));
        const again = last ? rest.filter((f) => last.has(f)) : [];
        // Most pages left (not rendered, or rendered last), or many to read one at a time over the last build's: read
        // with the processors the early index was given, all but one, they would take longer than the whole site read
        // with all of them.
        if (rest.length <= readEarly.size && !manyRenderedAgain(again.length, kept.length) && rest.every(isPlainPath)) {
          const fresh = again.length ? rest.filter((f) => !last?.has(f)) : rest;
          if (fresh.length) await index.add(fresh);
          if (again.length) await index.replace(again);
          logger.info(
            kept.length
              ? `read ${kept.length} pages from the last build's and ${sent.size} from this build's early, ${rest.length} at the end`
              : `read ${sent.size} of ${sent.size + rest.length} pages while the others rendered`,
          );
          return await index.finish();
        }
      }
    }
    if (changed.length) logger.warn(`${changed.length} page(s) changed after the index read them (${changed[0]} first): indexing every page again`);
  } finally {
    await index?.close();
  }
  return buildSearchIndex(options);
}

/**
 * How many pages of the last build rendered again are always read one at a time over their copies; beyond that, at
 * most a tenth of the pages kept. Each took 5–10 ms at 10 000 pages (Pagefind looks for the page's address among all
 * it holds), and the whole site read again on two processors took 8–9 s: a build on a new day, which renders every
 * page again, reads them all afresh instead.
 */
const REPLACED_ALWAYS = 50;

/**
 * Whether so many of the last build's pages were rendered again that the index would rather read them all afresh.
 * @param {number} again how many
 * @param {number} of out of how many of the last build's pages
 */
const manyRenderedAgain = (again, of) => again > Math.max(REPLACED_ALWAYS, of / 10);

/**
 * The Astro integration. Astro renders on one processor; the pages it has written are read into the index on the
 * others while it renders the rest (the build's prerenderer, prerender-bytes.mjs, reports each page), so that once
 * every page is written (`astro:build:generated`) only the last few remain to read before the index is written. An
 * incremental build, which restores most pages from its cache unrendered, first reads the last build's pages from
 * that cache, from the moment the build starts, and then the pages it renders, as a full build does; if it renders
 * most of them again (on a new day), it drops what it read from the cache and starts afresh. Pagefind, a process of
 * its own, then works while the other integrations write their files (the take-away files, the sitemap: none of them
 * HTML); the build waits for it when it is done (`astro:build:done`), so a Pagefind error is a build error.
 * @param {Omit<IndexOptions, 'siteDir' | 'logger'>} options
 * @returns {import('astro').AstroIntegration}
 */
export default function pagefindIntegration(options) {
  /** @type {Promise<unknown> | undefined} */
  let indexing;
  /** @type {RenderedPageBatches | undefined} */
  let early;
  /** @type {Promise<SearchIndex> | undefined} */
  let opened;
  /** @type {Promise<Map<string, number> | Error> | undefined} */
  let fromLastBuild;
  let base = '/';
  /** @type {URL | undefined} */
  let outDir;
  /** @type {URL | undefined} */
  let cacheDir;
  let incremental = false;
  let keepsOldOutput = false;
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = config.outDir;
        cacheDir = config.cacheDir;
        incremental = Boolean(config.experimental?.incrementalBuild);
        keepsOldOutput = config.vite?.build?.emptyOutDir === false;
      },
      'astro:build:start': ({ logger }) => {
        // A page is handed on once its file exists, which is this build's file only if Astro emptied the output
        // folder first, as it does unless told not to.
        if (!outDir || keepsOldOutput) return;
        const siteDir = fileURLToPath(outDir);
        const glob = options.glob ?? INDEXED_PAGES;
        // Every processor but the one Astro renders on.
        const open = () => (opened ??= openSearchIndex({ ...options, siteDir, logger, threads: Math.max(1, availableParallelism() - 1) }));
        const last = incremental && cacheDir ? lastBuildPages(cacheDir, glob) : undefined;
        if (last) {
          fromLastBuild = open().then((index) => readLastBuild(index, last));
          // Reported where the index is awaited (finishSearchIndex).
          fromLastBuild.catch(() => undefined);
        }
        let renderedAgain = 0;
        early = new RenderedPageBatches({
          siteDir,
          base,
          wanted: (file) => matchesGlob(file, glob),
          send: async (files) => {
            const index = await open();
            const read = await fromLastBuild;
            if (!(read instanceof Map)) return void (await index.add(files));
            const again = files.filter((f) => read.has(f));
            renderedAgain += again.length;
            // A page of the last build, rendered again, is read at the end (finishSearchIndex), over its copy.
            if (!manyRenderedAgain(renderedAgain, read.size)) {
              if (again.length < files.length) await index.add(files.filter((f) => !read.has(f)));
              return;
            }
            // Most of the last build's pages are being rendered again (on a new day, all of them): its copies are of
            // no use, and the pages are read as a full build reads them, into an index started afresh.
            logger.info(`${renderedAgain} pages of the last build rendered again: reading this build's pages afresh`);
            fromLastBuild = undefined;
            await index.discard();
            opened = undefined;
            await (await open()).add(/** @type {RenderedPageBatches} */ (early).handedOn());
          },
        });
        onRenderedPage((pathname, size) => early?.rendered(pathname, size));
      },
      'astro:build:generated': ({ dir, logger }) => {
        onRenderedPage(undefined);
        const siteDir = fileURLToPath(dir);
        // Once the batches on their way are in: the last of them may have started the index afresh.
        indexing = early
          ? early
              .stop()
              .then(() => finishSearchIndex({ ...options, siteDir, logger }, /** @type {RenderedPageBatches} */ (early), opened, logger, fromLastBuild))
          : buildSearchIndex({ ...options, siteDir, logger });
        // Reported where it is awaited, below.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await (indexing ?? buildSearchIndex({ ...options, siteDir: fileURLToPath(dir), logger }));
      },
    },
  };
}
