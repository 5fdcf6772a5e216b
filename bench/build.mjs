/**
 * One measured `astro build` of the site, from a clean cache: the figures are a
 * fresh clone's, and a cache left by another content folder would point the
 * build at files that are gone. The output and cache folders are removed
 * before the clock starts, never inside the timing.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpuOf, cpuWaitOf, measure, peakOf } from './measure.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO_BIN = 'node_modules/astro/bin/astro.mjs';

/**
 * The arguments to Node that `npm run build` gives in a checkout: its package.json's build script, `astro build`,
 * `node scripts/build.mjs` or `node [--env-file=…] node_modules/astro/bin/astro.mjs build`, with its paths made
 * absolute. So the bench builds as the site is built, and another checkout as that one is.
 * @param {string} root
 * @returns {string[]}
 */
export function buildCommand(root) {
  const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts?.build;
  const [program, ...args] = typeof script === 'string' ? script.split(/\s+/) : [];
  if (program === 'astro') return [join(root, ASTRO_BIN), ...args];
  // A script that starts the build itself (scripts/build.mjs), with the rest of its arguments.
  if (program === 'node' && args[0] && /^scripts\/[\w-]+\.mjs$/.test(args[0])) return [join(root, args[0]), ...args.slice(1)];
  if (program === 'node' && args.includes(ASTRO_BIN)) {
    return args.map((a) => (a === ASTRO_BIN ? join(root, a) : a.startsWith('--env-file=') ? `--env-file=${join(root, a.slice('--env-file='.length))}` : a));
  }
  throw new Error(
    `${join(root, 'package.json')}: the build script is ${JSON.stringify(script)}; expected "astro build", "node scripts/<name>.mjs" or "node [--env-file=…] ${ASTRO_BIN} build"`,
  );
}

/** HTML pages under a folder. */
export function countHtml(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n++;
  return n;
}

/**
 * @typedef {object} SiteBuild
 * @property {number} seconds      wall time of the whole build, search index included
 * @property {number} cpuSeconds   user + system time of every process of the build
 * @property {number} astroCpuSeconds    …of Astro's Node process alone
 * @property {number} pagefindCpuSeconds …of the Pagefind service alone
 * @property {number} astroCpuWaitSeconds how long Astro's main thread, which renders the pages, was ready to run
 *   but waited for a CPU: what other work on the machine added to the wall time
 * @property {number} astroPeakMb  peak resident memory of Astro's Node process
 * @property {number} pagefindPeakMb peak resident memory of the Pagefind service (a child process)
 * @property {number} treePeakMb   the largest total of both at one moment
 * @property {number} pages        HTML pages written
 */

/**
 * @param {string} outDir where the site is written; emptied first
 * @param {{ contentDir?: string, env?: Record<string, string>, root?: string, keepCache?: boolean }} [options]
 *   `root`: another checkout of the site to build instead of this one, with its own dependencies;
 *   `keepCache`: start from the cache the last build with the same `outDir` left, and leave this one's
 * @returns {Promise<SiteBuild>}
 */
export async function buildSite(outDir, { contentDir, env = {}, root = ROOT, keepCache = false } = {}) {
  const cacheDir = `${outDir}-cache`;
  rmSync(outDir, { recursive: true, force: true });
  if (!keepCache) rmSync(cacheDir, { recursive: true, force: true });
  const m = await measure(process.execPath, [...buildCommand(root), '--silent'], {
    cwd: root,
    env: {
      ...process.env,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
      ...env,
    },
  });
  if (!keepCache) rmSync(cacheDir, { recursive: true, force: true });
  if (m.status !== 0) throw new Error(`astro build failed (exit ${m.status}):\n${m.stdout}\n${m.stderr}`);
  return {
    seconds: m.seconds,
    cpuSeconds: m.cpuSeconds,
    astroCpuSeconds: cpuOf(m, /^node$/),
    pagefindCpuSeconds: cpuOf(m, /^pagefind/),
    astroCpuWaitSeconds: cpuWaitOf(m, /^node$/),
    astroPeakMb: peakOf(m, /^node$/),
    pagefindPeakMb: peakOf(m, /^pagefind/),
    treePeakMb: m.treePeakMb,
    pages: countHtml(outDir),
  };
}

/**
 * @typedef {object} Rebuild
 * @property {SiteBuild} first  the build that fills the incremental cache, from a clean one
 * @property {SiteBuild} again  the build after one standard's English title changed, from that cache
 * @property {string} changed   the file changed
 */

/**
 * The case a contributor meets: the site is built, one standard changes, the site is built again.
 * Both builds run with Astro's incremental build (INCREMENTAL_BUILD=1), the second from the cache the
 * first left. The changed file is put back afterwards.
 * @param {string} outDir
 * @param {string} contentDir a folder of content this may change for the while (a synthetic copy)
 * @returns {Promise<Rebuild>}
 */
export async function rebuildAfterOneChange(outDir, contentDir) {
  const options = { contentDir, env: { INCREMENTAL_BUILD: '1' }, keepCache: true };
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  const first = await buildSite(outDir, options);
  const dir = join(contentDir, 'standards');
  const changed = join(
    dir,
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()[0],
  );
  const text = readFileSync(changed, 'utf8');
  const edited = text.replace(/^(title:\n(?: {2}.*\n)*? {2}en: "?)/m, '$1Revised: ');
  if (edited === text) throw new Error(`${changed}: no English title to change`);
  writeFileSync(changed, edited);
  try {
    const again = await buildSite(outDir, options);
    return { first, again, changed };
  } finally {
    writeFileSync(changed, text);
    rmSync(`${outDir}-cache`, { recursive: true, force: true });
  }
}
