/**
 * Each standard's own files are one list, and so are the search page's
 * numbered files, each made two ways: a build writes them after the pages,
 * the development server serves them through one route. A sample of the one
 * and all of the other fetched from the development server are byte for byte
 * the built files, and the route leaves the pages and the 404 alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../global-setup';
import { loadContent, modelOf, REAL_CONTENT } from '../helpers/load-content';
import { rootSite } from '../helpers/sites';

const ROOT = resolve(import.meta.dirname, '../..');
const tax = modelOf(loadContent(REAL_CONTENT));
// The first, a middle and the last standard: each of their files.
const sample = [tax.standards[0]!, tax.standards[Math.floor(tax.standards.length / 2)]!, tax.standards.at(-1)!];
const filesOf = (id: string) => [
  `data/standards/${id}.json`,
  `standards/${id}.md`,
  `en/standards/${id}.md`,
  `standards/${id}/feed.xml`,
  `en/standards/${id}/feed.xml`,
  `data/standards/${id}.csl.json`,
  `data/standards/${id}.bib`,
  `data/standards/${id}.bibtex.bib`,
  `data/standards/${id}.ris`,
];

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

let dev: ChildProcess | undefined;
let origin = '';
let output = '';

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The same site address and base path as the build it is compared with (tests/global-setup.ts).
  dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: buildEnv({ BASE_PATH: '/', SITE_URL: 'https://example.org' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (d) => (output += d));
  dev.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (dev.exitCode !== null) throw new Error(`the development server stopped:\n${output}`);
    const up = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`the development server did not answer:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 180_000);

afterAll(() => {
  dev?.kill('SIGTERM');
});

describe('a standard’s own files on the development server', () => {
  for (const s of sample) {
    it(`${s.id}: each is byte for byte the built file`, async () => {
      for (const path of filesOf(s.id)) {
        const response = await fetch(`${origin}/${path}`);
        expect(response.status, path).toBe(200);
        const served = Buffer.from(await response.arrayBuffer());
        expect(served.equals(readFileSync(join(rootSite().dir, path))), path).toBe(true);
      }
    });
  }

  it('serves each of the search page’s numbered files, in both languages, byte for byte as the build wrote it', async () => {
    const site = rootSite().dir;
    const built = ['search', 'en/search'].flatMap((folder) =>
      readdirSync(join(site, folder), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${folder}/${f.split('\\').join('/')}`),
    );
    // The real catalogue carries its number map in the page; the title map and the title index are files.
    for (const folder of ['search/titles/', 'en/search/titles/', 'search/holders/keys/', 'en/search/holders/cards/']) {
      expect(built.filter((f) => f.startsWith(folder)).length, folder).toBeGreaterThan(0);
    }
    for (const path of built) {
      const response = await fetch(`${origin}/${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
      const served = Buffer.from(await response.arrayBuffer());
      expect(served.equals(readFileSync(join(site, path))), path).toBe(true);
    }
    expect((await fetch(`${origin}/search/titles/${built.length}.json`)).status).toBe(404);
  });

  it('leaves the pages to their routes, and a file no standard has to the 404', async () => {
    const page = await fetch(`${origin}/en/standards/${sample[0]!.id}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain(sample[0]!.title.en);
    expect((await fetch(`${origin}/data/standards/no-such-standard.json`)).status).toBe(404);
  });
});
