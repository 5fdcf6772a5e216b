/**
 * Prints the site's cost figures: build time and peak memory of the real site
 * and of synthetic sites with 1 000 and 5 000 standards, bytes per page type,
 * then the search and tree figures. `--write` also records them in BENCHMARKS.md.
 *
 *   npm run bench            # print
 *   npm run bench -- --write # print and record
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { syntheticContent } from '../bench/synthetic.mjs';
import { describeIndexStep, indexStep } from '../bench/search-index.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const lines = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

/**
 * Build once, from a clean cache: the figures are a fresh clone's, and a cache
 * left by another content folder would point the build at files that are gone.
 * GNU time reports peak memory where it is installed.
 */
function build(outDir, env = {}) {
  const cacheDir = `${outDir}-cache`;
  rmSync(cacheDir, { recursive: true, force: true });
  env = { ASTRO_CACHE_DIR: cacheDir, ...env };
  const started = process.hrtime.bigint();
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const args = useTime ? ['-f', 'PEAK_KB=%M', process.execPath, ASTRO, 'build', '--silent'] : [ASTRO, 'build', '--silent'];
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  const peak = /PEAK_KB=(\d+)/.exec(r.stderr ?? '');
  const pages = spawnSync('find', [outDir, '-name', '*.html'], { encoding: 'utf8' }).stdout.trim().split('\n').length;
  rmSync(cacheDir, { recursive: true, force: true });
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : NaN, pages };
}

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

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const out = mkdtempSync(join(tmpdir(), 'aiss-bench-'));
try {
  say(`# Benchmarks`);
  say();
  say(
    `Produced by \`npm run bench -- --write\` on ${new Date().toISOString().slice(0, 10)}, on ${cpus().length} × ${cpus()[0]?.model.trim()} with ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  );
  say();
  say('## Build (Astro build + search index)');
  say();
  say('| site | standards | pages | time | per page | peak memory |');
  say('| --- | ---: | ---: | ---: | ---: | ---: |');
  const real = build(join(out, 'real'));
  const realStandards = JSON.parse(readFileSync(join(out, 'real/data/standards.json'), 'utf8')).standards.length;
  const row = (name, n, r) =>
    say(
      `| ${name} | ${n} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${((r.seconds * 1000) / r.pages).toFixed(1)} ms | ${Number.isNaN(r.peakMb) ? 'n/a' : `${r.peakMb.toFixed(0)} MB`} |`,
    );
  row('real content', realStandards, real);
  const timelines = [['real content', timelineBytes(join(out, 'real'))]];
  let indexLine;
  for (const n of [1000, 5000]) {
    const content = syntheticContent(n);
    try {
      row(`synthetic`, n + realStandards, build(join(out, `synthetic-${n}`), { CONTENT_DIR: content }));
      if (n === 5000) timelines.push([`synthetic, ${n + realStandards} standards`, timelineBytes(join(out, `synthetic-${n}`))]);
      // The search index's share of the largest build, timed on its own.
      if (n === 5000) indexLine = describeIndexStep(await indexStep(join(out, `synthetic-${n}`)));
    } finally {
      rmSync(content, { recursive: true, force: true });
      rmSync(join(out, `synthetic-${n}`), { recursive: true, force: true });
    }
  }
  if (indexLine) {
    say();
    say(`${indexLine}.`);
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
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (process.argv.includes('--write')) writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${lines.join('\n')}\n`);
