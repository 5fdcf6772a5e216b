// @ts-check
/**
 * Writes the term table of each search index (src/lib/search/terms.ts) beside
 * what Pagefind wrote: `pagefind/site-terms/<index>.json`, named after
 * Pagefind's own index for that language, so a search page always reads the
 * table that matches the index it loaded.
 *
 * The terms are taken from Pagefind's output itself, page by page: the text
 * and metadata it indexed, its id for the page, the page's filters. So the
 * table holds exactly what the index holds, and a Pagefind result is checked
 * by its id, without loading its text. Pagefind stores each page's record as
 * gzip'd JSON behind a 12-byte signature ("pagefind_dcd"), one page per file
 * or several per "group" file on large sites; anything else stops the build.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildTermTable, TERMS_FOLDER, termTableFile } from '../lib/search/terms.ts';
import { simplifiedTable } from '../lib/search/traditional-table.ts';

const SIGNATURE = 'pagefind_dcd';
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * @typedef {{ url: string, content: string, meta: Record<string, string>, filters: Record<string, string[]> }} Fragment
 */

/**
 * Every page record Pagefind wrote, by its id ("zh-cn_0a1b2c3").
 * @param {string} dir the bundle's fragment folder
 * @returns {Promise<Map<string, Fragment>>}
 */
export async function readFragments(dir) {
  /** @type {Map<string, Fragment>} */
  const out = new Map();
  for (const file of (await readdir(dir)).sort()) {
    if (!file.endsWith('.pf_fragment')) continue;
    const id = file.slice(0, -'.pf_fragment'.length);
    // Thousands of small files, each read in one call: 32 reads at a time cost four times the processor, for files the
    // build has just written and the system still holds.
    const data = decode(join(dir, file), readFileSync(join(dir, file)));
    // A group file ("en_group_…") holds several pages, by id.
    if (/^[\w-]+_group_/.test(id)) for (const [pageId, fragment] of Object.entries(data)) out.set(pageId, fragment);
    else out.set(id, data);
  }
  return out;
}

/**
 * @param {string} file
 * @param {Buffer} bytes
 */
function decode(file, bytes) {
  let text;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch (e) {
    throw new Error(`${file}: not a gzip file as Pagefind writes them (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: expected Pagefind's "${SIGNATURE}" signature, found "${text.slice(0, 12)}"`);
  return JSON.parse(text.slice(SIGNATURE.length));
}

/**
 * What a page's terms are read from: its text and metadata, except the
 * spellings of its number ("GBT45654", "T45654"…), which only help Pagefind
 * rank; a query names a number by its serial alone (src/lib/search/query.ts),
 * and the serial is in the number itself.
 * @param {Fragment} f
 */
function termText(f) {
  const { numbers: _spellings, ...meta } = f.meta ?? {};
  return [f.content, ...Object.values(meta)].join('\n');
}

/**
 * Write one term table per index language.
 * @param {string} bundleDir the folder Pagefind wrote (dist/pagefind)
 * @returns {Promise<Record<string, { pages: number, bytes: number, chunks: number }>>}
 */
export async function writeTermTables(bundleDir) {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8'));
  const fragments = await readFragments(join(bundleDir, 'fragment'));
  await mkdir(join(bundleDir, TERMS_FOLDER), { recursive: true });
  /** @type {Record<string, { pages: number, bytes: number, chunks: number }>} */
  const written = {};
  for (const [lang, index] of Object.entries(/** @type {Record<string, { hash: string }>} */ (entry.languages ?? {}))) {
    const pages = [...fragments]
      .filter(([id]) => id.startsWith(`${lang}_`))
      .map(([id, f]) => ({ id, url: f.url, text: termText(f), type: f.meta?.type, filters: f.filters ?? {} }));
    const han = pages.flatMap((p) => p.text.match(HAN_RUN) ?? []).join('\n');
    const { table, chunks } = buildTermTable(pages, simplifiedTable(han));
    const files = [JSON.stringify(table), ...chunks.map((c) => JSON.stringify(c))];
    await Promise.all(files.map((text, i) => writeFile(join(bundleDir, termTableFile(index.hash, i ? i - 1 : undefined)), text)));
    written[lang] = { pages: pages.length, bytes: files.reduce((n, text) => n + Buffer.byteLength(text), 0), chunks: chunks.length };
  }
  return written;
}
