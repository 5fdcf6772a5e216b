// @ts-check
/**
 * Each standard's take-away files (its Markdown twins and feeds, its CSL-JSON,
 * BibTeX and RIS), written in one loop once the pages are built, from the
 * shards that src/pages/take-away-files/ rendered; the shards are removed
 * after. One route per file would render them one by one: 35 000 renders at
 * 5 000 standards. A shard that is missing or malformed, or a path that would
 * leave the site, stops the build and names the shard.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shards' folder below the output, as the route writes it. */
export const SHARD_DIR = 'take-away-files';
/** Files written at the same time (as for the record files). */
const PARALLEL_WRITES = 32;

export class TakeAwayFilesError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(`Take-away files: ${message}`);
    this.name = 'TakeAwayFilesError';
  }
}

/**
 * Write every file the shards list, then remove the shards.
 * @param {string} siteDir the built site
 * @returns {Promise<number>} how many files were written
 */
export async function writeTakeAwayFiles(siteDir) {
  const shardDir = join(siteDir, SHARD_DIR);
  const shards = (await readdir(shardDir).catch(() => [])).filter((f) => f.endsWith('.json'));
  if (shards.length === 0) throw new TakeAwayFilesError(`${shardDir} holds no shard; expected the files src/pages/take-away-files/ renders in a build`);
  /** @type {{ path: string, body: string }[]} */
  const files = [];
  for (const name of shards) {
    const where = join(shardDir, name);
    /** @type {unknown} */
    let list;
    try {
      list = JSON.parse(await readFile(where, 'utf8'));
    } catch (e) {
      throw new TakeAwayFilesError(`could not read ${where}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!Array.isArray(list)) throw new TakeAwayFilesError(`${where} is not a list; expected [{ path, body }, …]`);
    for (const [i, file] of list.entries()) {
      const { path, body } = /** @type {{ path?: unknown, body?: unknown }} */ (file ?? {});
      if (typeof path !== 'string' || typeof body !== 'string') throw new TakeAwayFilesError(`${where}: item ${i} has no string "path" and "body"`);
      const target = resolve(siteDir, path);
      const inside = relative(resolve(siteDir), target);
      if (isAbsolute(path) || inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(/[\\/]/)[0] === SHARD_DIR) {
        throw new TakeAwayFilesError(`${where}: item ${i} has path ${JSON.stringify(path)}; expected a path inside the site`);
      }
      files.push({ path: target, body });
    }
  }
  const seen = new Set();
  for (const f of files) {
    if (seen.has(f.path)) throw new TakeAwayFilesError(`two shards write ${f.path}; expected each file once`);
    seen.add(f.path);
  }
  const folders = new Set(files.map((f) => dirname(f.path)));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  let next = 0;
  const writer = async () => {
    for (let i = next++; i < files.length; i = next++) await writeFile(files[i].path, files[i].body);
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, writer));
  await rm(shardDir, { recursive: true });
  return files.length;
}

/** @returns {import('astro').AstroIntegration} */
export default function takeAwayFilesIntegration() {
  return {
    name: 'site:take-away-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeTakeAwayFiles(fileURLToPath(dir));
        logger.info(`wrote ${written} take-away files`);
      },
    },
  };
}
