/**
 * A static server for the search benchmarks: loopback, no caching headers, and
 * text compressed with gzip the way GitHub Pages serves it, so that bytes
 * fetched are counted as a reader's browser receives them. The test server
 * (tests/helpers/serve.ts) sends everything uncompressed; the benchmark
 * reports that size too.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};
/** What GitHub Pages compresses: text. Pagefind's own files are gzip'd already and go as they are. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

/**
 * @param {string} dir a built site
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveSite(dir) {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) return end(404);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const ext = extname(file);
      const gzip = COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const key = `${file}:${gzip}`;
      let body = cache.get(key);
      if (!body) {
        body = await readFile(file);
        if (gzip) body = gzipSync(body);
        cache.set(key, body);
      }
      res.writeHead(200, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      res.end(body);
    } catch {
      end(404);
    }
    function end(status) {
      res.writeHead(status);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
