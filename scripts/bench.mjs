/**
 * Prints the site's cost figures and checks them against the scale targets:
 * build time and peak memory of the real site and of synthetic sites with
 * 1 000 and 5 000 standards, the cost of each further page, the same content
 * built by Hugo and indexed by Pagefind as a yardstick, bytes per page type,
 * then the search and tree figures. `--write` also records them in BENCHMARKS.md.
 *
 *   npm run bench                           # print
 *   npm run bench -- --write                # print and record
 *   npm run bench -- --runs 5               # builds per site (default 3; medians)
 *   npm run bench -- --against ../previous  # also build another checkout, paired with this one
 *   npm run bench -- --builds-only          # skip the browser figures (search, tree)
 *   npm run bench -- --search-only          # one build of the real site, then the search figures only
 *   npm run bench -- --search-only --against ../previous   # …beside that checkout's, round by round
 *
 * `--against` takes a folder holding another checkout of the site with its
 * dependencies installed (say, a git worktree of the previous commit after
 * `npm ci`); each of its builds runs right after one of this tree's, so both
 * meet the same load on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSite, rebuildAfterOneChange } from '../bench/build.mjs';
import { buildHugoMirror, findHugo, hugoMirror, MIRROR_INDEXED } from '../bench/hugo.mjs';
import { median, stopRunning } from '../bench/measure.mjs';
import { describeIndexStep, indexStep } from '../bench/search-index.mjs';
import { syntheticContent } from '../bench/synthetic.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 3);
const AGAINST = option('--against') ? resolve(option('--against')) : undefined;
const SIZES = [1000, 5000];

/** The scale targets (issues 16 and 26). */
const GOAL = {
  largest: 5000,
  seconds: 35,
  /** 1 GB, read as 1 GiB: the figures are in MiB, as the kernel counts. */
  peakMb: 1024,
  /** Every process of the build at once: 1.5 GiB. */
  treePeakMb: 1536,
  hugoRatio: 3,
  /** A rebuild after one standard changes, as a share of a full build. */
  rebuildShare: 0.25,
};

if (AGAINST && !existsSync(join(AGAINST, 'node_modules/astro/bin/astro.mjs'))) {
  console.error(`--against ${AGAINST}: no node_modules/astro there; run npm ci in that checkout first.`);
  process.exit(2);
}

