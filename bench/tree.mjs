/**
 * Figures for the framework tree, one line each on stdout (scripts/bench.mjs
 * runs this with BENCH_DIST=<built real site>):
 *
 * - JavaScript the tree page loads at start, gzip (budget 30 KB);
 * - the page's HTML, gzip: the outline of every standard, and the diagram of the framework;
 * - time from navigation to interactive, for the real tree and for a synthetic
 *   tree with 2 000 more standards (budget 1 s for the synthetic one).
 *
 * "Interactive" is the `tree:interactive` mark the script sets once every
 * handler is attached and the starting layout is drawn, timed from the start
 * of navigation (so it includes loading and parsing the page); the median of
 * several loads in headless Chromium. The script's own share (from its first
 * statement, budget 100 ms for the real tree) and the moment the view is fitted
 * after the browser's first layout (`tree:ready`) are printed too.
 *
 * The synthetic tree is a real build of the site (bench/synthetic.mjs plus
 * CONTENT_DIR), not a hand-made page: the script is measured on exactly the
 * markup the components produce at that size — including the static SVG of
 * every box, which the script reads back — at the cost of one more build (about
 * a minute). Set TREE_SYNTHETIC_DIST to a synthetic build to skip it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../tests/helpers/serve.ts';
import { syntheticContent } from './synthetic.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SYNTHETIC = 2000;
const PAGE = 'framework/';

const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : undefined;
if (!dist || !existsSync(join(dist, PAGE, 'index.html'))) {
  console.error('Set BENCH_DIST to a built site (npm run build, then BENCH_DIST=dist node bench/tree.mjs).');
  process.exit(2);
}

/** Gzip bytes of the scripts the page loads before any interaction, following static imports between chunks. */
function startupJs(dir, path) {
  const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set();
  let bytes = 0;
  const visit = (src) => {
    const file = join(dir, src.replace(/^\/+/, ''));
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file);
    bytes += gzipSync(code).length;
    for (const m of code.toString('utf8').matchAll(/(?:^|[;\s}])import\s*(?:[^'"]*?from\s*)?["'](\.\/[^"']+)["']/g)) visit(join(src, '..', m[1]));
  };
  srcs.forEach(visit);
  return { bytes, files: seen.size };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Loads the tree page `runs` times; returns medians and the size of the tree. */
async function timeToInteractive(browser, dir, runs) {
  const server = await serve(dir);
  const url = `${server.url}${PAGE}`;
  const fromScript = [];
  const ready = [];
  const fromNavigation = [];
  let boxes = 0;
  let standards = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('[data-tree][data-tree-ready]', { timeout: 30_000 });
      const r = await page.evaluate(() => ({
        measure: performance.getEntriesByName('tree:interactive', 'measure')[0]?.duration ?? NaN,
        ready: performance.getEntriesByName('tree:ready', 'measure')[0]?.duration ?? NaN,
        mark: performance.getEntriesByName('tree:interactive', 'mark')[0]?.startTime ?? NaN,
        boxes: document.querySelectorAll('svg[data-tree-svg] g.tree-node').length,
        standards: Number(document.querySelector('li[data-key="root"]')?.getAttribute('data-count')),
      }));
      // A missing mark would print NaN as a figure; the script that sets it has changed, and the bench says so.
      if (!Number.isFinite(r.measure) || !Number.isFinite(r.mark)) throw new Error(`${url}: no tree:interactive measure after the tree was ready`);
      fromScript.push(r.measure);
      ready.push(r.ready);
      fromNavigation.push(r.mark);
      boxes = r.boxes;
      standards = r.standards;
      await context.close();
    }
  } finally {
    await server.close();
  }
  return { script: median(fromScript), ready: median(ready), navigation: median(fromNavigation), boxes, standards, runs };
}

function buildSynthetic() {
  const content = syntheticContent(SYNTHETIC);
  const out = mkdtempSync(join(tmpdir(), 'aiss-tree-bench-'));
  const cache = mkdtempSync(join(tmpdir(), 'aiss-tree-cache-'));
  const r = spawnSync(process.execPath, [ASTRO, 'build', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  rmSync(content, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  if (r.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`synthetic build failed:\n${r.stderr}`);
  }
  return out;
}

const ms = (x) => `${x.toFixed(0)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const htmlBytes = (dir) => gzipSync(readFileSync(join(dir, PAGE, 'index.html'))).length;
const js = startupJs(dist, PAGE);
console.log(`tree page JavaScript loaded at start: ${kb(js.bytes)} gzip in ${js.files} file(s) (budget 30 KB); HTML ${kb(htmlBytes(dist))} gzip`);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
let built;
try {
  const real = await timeToInteractive(browser, dist, 7);
  console.log(
    `real tree (${real.standards} standards, ${real.boxes} boxes drawn at start): interactive ${ms(real.navigation)} after navigation; the script's share ${ms(real.script)} (budget 100 ms); view fitted at ${ms(real.ready)} after the script starts; median of ${real.runs}`,
  );
  const syntheticDist = process.env.TREE_SYNTHETIC_DIST ? resolve(process.env.TREE_SYNTHETIC_DIST) : (built = buildSynthetic());
  const big = await timeToInteractive(browser, syntheticDist, 3);
  console.log(
    `synthetic tree (${big.standards} standards, ${big.boxes} boxes drawn at start, HTML ${kb(htmlBytes(syntheticDist))} gzip): interactive ${ms(big.navigation)} after navigation (budget 1 s); the script's share ${ms(big.script)}; view fitted at ${ms(big.ready)} after the script starts; median of ${big.runs}`,
  );
} finally {
  await browser.close();
  if (built) rmSync(built, { recursive: true, force: true });
}
