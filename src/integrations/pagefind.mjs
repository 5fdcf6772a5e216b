// @ts-check
/**
 * Builds the search index with Pagefind's Node API once Astro has written the
 * site, and fails the build when Pagefind reports anything wrong. The CLI would
 * print errors and carry on; here every `errors` array is checked, and so is
 * what Pagefind wrote, because some failures (a wrong folder, a page in an
 * unexpected language) are not errors to Pagefind at all.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * @property {{ info(msg: string): void }} [logger]
 */

/**
 * Index the built site and write `pagefind/` into it.
 * @param {IndexOptions} options
 * @returns {Promise<{ pages: number, languages: Record<string, number> }>}
 */
export async function buildSearchIndex(options) {
  const { siteDir, languages, glob = INDEXED_PAGES, config = {}, timeoutMs = DEFAULT_TIMEOUT_MS, logger } = options;
  const pagefind = options.pagefind ?? (await import('pagefind'));
  /** @type {<T>(label: string, p: Promise<T>) => Promise<T>} */
  const call = (label, p) => withTimeout(label, p, timeoutMs);
  try {
    const created = await call('createIndex', pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_TEXT, maxFragments: MAX_FRAGMENT_FILES, ...config }));
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new PagefindBuildError('createIndex returned no index and no error');

    const added = await call('addDirectory', index.addDirectory({ path: siteDir, glob }));
    check(`addDirectory(${siteDir}, ${glob})`, added.errors);
    if (!added.page_count) {
      throw new PagefindBuildError(`no page to index in ${siteDir} matching ${glob}: is the folder right, and do the pages carry data-pagefind-body?`);
    }

    const outputPath = join(siteDir, 'pagefind');
    const written = await call('writeFiles', index.writeFiles({ outputPath }));
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
    logger?.info(`indexed ${added.page_count} pages (${actual.map((l) => `${l}: ${found[l]}`).join(', ')})`);
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
    return { pages: added.page_count, languages: found };
  } finally {
    // The service is a child process; leaving it running would keep the build alive.
    await pagefind.close().catch(() => undefined);
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
 * The Astro integration: indexing starts as soon as every page is written
 * (`astro:build:generated`), so that Pagefind, a process of its own, works
 * while the other integrations write their files (the take-away files, the
 * sitemap: none of them HTML); the build waits for it when it is done
 * (`astro:build:done`), so a Pagefind error is a build error.
 * @param {Omit<IndexOptions, 'siteDir' | 'logger'>} options
 * @returns {import('astro').AstroIntegration}
 */
export default function pagefindIntegration(options) {
  /** @type {Promise<unknown> | undefined} */
  let indexing;
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:generated': ({ dir, logger }) => {
        indexing = buildSearchIndex({ ...options, siteDir: fileURLToPath(dir), logger });
        // Reported where it is awaited, below.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await (indexing ?? buildSearchIndex({ ...options, siteDir: fileURLToPath(dir), logger }));
      },
    },
  };
}
