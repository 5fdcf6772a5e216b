/**
 * Builds the real site once at the root and once under a base path before the
 * build and browser tests run. Only those two projects name this setup, so
 * `npm run test:unit` builds nothing.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BASE_PATH } from './helpers/sites';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');

/**
 * Vitest puts its own import.meta.env values (BASE_URL, MODE, …) into process.env;
 * Astro would read them back as the site's, so the build gets a clean copy.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'])
    delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<void> {
  await run(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: ROOT,
    env: buildEnv({ OUT_DIR: outDir, ...env }),
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Both the build and the browser project run this setup; the sites are built once per run, by whichever asks first. */
const BUILT = Symbol.for('ai-safety-standards.test-sites');
type Shared = typeof globalThis & { [BUILT]?: Promise<void> };

export default async function setup(project: TestProject) {
  const out = resolve(ROOT, process.env.TEST_DIST ?? 'dist-test');
  const rootDist = resolve(out, 'root');
  const baseDist = resolve(out, 'base');
  if (process.env.SKIP_SITE_BUILD !== '1') {
    const shared = globalThis as Shared;
    shared[BUILT] ??= (async () => {
      // Sequential: two builds at once would fight over Astro's cache folder.
      await buildSite(rootDist, { BASE_PATH: '/', SITE_URL: 'https://example.org' });
      await buildSite(baseDist, { BASE_PATH, SITE_URL: 'https://example.github.io' });
    })();
    await shared[BUILT];
  }
  project.provide('rootDist', rootDist);
  project.provide('baseDist', baseDist);
}
