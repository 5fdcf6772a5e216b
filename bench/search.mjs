/**
 * Search as a reader meets it, in Chromium over loopback, each figure printed
 * with its goal and whether it is met:
 *
 *   - opening /search/?q=… in a fresh browser context, navigation to the first
 *     rendered result, against the time the expected answer's own page takes
 *     to load (its load event), also in a fresh context: the two are taken in
 *     turn, query by query, so a busy machine slows both alike. Goal for
 *     words ≤ 1.5× (median of the queries) and no query over 2×; ≤ 1.1× for a
 *     number, whose card needs nothing but the page;
 *   - bytes fetched by such a cold search, as sent with gzip (the way GitHub
 *     Pages serves text) and uncompressed. Goal ≤ 150 KB;
 *   - a warm query, typed once the index is loaded, to its first rendered
 *     result. Goal ≤ 50 ms;
 *   - the same arrival ratio on the synthetic site of 5 000 standards. Goal ≤ 2×.
 *
 * Medians over several rounds; the machine may be shared and noisy, so the
 * range is printed too. Run by scripts/bench.mjs, or alone:
 *
 *   BENCH_DIST=dist node bench/search.mjs
 *
 * BENCH_BASELINE=<a site built before a change> measures that site in the
 * same run, round by round, and prints its figures beside these.
 * BENCH_SYNTHETIC_DIST=<built synthetic site> is used for the last figure;
 * without it one is built (CONTENT_DIR from bench/synthetic.mjs), unless
 * BENCH_SYNTHETIC=0. BENCH_ROUNDS sets the rounds (5).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveSite } from './search-serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(process.env.BENCH_DIST ?? 'dist');
const BASELINE = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : null;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** [search page, query, the page that answers it]: numbers in several spellings, then words, in both languages. */
const NUMBER_QUERIES = [
  ['search/', 'GB/T 45654-2025', 'standards/gb-t-45654-2025/'],
  ['en/search/', 'gb45438', 'en/standards/gb-45438-2025/'],
  ['search/', '国标 41819', 'standards/gb-t-41819-2022/'],
  ['en/search/', 'TC260-003', 'en/standards/tc260-003/'],
];
const WORD_QUERIES = [
  ['search/', '人脸识别', 'standards/gb-t-41819-2022/'],
  ['en/search/', 'data labeling', 'en/standards/gb-t-45674-2025/'],
  ['search/', '训练数据', 'standards/gb-t-45652-2025/'],
  ['search/', '人臉識別', 'standards/gb-t-41819-2022/'],
  ['en/search/', 'AI Safety Governance Framework 3.0', 'en/later/aigf-3/'],
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
const SYNTHETIC_QUERIES = [
  ['search/', 'GB/T 72784', 'standards/gb-t-72784-2030/'],
  ['search/', '人脸识别', 'standards/gb-t-41819-2022/'],
  ['en/search/', 'synthetic benchmark standard no. 4643', 'en/standards/gb-t-74643-2030/'],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const range = (xs) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
const verdict = (ok) => (ok ? 'met' : 'NOT met');

/**
 * Noted by the page itself: the first result once it is painted (a task queued
 * from the next animation frame runs after that frame's layout and paint; time
 * 0 is navigation start), and, on the console, that the whole search has
 * settled (the index, the term table and the shown results' records), two
 * frames on, when any first result has been noted. The benchmark waits for
 * that message rather than polling the page: Playwright's polling evaluates a
 * script of its own in the page on first use, 10–18 ms of the main thread on a
 * 2-core machine, which fell in the middle of the search being timed and not
 * in the answer page's load.
 */
function markFirstResult() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-search] a.search-result__link')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__firstResult = performance.now())));
  }).observe(document, { childList: true, subtree: true });
  new MutationObserver((_, observer) => {
    if (!['done', 'failed'].includes(document.querySelector('[data-search]')?.getAttribute('data-state') ?? '')) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => console.debug(SETTLED))));
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
}
const SETTLED = 'bench: search settled';

/** Bytes of everything the page fetched so far: as sent (gzip where the server compressed) and uncompressed. */
function fetchedBytes() {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return entries.reduce((t, e) => ({ sent: t.sent + e.transferSize, plain: t.plain + e.decodedBodySize }), { sent: 0, plain: 0 });
}

