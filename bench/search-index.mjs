/**
 * The search index step on its own: runs Pagefind over an already built site
 * (as the build does, through the same function), and reports how long it took
 * and how big the index it wrote is. Run by scripts/bench.mjs on the synthetic
 * site of 10 000 pages, or alone on any built site:
 *
 *   node bench/search-index.mjs dist
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HTML_LANG } from '../src/lib/base/vocabulary.ts';
import { buildSearchIndex } from '../src/integrations/pagefind.mjs';

/** Bytes under a folder, with the number of files. */
function size(dir) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = size(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

/**
 * @param {string} siteDir a built site; its pagefind/ folder is written again.
 * @returns {Promise<{ seconds: number, pages: number, index: { bytes: number, files: number } }>}
 */
export async function indexStep(siteDir) {
  const out = join(siteDir, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  // Generous: on a busy machine, writing 10 000 pages' index takes minutes.
  const { pages } = await buildSearchIndex({ siteDir, languages: Object.values(HTML_LANG).map((l) => l.toLowerCase()), timeoutMs: 1_800_000 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // The index proper: what searches fetch from, without the engine (pagefind.js, WebAssembly).
  const parts = ['index', 'fragment', 'filter'].map((d) => size(join(out, d)));
  const metas = readdirSync(out)
    .filter((f) => f.endsWith('.pf_meta'))
    .map((f) => statSync(join(out, f)).size);
  const index = {
    bytes: parts.reduce((a, p) => a + p.bytes, 0) + metas.reduce((a, b) => a + b, 0),
    files: parts.reduce((a, p) => a + p.files, 0) + metas.length,
  };
  return { seconds, pages, index };
}

export function describeIndexStep(r) {
  return `Search index step (Pagefind) on ${r.pages} pages: ${r.seconds.toFixed(1)} s; index ${(r.index.bytes / 1024 / 1024).toFixed(2)} MB in ${r.index.files} files`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'dist');
  console.log(describeIndexStep(await indexStep(dir)));
}
