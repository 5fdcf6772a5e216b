// @ts-check
/**
 * Each standard's own record file, data/standards/<id>.json, holds the dataset
 * block and the same record as standards.json. A route per standard would
 * render thousands of them one by one; once the build has written
 * standards.json, one loop writes them all from it. Anything that would leave
 * a record without its file stops the build and names the record.
 *
 * The development server has no finished build, so there the same files are
 * served by a route (record-route.ts), from the same functions.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ID_PATTERN } from '../lib/content/layout.ts';
import { dataPath } from '../lib/site/urls.ts';

/**
 * Files written at the same time. One at a time waits on every write in turn
 * (seconds for 5 000 files on a busy machine); all at once would hold thousands
 * of files open. A few dozen measured fastest.
 */
const PARALLEL_WRITES = 32;

/** The files a standard has in data/standards/: its JSON record, written here, and its CSL-JSON, BibTeX and RIS, written by take-away-files.mjs. */
export const RECORD_FILE_ENDINGS = ['.json', '.csl.json', '.bib', '.ris'];

export class RecordFilesError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(`Record files: ${message}`);
    this.name = 'RecordFilesError';
  }
}

/**
 * Write data/standards/<id>.json for every record in the built data/standards.json.
 * Every record is checked before any file is written.
 * @param {string} siteDir the built site (Astro's output folder, which holds no base path)
 * @returns {Promise<number>} how many files were written
 */
export async function writeRecordFiles(siteDir) {
  const source = join(siteDir, dataPath('standards.json'));
  /** @type {{ dataset?: { site?: unknown }, standards?: unknown }} */
  let file;
  try {
    file = JSON.parse(await readFile(source, 'utf8'));
  } catch (e) {
    throw new RecordFilesError(`could not read ${source}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { dataset, standards } = file ?? {};
  if (typeof dataset?.site !== 'string' || !Array.isArray(standards)) {
    throw new RecordFilesError(
      `${source} holds no "dataset" with its "site" and "standards" list; expected standards.json as src/pages/data/standards.json.ts writes it`,
    );
  }
  const ids = standards.map((standard, i) => checkedId(standard, i, String(dataset.site), source));
  const seen = new Set();
  for (const id of ids) {
    if (seen.has(id)) throw new RecordFilesError(`${source} has two records with id "${id}"; expected one record, and so one file, per id`);
    seen.add(id);
  }
  const dir = join(siteDir, 'data', 'standards');
  await mkdir(dir, { recursive: true });
  let next = 0;
  const writer = async () => {
    for (let i = next++; i < standards.length; i = next++) {
      await writeFile(join(siteDir, dataPath(`standards/${ids[i]}.json`)), JSON.stringify({ dataset, standard: standards[i] }, null, 2));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, writer));
  // Beside each record, the same standard for reference managers (src/lib/exports/take-away.ts).
  const names = new Set(ids.flatMap((id) => RECORD_FILE_ENDINGS.map((ending) => `${id}${ending}`)));
  const stray = (await readdir(dir)).filter((f) => !names.has(f));
  if (stray.length) {
    throw new RecordFilesError(`${dir} also holds ${stray.join(', ')}, which no record in ${source} names; expected each record's own files and nothing else`);
  }
  return ids.length;
}

/**
 * The id that names a record's file, once it is known to be safe as a file name and the record's own address is where the file goes.
 * @param {unknown} standard
 * @param {number} i
 * @param {string} site
 * @param {string} source
 */
function checkedId(standard, i, site, source) {
  const record = /** @type {{ id?: unknown, record?: unknown }} */ (standard ?? {});
  const where = `${source}: standards[${i}]`;
  const id = record.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new RecordFilesError(`${where} has id ${JSON.stringify(id)}; expected lower-case letters, digits and hyphens, which name its file`);
  }
  const address = `${site}${dataPath(`standards/${id}.json`)}`;
  if (record.record !== address) {
    throw new RecordFilesError(`${where} ("${id}") gives its own address as ${JSON.stringify(record.record)}; expected ${address}, where its file is written`);
  }
  return id;
}

/**
 * The Astro integration: after the build, write the record files; in development, serve them through a route.
 * @returns {import('astro').AstroIntegration}
 */
export default function recordFilesIntegration() {
  return {
    name: 'site:record-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/data/standards/[id].json', entrypoint: new URL('./record-route.ts', import.meta.url) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeRecordFiles(fileURLToPath(dir));
        logger.info(`wrote ${written} record files`);
      },
    },
  };
}