async function arrival(browser, origin, [path, q]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(`{ const SETTLED = ${JSON.stringify(SETTLED)}; (${markFirstResult})(); }`);
  const settled = page.waitForEvent('console', { predicate: (m) => m.text() === SETTLED, timeout: 20_000 });
  await page.goto(`${origin}${path}?q=${encodeURIComponent(q)}`);
  await settled;
  // A search that found nothing has no first result: it does not count as fast.
  const first = await page.evaluate(() => window.__firstResult ?? null);
  await page.waitForLoadState('networkidle');
  const bytes = await page.evaluate(fetchedBytes);
  await context.close();
  return { first, bytes };
}

async function pageLoad(browser, origin, answer) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + answer, { waitUntil: 'load' });
  const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  await context.close();
  return load;
}

/** Submit a query in a loaded page and time, inside the page, until a result for it is rendered and painted. */
function timeQuery(page, q) {
  return page.evaluate(
    (q) =>
      new Promise((done, fail) => {
        const root = document.querySelector('[data-search]');
        const input = root.querySelector('input[name="q"]');
        const before = root.querySelector('a.search-result__link');
        const timeout = setTimeout(() => fail(new Error(`no result for ${q} within 10 s`)), 10_000);
        let start = 0;
        const observer = new MutationObserver(() => {
          const link = root.querySelector('a.search-result__link');
          if (!link || link === before) return;
          observer.disconnect();
          // Once painted, as above.
          requestAnimationFrame(() =>
            setTimeout(() => {
              clearTimeout(timeout);
              done(performance.now() - start);
            }),
          );
        });
        observer.observe(root, { childList: true, subtree: true });
        input.value = q;
        start = performance.now();
        input.form.requestSubmit();
      }),
    q,
  );
}

/** Arrival and answer-page times for each query, in turn, over the rounds; every site given is measured in each round. */
async function arrivals(browser, sites, queries) {
  const out = sites.map(() => queries.map(() => ({ search: [], page: [], sent: [], plain: [] })));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [qi, query] of queries.entries()) {
      // Each site first in every other round, so that neither gains from coming second (caches, a quieter moment).
      const order = [...sites.entries()];
      if (round % 2) order.reverse();
      for (const [si, origin] of order) {
        const r = out[si][qi];
        const { first, bytes } = await arrival(browser, origin, query);
        if (first === null) r.missing = true;
        else r.search.push(first);
        r.sent.push(bytes.sent);
        r.plain.push(bytes.plain);
        r.page.push(await pageLoad(browser, origin, query[2]));
      }
    }
  }
  return out;
}

/** @param goal the largest ratio allowed for any query; @param medianGoal for the median of the queries, when stricter */
function reportArrivals(label, queries, results, goal, medianGoal = goal) {
  const lines = [];
  const ratios = [];
  queries.forEach(([path, q], i) => {
    const r = results[i];
    const page = `its answer's page ${ms(median(r.page))} (${range(r.page)})`;
    if (r.missing) return lines.push(`  ${label} "${q}" on /${path}: no result; ${page}`);
    const ratio = median(r.search) / median(r.page);
    ratios.push(ratio);
    lines.push(`  ${label} "${q}" on /${path}: first result ${ms(median(r.search))} (${range(r.search)}), ${page}: ${ratio.toFixed(2)}×`);
  });
  const missing = results.filter((r) => r.missing).length;
  const worst = ratios.length ? Math.max(...ratios) : NaN;
  const summary = `${median(ratios).toFixed(2)}× (worst ${worst.toFixed(2)}×${missing ? `; ${missing} found nothing` : ''})`;
  return { lines, summary, met: !missing && worst <= goal && median(ratios) <= medianGoal };
}

async function warm(browser, origin) {
  const times = [];
  for (const [path, queries] of Object.entries(WARM_QUERIES)) {
    const page = await browser.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await timeQuery(page, queries.at(-1));
    for (const q of queries.slice(0, -1)) times.push(await timeQuery(page, q));
    await page.close();
  }
  return times;
}

