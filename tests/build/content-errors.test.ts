/**
 * Bad content stops the build (`npm run build`) itself, through the one loader the site
 * reads content with: each problem once, with its file, the line or field, the
 * value and what was expected, and no page written. The unit tests check each
 * message on the same reader; this checks that the build runs them.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REAL_CONTENT } from '../helpers/load-content';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'content-errors-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Builds the site from a broken copy of the real content; resolves with the build's output and exit code. */
async function buildBroken(name: string, breakIt: (dir: string) => void): Promise<{ code: number; output: string; out: string }> {
  const content = join(temp, name);
  cpSync(REAL_CONTENT, content, { recursive: true });
  breakIt(content);
  const out = join(temp, `${name}-dist`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // A build on CI must name its public address; the problems under test come after that check.
    SITE_URL: 'https://example.org',
    CONTENT_DIR: content,
    OUT_DIR: out,
    ASTRO_CACHE_DIR: join(temp, `${name}-cache`),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'])
    delete env[key];
  try {
    // As `npm run build` runs it: the exit code and the messages must come through the process that starts Astro.
    const r = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, env, maxBuffer: 64 << 20 });
    return { code: 0, output: r.stdout + r.stderr, out };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, output: err.stdout + err.stderr, out };
  }
}

const replaceIn = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
};

describe('a build from broken content', () => {
  it('stops with every problem named once, and writes no site', async () => {
    const { code, output, out } = await buildBroken('several', (dir) => {
      replaceIn(join(dir, 'standards/gb-t-45654-2025.mdx'), 'kind: recommended-national', 'kind: recommended-natonal');
      replaceIn(join(dir, 'standards/gb-t-45652-2025.mdx'), 'nodes: [', 'nodes: [z-nowhere, ');
      writeFileSync(join(dir, 'standards/notes.txt'), 'a stray note');
    });
    expect(code).not.toBe(0);
    const kind = 'standards/gb-t-45654-2025.mdx: field "kind" is "recommended-natonal"; expected one of "mandatory-national", "recommended-national"';
    expect(output).toContain(kind);
    expect(output).toMatch(/standards\/gb-t-45652-2025\.mdx: field "nodes\.0" is "z-nowhere"; expected the id of an existing framework node/);
    expect(output).toMatch(/standards\/notes\.txt: a "\.txt" file here is not read by the site/);
    expect(output).toContain('The content check found 3 problems');
    // Every collection waits on one check: its list is printed once, not once per collection.
    expect(output.split(kind).length - 1).toBe(1);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  it('stops on a regulation link that is unknown, off the vocabulary or unsourced', async () => {
    const { code, output, out } = await buildBroken('regulations', (dir) => {
      replaceIn(join(dir, 'standards/tc260-003.mdx'), 'regulation: genai-interim-measures', 'regulation: no-such-measures');
      replaceIn(join(dir, 'standards/gb-t-45652-2025.mdx'), 'relation: supports', 'relation: implements');
      replaceIn(join(dir, 'standards/gb-t-41819-2022.mdx'), 'sources: [S-71352-41819-copy]', 'sources: []');
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      'standards/tc260-003.mdx: field "regulations.0.regulation" is "no-such-measures"; expected the id of an existing regulation in content/regulations/',
    );
    expect(output).toContain(
      'standards/gb-t-45652-2025.mdx: field "regulations.0.relation" is "implements"; expected one of "supports", "referenced-by", "related-analysis", "inferred"',
    );
    expect(output).toMatch(/standards\/gb-t-41819-2022\.mdx: field "regulations\.0\.sources" is \[\]; expected at least one source id: a "supports" link/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  it('stops on a claim that says more than its sources', async () => {
    const { code, output } = await buildBroken('claim', (dir) => {
      replaceIn(
        join(dir, 'standards/gb-t-45958-2025.mdx'),
        '    date: "2025-08-01"\n    sources: [S-xuxinfan]',
        '    date: "2025-08-01"\n    sources: [S-xuxinfan]\n    confidence: confirmed',
      );
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/standards\/gb-t-45958-2025\.mdx: field "dates\.published\.confidence" is "confirmed"; expected "one-source" or less/);
  });
});
