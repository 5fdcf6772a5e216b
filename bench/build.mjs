/**
 * One measured `astro build` of the site, from a clean cache: the figures are a
 * fresh clone's, and a cache left by another content folder would point the
 * build at files that are gone. The output and cache folders are removed
 * before the clock starts, never inside the timing.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpuOf, cpuWaitOf, measure, peakOf } from './measure.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO_BIN = 'node_modules/astro/bin/astro.mjs';

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
 * @param {{ contentDir?: string, env?: Record<string, string>, root?: string }} [options]
 *   `root`: another checkout of the site to build instead of this one, with its own dependencies
 * @returns {Promise<SiteBuild>}
 */
export async function buildSite(outDir, { contentDir, env = {}, root = ROOT } = {}) {
  const cacheDir = `${outDir}-cache`;
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const m = await measure(process.execPath, [join(root, ASTRO_BIN), 'build', '--silent'], {
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
  rmSync(cacheDir, { recursive: true, force: true });
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