function syntheticSite() {
  if (process.env.BENCH_SYNTHETIC_DIST) return { dir: resolve(process.env.BENCH_SYNTHETIC_DIST), cleanup() {} };
  if (process.env.BENCH_SYNTHETIC === '0') return null;
  const out = mkdtempSync(join(tmpdir(), 'aiss-search-synthetic-'));
  const made = spawnSync(process.execPath, ['-e', "import('./bench/synthetic.mjs').then((m) => console.log(m.syntheticContent(5000)))"], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const content = made.stdout.trim();
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: join(out, 'site'), ASTRO_CACHE_DIR: join(out, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  rmSync(content, { recursive: true, force: true });
  const cleanup = () => rmSync(out, { recursive: true, force: true });
  if (built.status !== 0) {
    cleanup();
    const reason = `${built.stdout}\n${built.stderr}`.split('\n').find((l) => /error|expected/i.test(l)) ?? 'see its output';
    return { failed: reason.trim().slice(0, 300) };
  }
  return { dir: join(out, 'site'), cleanup };
}

for (const dir of [DIST, BASELINE].filter(Boolean)) {
  if (!existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))) {
    console.error(`No search index in ${dir}/pagefind: build the site first (or set BENCH_DIST).`);
    process.exit(1);
  }
}

const servers = await Promise.all([DIST, BASELINE].filter(Boolean).map((d) => serveSite(d)));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const names = BASELINE ? ['after', 'before'] : ['this build'];
try {
  const origins = servers.map((s) => s.url);
  const numbers = await arrivals(browser, origins, NUMBER_QUERIES);
  const words = await arrivals(browser, origins, WORD_QUERIES);
  console.log(
    `Opening /search/?q=… with a fresh cache, to the first rendered result, against the answer's own page (medians of ${ROUNDS} rounds, taken in turn):`,
  );
  names.forEach((name, si) => {
    const n = reportArrivals('number', NUMBER_QUERIES, numbers[si], 1.1);
    const w = reportArrivals('words', WORD_QUERIES, words[si], 2, 1.5);
    console.log(`- ${name}: numbers ${n.summary}, goal ≤ 1.1×: ${verdict(n.met)}; words ${w.summary}, goal ≤ 1.5× (none over 2×): ${verdict(w.met)}`);
    for (const l of [...n.lines, ...w.lines]) console.log(l);
  });
  names.forEach((name, si) => {
    const all = [...numbers[si], ...words[si]];
    const sent = all.map((r) => median(r.sent));
    const plain = all.map((r) => median(r.plain));
    console.log(
      `Bytes fetched per cold search (${name}): at most ${kb(Math.max(...sent))} as sent with gzip (median ${kb(median(sent))}), ${kb(Math.max(...plain))} uncompressed (median ${kb(median(plain))}); goal ≤ 150 KB: ${verdict(Math.max(...sent) <= 150 * 1024)} with gzip, ${verdict(Math.max(...plain) <= 150 * 1024)} uncompressed`,
    );
  });
  for (const [si, origin] of origins.entries()) {
    const times = await warm(browser, origin);
    console.log(
      `Warm query to first rendered result (${names[si]}): ${ms(median(times))} median of ${times.length} (${range(times)}); goal ≤ 50 ms: ${verdict(median(times) <= 50)}`,
    );
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
}

const synthetic = syntheticSite();
if (synthetic?.failed) {
  console.log(`Synthetic site of 5 000 standards: not measured, its build failed (${synthetic.failed}).`);
} else if (synthetic) {
  const server = await serveSite(synthetic.dir);
  try {
    const [results] = await arrivals(browser, [server.url], SYNTHETIC_QUERIES);
    const s = reportArrivals('synthetic', SYNTHETIC_QUERIES, results, 2);
    console.log(`Synthetic site of 5 000 standards: ${s.summary}, goal ≤ 2×: ${verdict(s.met)}`);
    for (const l of s.lines) console.log(l);
  } finally {
    await server.close();
    synthetic.cleanup();
  }
} else {
  console.log('Synthetic site of 5 000 standards: skipped (BENCH_SYNTHETIC=0).');
}
await browser.close();
