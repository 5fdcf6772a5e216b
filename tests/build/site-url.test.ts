/**
 * A build on CI is published, so it must know the site's public address: without
 * SITE_URL it stops and says what to set, instead of writing localhost into
 * canonical links, the sitemap, citations and exports.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

describe('a build on CI without SITE_URL', () => {
  it('stops before building, naming the variable to set', async () => {
    const out = mkdtempSync(join(tmpdir(), 'site-url-'));
    const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', OUT_DIR: out, ASTRO_CACHE_DIR: join(out, '.cache'), ASTRO_TELEMETRY_DISABLED: '1' };
    delete env.SITE_URL;
    try {
      const build = run(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: ROOT, env });
      await expect(build).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/SITE_URL is not set[\s\S]*Set SITE_URL to the public address/) });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
