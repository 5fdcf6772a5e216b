// @ts-check
/**
 * The files the build writes in bulk: each standard's own files (its JSON
 * record, Markdown twins and feeds, CSL-JSON, BibTeX and RIS: the one list in
 * src/lib/exports/take-away.ts), and the search page's numbered files (the one
 * list in src/lib/search/files.ts). In a build, a route (take-away-shard.ts)
 * makes the lists in shards and hands each over (take-away-shards.mjs); this
 * integration writes it to a folder of the output, packed
 * (take-away-pack.mjs), and once the pages are built one loop writes the
 * files from them and removes the shards, so nothing of them is left in the
 * site. One route per file would render them one by one: 48 000 renders
 * at 5 000 standards. A shard that is missing or malformed, a path that would
 * leave the site, or a file in data/standards/ that the list does not name
 * stops the build and names it. On the development server, one route
 * (take-away-route.ts) serves every file of the same lists.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packFiles, unpackFiles } from './take-away-pack.mjs';
import { onTakeAwayShard } from './take-away-shards.mjs';

/** The shards' folder below the output, where they are kept until the loop after the pages. */
export const SHARD_DIR = 'take-away-files';
/** The ending of a shard's file (and of its route's address): bytes in the format of take-away-pack.mjs. */
export const SHARD_ENDING = '.bin';
/** The folder of the standards' data files, which holds nothing but the files the list names. */
const STANDARD_DATA_DIR = join('data', 'standards');
/** The endings of a standard's own files (the last one: ".csl.json" ends in "json"). */
const TAKE_AWAY_ENDINGS = ['json', 'md', 'xml', 'bib', 'ris'];

export class TakeAwayFilesError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(`Take-away files: ${message}`);
    this.name = 'TakeAwayFilesError';
  }
}

/**
 * Write every file the shards list, then remove the shards. Each shard is read, checked and written before the next
 * is read: every file of every shard held at once made the build's last and highest memory peak, up to 250 MB above
 * the pages' at 5 000 standards. A shard's files are written only once the whole shard is checked, so no path
 * outside the site is ever written; a file a later shard writes again stops the build there.
 * @param {string} siteDir the built site
 * @returns {Promise<number>} how many files were written
 */
export async function writeTakeAwayFiles(siteDir) {
  const shardDir = join(siteDir, SHARD_DIR);
  const shards = (await readdir(shardDir).catch(() => [])).filter((f) => f.endsWith(SHARD_ENDING)).sort();
  if (shards.length === 0) throw new TakeAwayFilesError(`${shardDir} holds no shard; expected the shards take-away-shard.ts renders in a build`);
  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {Set<string>} */
  const folders = new Set();
  for (const name of shards) {
    const files = await readShard(siteDir, join(shardDir, name), seen);
    for (const f of files) {
      const folder = dirname(f.path);
      if (!folders.has(folder)) await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    // Tens of thousands of small files, each in one call: a promise per file cost three times the processor, taken
    // from the search index, which is written at the same time.
    for (const f of files) writeFileSync(f.path, f.body);
  }
  await rm(shardDir, { recursive: true });
  const dataDir = join(siteDir, STANDARD_DATA_DIR);
  const stray = (await readdir(dataDir).catch(() => [])).filter((f) => !seen.has(join(dataDir, f)));
  if (stray.length) {
    throw new TakeAwayFilesError(
      `${dataDir} also holds ${stray.join(', ')}, which no standard's list names; expected each standard's own files and nothing else`,
    );
  }
  return seen.size;
}

/**
 * One shard's files, each checked: a path inside the site, outside the shards, and not written by an earlier shard
 * (`seen`, to which the shard's paths are added).
 * @param {string} siteDir
 * @param {string} where the shard
 * @param {Set<string>} seen
 * @returns {Promise<{ path: string, body: Uint8Array }[]>}
 */
async function readShard(siteDir, where, seen) {
  /** @type {{ path: string, body: Uint8Array }[]} */
  let list;
  try {
    list = unpackFiles(await readFile(where));
  } catch (e) {
    throw new TakeAwayFilesError(`${where} ${e instanceof Error ? e.message : String(e)}`);
  }
  /** @type {{ path: string, body: Uint8Array }[]} */
  const files = [];
  const site = resolve(siteDir);
  for (const [i, { path, body }] of list.entries()) {
    const target = resolve(site, path);
    const inside = relative(site, target);
    if (isAbsolute(path) || inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(/[\\/]/)[0] === SHARD_DIR) {
      throw new TakeAwayFilesError(`${where}: item ${i} has path ${JSON.stringify(path)}; expected a path inside the site`);
    }
    files.push({ path: target, body });
  }
  for (const f of files) {
    if (seen.has(f.path)) throw new TakeAwayFilesError(`two shards write ${f.path}; expected each file once`);
    seen.add(f.path);
  }
  return files;
}

/** @returns {import('astro').AstroIntegration} */
export default function takeAwayFilesIntegration() {
  /** @type {URL | undefined} */
  let outDir;
  return {
    name: 'site:take-away-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'build') {
          injectRoute({ pattern: `/${SHARD_DIR}/[shard]${SHARD_ENDING}`, entrypoint: new URL('./take-away-shard.ts', import.meta.url), prerender: true });
        } else if (command === 'dev') {
          // One route, under one pattern per ending: a pattern ending in a file's extension is served without the
          // trailing slash the pages take.
          for (const ending of TAKE_AWAY_ENDINGS) {
            injectRoute({ pattern: `/[...file].${ending}`, entrypoint: new URL('./take-away-route.ts', import.meta.url), prerender: true });
          }
        }
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        if (!outDir) return;
        // Each shard the route hands over is written at once, in the few megabytes of its packed form, and dropped.
        const shardDir = join(fileURLToPath(outDir), SHARD_DIR);
        onTakeAwayShard((name, files) => {
          mkdirSync(shardDir, { recursive: true });
          writeFileSync(join(shardDir, `${name}${SHARD_ENDING}`), packFiles(files));
        });
      },
      'astro:build:generated': () => onTakeAwayShard(undefined),
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeTakeAwayFiles(fileURLToPath(dir));
        logger.info(`wrote ${written} take-away files`);
      },
    },
  };
}