const lines = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
const met = (ok) => (ok ? 'met' : '**not met**');
const s1 = (x) => `${x.toFixed(1)} s`;
const mb = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} MB` : 'n/a');
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(', ');

function gz(file) {
  return gzipSync(readFileSync(file)).length;
}

/** Gzip bytes of a page's HTML and of the scripts it loads before any interaction. */
function pageBytes(dist, path) {
  const file = join(dist, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set();
  let js = 0;
  const visit = (src) => {
    const p = join(dist, src.replace(/^\//, ''));
    if (seen.has(p) || !existsSync(p)) return;
    seen.add(p);
    js += gz(p);
    // Static imports between bundled chunks load too.
    for (const m of readFileSync(p, 'utf8').matchAll(/(?:^|[;\s])import\s*(?:[^'"]*?from\s*)?["'](\.\/[^"']+)["']/g)) visit(join(src, '..', m[1]));
  };
  scripts.forEach(visit);
  return { html: gz(file), js };
}

/** Gzip bytes of the timeline's first page and of its largest page (every filter and year page included). */
function timelineBytes(dist) {
  const files = spawnSync('find', [join(dist, 'timeline'), join(dist, 'en/timeline'), '-name', 'index.html'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .filter(Boolean);
  let largest = 0;
  let largestPath = '';
  for (const f of files) {
    const b = gz(f);
    if (b > largest) [largest, largestPath] = [b, f.slice(dist.length + 1).replace(/index\.html$/, '')];
  }
  const index = readFileSync(join(dist, 'timeline/index.html'), 'utf8');
  const count = /data-event-count="(\d+)"/.exec(index)?.[1] ?? '?';
  return { index: gz(join(dist, 'timeline/index.html')), largest, largestPath, pages: files.length, events: count };
}

/**
 * Builds one content folder `RUNS` times, each build followed by its pair:
 * the Hugo mirror (when Hugo is installed) and the other checkout (with
 * `--against`). Pairs run back to back so that each ratio compares builds
 * that met the same load. The last build's output is kept in `outDir`.
 */
async function measureSite(outDir, contentDir, hugo, againstContentDir = contentDir) {
  const site = hugo ? hugoMirror(contentDir ?? join(ROOT, 'content')) : undefined;
  if (site) temporary.add(site);
  const own = [];
  const mirror = [];
  const other = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      own.push(await buildSite(outDir, { contentDir }));
      if (site) mirror.push(await buildHugoMirror(hugo, site));
      if (AGAINST) {
        const againstOut = `${outDir}-against`;
        other.push(await buildSite(againstOut, { contentDir: againstContentDir, root: AGAINST }));
        rmSync(againstOut, { recursive: true, force: true });
      }
    }
  } finally {
    if (site) rmSync(site, { recursive: true, force: true });
  }
  const pick = (list, key) => median(list.map((r) => r[key]));
  const summary = (list) => ({
    seconds: pick(list, 'seconds'),
    cpuSeconds: pick(list, 'cpuSeconds'),
    astroCpuSeconds: pick(list, 'astroCpuSeconds'),
    astroCpuWaitSeconds: pick(list, 'astroCpuWaitSeconds'),
    pagefindCpuSeconds: pick(list, 'pagefindCpuSeconds'),
    astroPeakMb: pick(list, 'astroPeakMb'),
    pagefindPeakMb: pick(list, 'pagefindPeakMb'),
    treePeakMb: pick(list, 'treePeakMb'),
    pages: list[0].pages,
    maxSeconds: Math.max(...list.map((r) => r.seconds)),
    maxAstroPeakMb: Math.max(...list.map((r) => r.astroPeakMb)),
  });
  return {
    own: summary(own),
    mirror: mirror.length
      ? {
          seconds: pick(mirror, 'seconds'),
          hugoSeconds: pick(mirror, 'hugoSeconds'),
          pagefindSeconds: pick(mirror, 'pagefindSeconds'),
          pages: mirror[0].pages,
          indexed: mirror[0].indexed,
        }
      : undefined,
    hugoRatio: mirror.length ? median(own.map((r, i) => r.seconds / mirror[i].seconds)) : undefined,
    other: other.length ? summary(other) : undefined,
    otherRatio: other.length ? median(own.map((r, i) => r.seconds / other[i].seconds)) : undefined,
  };
}

if (args.includes('--search-only')) {
  // No timed builds: one build of each tree, then bench/search.mjs measures both in the same rounds.
  const out = mkdtempSync(join(tmpdir(), 'aiss-bench-search-'));
  try {
    await buildSite(join(out, 'this'));
    if (AGAINST) await buildSite(join(out, 'against'), { root: AGAINST });
    console.log(`Load average before the search figures: ${load()}.`);
    const env = { ...process.env, BENCH_DIST: join(out, 'this'), ...(AGAINST ? { BENCH_BASELINE: join(out, 'against') } : {}) };
    const r = spawnSync(process.execPath, [join(ROOT, 'bench/search.mjs')], { cwd: ROOT, stdio: 'inherit', env });
    console.log(`Load average after: ${load()}.`);
    process.exitCode = r.status ?? 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  process.exit();
}

const hugo = findHugo();
const out = mkdtempSync(join(tmpdir(), 'aiss-bench-'));
/** Folders to remove however the benchmark ends, interrupted included. */
const temporary = new Set([out]);
const cleanUp = () => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopRunning();
    cleanUp();
    process.exit(130);
  });
}
try {
  say(`# Benchmarks`);
  say();
  say(
    `Produced by \`npm run bench -- --write\` on ${new Date().toISOString().slice(0, 10)}, on ${cpus().length} × ${cpus()[0]?.model.trim()} with ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  );
  say();
  say('## Build (Astro build + search index)');
  say();
  say(
    `Each site is built ${RUNS} times from a clean cache (the output and cache folders are removed before the clock starts); figures are medians. ` +
      'Time is the build\'s wall time; of it, "waiting for a CPU" is how long Astro\'s main thread, which renders the pages, was ready to run but other work held the processors: near zero on a quiet machine. ' +
      "CPU time and peak memory are per process, read from /proc (bench/measure.mjs): Astro's Node process, which renders every page, and, apart, the Pagefind service it starts as a child to index them once every page is written. " +
      "Peak memory is each process's own high-water mark (VmHWM); the last column is the largest total of the two (and of any other child) held at one moment. " +
      "GNU time's maximum resident set size would be the larger of the two peaks, not their sum, and its CPU time would leave Pagefind out: Astro never waits for the service it stops.",
  );
  say();
  say(`Load average when the builds started: ${load()}.`);
  say();
  say(
    '| site | standards | pages | time | per page | waiting for a CPU | CPU: Astro | CPU: Pagefind | peak memory: Astro | peak memory: Pagefind | both at once |',
  );
  say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const row = (name, n, r) =>
    say(
      `| ${name} | ${n} | ${r.pages} | ${s1(r.seconds)} | ${((r.seconds * 1000) / r.pages).toFixed(1)} ms | ${s1(r.astroCpuWaitSeconds)} | ${s1(r.astroCpuSeconds)} | ${s1(r.pagefindCpuSeconds)} | ${mb(r.astroPeakMb)} | ${mb(r.pagefindPeakMb)} | ${mb(r.treePeakMb)} |`,
    );

  const results = [];
  const real = await measureSite(join(out, 'real'), undefined, hugo);
  const realStandards = JSON.parse(readFileSync(join(out, 'real/data/standards.json'), 'utf8')).standards.length;
  results.push({ name: 'real content', standards: realStandards, ...real });
  row('real content', realStandards, real.own);
  const timelines = [['real content', timelineBytes(join(out, 'real'))]];
  let indexLine;
  let rebuild;
  for (const n of SIZES) {
    const content = syntheticContent(n);
    temporary.add(content);
    // The other checkout's content may follow another schema: it gets the same synthetic standards, written by its
    // own generator from its own content.
    const againstContent = AGAINST ? (await import(pathToFileURL(join(AGAINST, 'bench/synthetic.mjs')).href)).syntheticContent(n) : undefined;
    if (againstContent) temporary.add(againstContent);
    try {
      const r = await measureSite(join(out, `synthetic-${n}`), content, hugo, againstContent);
      results.push({ name: 'synthetic', standards: n + realStandards, size: n, ...r });
      row('synthetic', n + realStandards, r.own);
      if (n === GOAL.largest) {
        timelines.push([`synthetic, ${n + realStandards} standards`, timelineBytes(join(out, `synthetic-${n}`))]);
        // The search index's share of the largest build, timed on its own.
        indexLine = describeIndexStep(await indexStep(join(out, `synthetic-${n}`)));
        rmSync(join(out, `synthetic-${n}`), { recursive: true, force: true });
        rebuild = await rebuildAfterOneChange(join(out, `rebuild-${n}`), content);
        rmSync(join(out, `rebuild-${n}`), { recursive: true, force: true });
      }
    } finally {
      for (const dir of [content, againstContent]) if (dir) rmSync(dir, { recursive: true, force: true });
      rmSync(join(out, `synthetic-${n}`), { recursive: true, force: true });
    }
  }
  say();
  say(`Load average when the builds ended: ${load()}. On a shared machine, wall times move with the load; CPU time and the ratios of paired runs move less.`);
  if (indexLine) {
    say();
    say(`${indexLine}.`);
  }

  say();
  say('## Scale targets');
  say();
  const [r0, r1, r5] = results;
  const marginal = (a, b, key) => ((b.own[key] - a.own[key]) * 1000) / (b.own.pages - a.own.pages);
  const m1 = marginal(r0, r1, 'seconds');
  const m5 = marginal(r1, r5, 'seconds');
  say(
    `- Each further page, from the real site to ${r1.standards} standards: ${m1.toFixed(2)} ms; from ${r1.standards} to ${r5.standards}: ${m5.toFixed(2)} ms (in CPU time: ${marginal(r0, r1, 'cpuSeconds').toFixed(2)} ms and ${marginal(r1, r5, 'cpuSeconds').toFixed(2)} ms). Goal: the second no higher than the first — ${met(m5 <= m1)}.`,
  );
  say(
    `- ${r5.standards} standards (${r5.own.pages} pages): ${s1(r5.own.seconds)} (slowest of ${RUNS}: ${s1(r5.own.maxSeconds)}). Goal ≤ ${GOAL.seconds} s — ${met(r5.own.seconds <= GOAL.seconds)}.`,
  );
  say(
    `- ${r5.standards} standards: Astro's process peaks at ${mb(r5.own.astroPeakMb)} (highest of ${RUNS}: ${mb(r5.own.maxAstroPeakMb)}); Pagefind's at ${mb(r5.own.pagefindPeakMb)}, after Astro has rendered every page; all processes at once ${mb(r5.own.treePeakMb)}. Goals ≤ ${GOAL.peakMb} MB (1 GiB) for Astro's process — ${met(r5.own.astroPeakMb <= GOAL.peakMb)}; ≤ ${GOAL.treePeakMb} MB (1.5 GiB) for all at once — ${met(r5.own.treePeakMb <= GOAL.treePeakMb)}.`,
  );
  if (rebuild) {
    const share = rebuild.again.seconds / r5.own.seconds;
    say(
      `- ${r5.standards} standards, one standard's title changed (${rebuild.changed.replace(/.*\//, '')}), built again with the incremental build (INCREMENTAL_BUILD=1) from the cache the build before it left: ${s1(rebuild.again.seconds)}, ${s1(rebuild.again.cpuSeconds)} of CPU (Astro ${s1(rebuild.again.astroCpuSeconds)}, Pagefind ${s1(rebuild.again.pagefindCpuSeconds)}), ${(share * 100).toFixed(0)} % of the full build above (${((rebuild.again.cpuSeconds / r5.own.cpuSeconds) * 100).toFixed(0)} % of its CPU time). ` +
        `The build that filled the cache took ${s1(rebuild.first.seconds)}, ${s1(rebuild.first.cpuSeconds)} of CPU, writing each page twice. Goal ≤ ${(GOAL.rebuildShare * 100).toFixed(0)} % — ${met(share <= GOAL.rebuildShare)}.`,
    );
  }
  if (hugo) {
    const ratio = (r) =>
      `${r.hugoRatio.toFixed(1)}× (Hugo + Pagefind ${s1(r.mirror.seconds)}: Hugo ${s1(r.mirror.hugoSeconds)}, Pagefind ${s1(r.mirror.pagefindSeconds)})`;
    say(
      `- ${r5.standards} standards: this build takes ${ratio(r5)} as long as Hugo + Pagefind on the same content, median of ${RUNS} pairs. Goal ≤ ${GOAL.hugoRatio}× — ${met(r5.hugoRatio <= GOAL.hugoRatio)}. ` +
        `At ${r1.standards} standards: ${ratio(r1)}; on the real site: ${ratio(r0)}, where both builds are mostly start-up (Astro loads Vite and bundles the pages before it renders the first one).`,
    );
  } else {
    say('- Hugo + Pagefind yardstick: skipped, Hugo is not installed (`apt-get install hugo`, or set HUGO_PATH).');
  }
  say(
    `- Real site: ${s1(r0.own.seconds)}, ${s1(r0.own.cpuSeconds)} of CPU. Goal: no slower than before (\`--against\` a checkout of the previous commit builds both, paired).`,
  );
  if (AGAINST) {
    say();
    say(`Paired with ${AGAINST} (each of its builds right after one of this tree's):`);
    say();
    say('| site | this tree | CPU | Astro peak | that checkout | CPU | Astro peak | ratio (median of pairs) |');
    say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of results) {
      say(
        `| ${r.name === 'real content' ? 'real content' : `${r.standards} standards`} | ${s1(r.own.seconds)} | ${s1(r.own.cpuSeconds)} | ${mb(r.own.astroPeakMb)} | ${s1(r.other.seconds)} | ${s1(r.other.cpuSeconds)} | ${mb(r.other.astroPeakMb)} | ${r.otherRatio.toFixed(2)}× |`,
      );
    }
  }
  if (hugo) {
    say();
    say(
      `The yardstick is ${hugo.version} building a mirror of the same content (bench/hugo.mjs): for each standard, framework node, risk and about page, one page per language with a header, navigation and footer, a breadcrumb, the title in both languages, a list of facts with links, the description rendered from Markdown, history, related standards, sources, a note and a citation; on a standard's page also a summary box, the citation_* tags and the standard and the page cited in two styles with copy buttons (from a pattern, where the site runs a CSL processor); node and risk pages list every standard under them; a home page and a list page per section. None of the site's checks, search records, derived statuses, timeline, tree, exports or feeds. The site's build does all of those: it checks every content file, builds the model, renders every page (standards, framework, risks, the timeline's pages, the table, the tree, the search page, the print edition), writes the data exports, feeds and each standard's take-away files, and indexes every page. Then Pagefind ${JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version} (the site's, through its command line) indexes the entry pages (\`${MIRROR_INDEXED}\`).`,
    );
  }

  say();
  say('## Timeline pages (HTML, gzip)');
  say();
  say('The timeline is one page while it holds few events, and is split by year beyond that; every filter is a page of its own.');
  say();
  say('| site | events | pages | /timeline/ | largest page |');
  say('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, tl] of timelines) say(`| ${name} | ${tl.events} | ${tl.pages} | ${kb(tl.index)} | ${kb(tl.largest)} (/${tl.largestPath}) |`);
  say();
  say('## Bytes per page type (gzip)');
  say();
  say('| page | path | HTML | JavaScript loaded at start |');
  say('| --- | --- | ---: | ---: |');
  const dist = join(out, 'real');
  for (const [name, path] of [
    ['home', ''],
    ['tree', 'framework/'],
    ['node', 'framework/c/'],
    ['standard', 'standards/gb-t-45654-2025/'],
    ['table', 'standards/'],
    ['search', 'search/'],
    ['timeline', 'timeline/'],
    ['later document', 'later/aigf-3/'],
  ]) {
    if (!existsSync(join(dist, path, 'index.html'))) continue;
    const b = pageBytes(dist, path);
    say(`| ${name} | /${path} | ${kb(b.html)} | ${kb(b.js)} |`);
  }
  const pagefind = join(dist, 'pagefind');
  if (existsSync(pagefind)) {
    const size = spawnSync('du', ['-sb', pagefind], { encoding: 'utf8' }).stdout.split('\t')[0];
    say();
    say(`Search index on disk: ${kb(Number(size))} (dist/pagefind, all files).`);
  }
  if (!args.includes('--builds-only')) {
    for (const [title, script] of [
      ['Search', 'bench/search.mjs'],
      ['Tree', 'bench/tree.mjs'],
    ]) {
      if (!existsSync(join(ROOT, script))) continue;
      say();
      say(`## ${title}`);
      say();
      const r = spawnSync(process.execPath, [join(ROOT, script)], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BENCH_DIST: dist } });
      for (const l of (r.stdout || '').trim().split('\n').filter(Boolean)) say(`- ${l}`);
      if (r.status !== 0) say(`- (failed: ${(r.stderr || '').trim().split('\n').pop()})`);
    }
  }
} finally {
  cleanUp();
}

if (args.includes('--write')) writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${lines.join('\n')}\n`);
