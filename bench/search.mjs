/**
 * Search figures for a built site, in Chromium over loopback:
 *   - query to first rendered result, cold (fresh browser cache, Pagefind not yet loaded) and warm;
 *   - opening /search/?q=… with a fresh cache: navigation to the first rendered result;
 *   - bytes fetched by a cold search page and its first query, all of them;
 *   - the size of the index on disk.
 * Prints one line per figure. Run by scripts/bench.mjs, or alone:
 *
 *   BENCH_DIST=dist node bench/search.mjs
 *
 * Aims: cold page + first query ≤ 150 KB; navigation to first result ≤ 400 ms (median); warm ≤ 50 ms.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../tests/helpers/serve.ts';

const DIST = resolve(process.env.BENCH_DIST ?? 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 10);
// Each language's page and queries of every sort: numbers, Chinese, English.
const COLD_QUERIES = [
  ['search/', '人脸识别'],
  ['en/search/', 'data labeling'],
  ['search/', 'GB/T 45654-2025'],
  ['en/search/', 'gb45438'],
  ['search/', '训练数据'],
];
const WARM_QUERIES = {
  'search/': ['45654', '数据标注', '智能家居', 'TC260-003', '机器学习', 'smart home', '深度合成', 'GBT 42888', '生物特征', '伦理'],
  'en/search/': [
    '45654',
    'face recognition',
    'pre-training',
    'TC260-PG-20233A',
    'machine learning',
    '人脸识别',
    'iris',
    'gb/t41819',
    'emergency response',
    'ethics',
  ],
};

if (!existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))) {
  console.error(`No search index in ${DIST}/pagefind: build the site first (or set BENCH_DIST).`);
  process.exit(1);
}

/**
 * Submit a query in the page and time, inside the page, until a result for it
 * is rendered and painted. Results of an earlier query do not count.
 */
function timeQuery(page, q) {
  return page.evaluate(
    (q) =>
      new Promise((done, fail) => {
        const input = document.querySelector('#search-query');
        const before = document.querySelector('[data-search] a.search-result__link');
        const root = document.querySelector('[data-search]');
        const timeout = setTimeout(() => fail(new Error(`no result for ${q} within 10 s`)), 10_000);
        let start = 0;
        const observer = new MutationObserver(() => {
          const link = document.querySelector('[data-search] a.search-result__link');
          if (!link || link === before) return;
          observer.disconnect();
          // The next frame: the result has been laid out and painted.
          requestAnimationFrame(() => {
            clearTimeout(timeout);
            done(performance.now() - start);
          });
        });
        observer.observe(root, { childList: true, subtree: true });
        input.value = q;
        start = performance.now();
        input.form.requestSubmit();
      }),
    q,
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

/** What a fetched file is: the index itself, the search engine, Pagefind's own UI, or the page (HTML, CSS, the site's script). */
function part(url) {
  const path = new URL(url).pathname;
  if (!path.includes('/pagefind/')) return 'page';
  const name = path.split('/pagefind/')[1] ?? '';
  if (/^(index|fragment|filter)\/|\.pf_meta$|^pagefind-entry\.json$/.test(name)) return 'index';
  if (/^wasm\.|^pagefind(-worker)?\.js$/.test(name)) return 'engine';
  return 'ui';
}

function diskSize(dir) {
  const sizes = { index: 0, engine: 0, ui: 0, page: 0 };
  const walk = (d, rel) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${rel}${name}/`);
      else sizes[part(`http://x/pagefind/${rel}${name}`)] += statSync(p).size;
    }
  };
  walk(dir, '');
  return sizes;
}

// The tests' static server: loopback, no compression, no caching headers, like a simple host.
const server = await serve(DIST);
const origin = server.url;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  // Cold: a new browser context each time, so nothing is cached; the search page is loaded, then a query typed.
  const cold = [];
  let fetched;
  for (let i = 0; i < COLD_RUNS; i++) {
    const [path, q] = COLD_QUERIES[i % COLD_QUERIES.length];
    const context = await browser.newContext();
    const bytes = { index: 0, engine: 0, ui: 0, page: 0 };
    const pending = [];
    // On the context, not the page, so that requests from a worker count too; from the page's own HTML on.
    context.on('requestfinished', (r) => pending.push(r.sizes().then((s) => (bytes[part(r.url())] += s.responseBodySize + s.responseHeadersSize))));
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    cold.push(await timeQuery(page, q));
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    if (i === 0) fetched = { q, path, bytes };
    await context.close();
  }

  // Warm: one page, Pagefind loaded by a first query, then each query in turn.
  const warm = [];
  for (const [path, queries] of Object.entries(WARM_QUERIES)) {
    const page = await browser.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await timeQuery(page, queries.at(-1));
    for (const q of queries.slice(0, -1)) warm.push(await timeQuery(page, q));
    await page.close();
  }

  // Arriving from the header box of another page: navigation start to first result.
  const arrival = [];
  for (const [path, q] of COLD_QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Noted by the page itself, in the frame after the first result appears; time 0 is navigation start.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-search] a.search-result__link')) return;
        observer.disconnect();
        requestAnimationFrame(() => (window.__firstResult = performance.now()));
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${origin}${path}?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => window.__firstResult !== undefined);
    arrival.push(await page.evaluate(() => window.__firstResult));
    await context.close();
  }

  const disk = diskSize(join(DIST, 'pagefind'));
  const f = fetched.bytes;
  const total = f.index + f.engine + f.ui + f.page;
  console.log(
    `Query to first rendered result, cold (fresh cache, Pagefind not loaded): ${ms(median(cold))} median of ${cold.length} (${ms(Math.min(...cold))}–${ms(Math.max(...cold))})`,
  );
  console.log(
    `Query to first rendered result, warm: ${ms(median(warm))} median of ${warm.length} (${ms(Math.min(...warm))}–${ms(Math.max(...warm))}); aim ≤ 50 ms`,
  );
  console.log(
    `Opening /search/?q=… with a fresh cache, navigation to first rendered result: ${ms(median(arrival))} median of ${arrival.length} (${ms(Math.min(...arrival))}–${ms(Math.max(...arrival))}); aim ≤ 400 ms`,
  );
  console.log(
    `Bytes fetched by a cold search page and its first query ("${fetched.q}" on /${fetched.path}, uncompressed, with headers): ${kb(total)} — page (HTML, CSS, script) ${kb(f.page)}, engine (pagefind.js, WebAssembly) ${kb(f.engine)}, index ${kb(f.index)}, Pagefind UI ${kb(f.ui)}; aim ≤ 150 KB`,
  );
  console.log(`Search bundle on disk: ${kb(disk.index)} of index data (both languages), plus ${kb(disk.engine)} engine and ${kb(disk.ui)} Pagefind UI files`);
} finally {
  await browser.close();
  await server.close();
}
