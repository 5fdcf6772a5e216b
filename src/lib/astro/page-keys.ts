/**
 * Keys for Astro's incremental build (experimental.incrementalBuild, switched
 * on by INCREMENTAL_BUILD=1): a page whose key and code are the same as in the
 * last build is copied from the cache instead of rendered again. Code is
 * Astro's to compare (it hashes each route's modules); the key covers the rest,
 * everything that is not code and that the page may show.
 *
 * A standard's page:
 * - the site: the build date (every status today and every citation date), the
 *   document, the framework, the risks, the sources, the other pages and the
 *   later documents, the regulations, and the repository the footer links to;
 * - the standard itself: its file (data and body, as the content layer's
 *   digest) and the model's view of it, which holds what is derived from other
 *   entries (status today, sources cited);
 * - its events, and every other standard it names (related, successor…),
 *   whose number and title it shows.
 *
 * A framework node's, a risk's or a regulation's page: the site, the entry's
 * file (its body is not in the model) and the model's view of it, and the key
 * of every standard it lists, which covers what the standard's row shows.
 *
 * So a change to one standard re-renders its own pages, those of the standards
 * that name it and those of the nodes, risks and regulations that list it; a
 * change to the framework, a risk, a regulation, a source or the date
 * re-renders them all. Pages with no key (the lists of every standard, the
 * timeline, the exports) are rendered every time. A build test
 * (tests/build/incremental.test.ts) checks that a rebuild writes what a full
 * build writes.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import type { Standard, Taxonomy } from '../model/types';

function digest(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part) ?? 'undefined').update('\u0000');
  return hash.digest('base64url');
}

/** What every page may show of the site as a whole. */
const siteKey = (tax: Taxonomy) =>
  digest(tax.today, tax.document, tax.nodes, tax.risks, tax.sources, tax.pages, tax.later, tax.regulations, process.env.REPO_URL ?? null);

/** Each content file's digest (data and body) in a collection, by entry id. */
async function fileDigests(collection: 'standards' | 'framework' | 'risks' | 'regulations'): Promise<Map<string, unknown>> {
  return new Map((await getCollection(collection)).map((e) => [e.id, e.digest]));
}

/** Worked out once per model: the standards' own pages ask for every key, and each list page for those it lists. */
const standardKeys = new WeakMap<Taxonomy, Promise<(s: Standard) => string>>();

/** The key of each standard's page. */
export function standardPageKeys(tax: Taxonomy): Promise<(s: Standard) => string> {
  let keys = standardKeys.get(tax);
  if (!keys) standardKeys.set(tax, (keys = makeStandardPageKeys(tax)));
  return keys;
}

async function makeStandardPageKeys(tax: Taxonomy): Promise<(s: Standard) => string> {
  const files = await fileDigests('standards');
  const site = siteKey(tax);
  const ids = new Set(tax.standards.map((s) => s.id));
  const known = new Map<string, string>();
  return (s) => {
    let key = known.get(s.id);
    if (key === undefined) {
      const own = JSON.stringify(s);
      // Any string in the entry that is another standard's id is a standard the page may name.
      const named = [...own.matchAll(/"([^"\\]+)"/g)].map((m) => m[1]!).filter((v) => v !== s.id && ids.has(v));
      const others = [...new Set(named)].sort().map((id) => tax.standard(id));
      key = digest(site, files.get(s.id) ?? null, own, tax.eventsOf(s.id), others);
      known.set(s.id, key);
    }
    return key;
  };
}

/**
 * The key of each page about one entry of `collection` that lists standards: a framework node (every standard at or
 * below it), a risk, a regulation (the standards its links come from).
 * @param listed the standards the entry's page lists
 */
export async function entryPageKeys<T extends { id: string }>(
  tax: Taxonomy,
  collection: 'framework' | 'risks' | 'regulations',
  listed: (item: T) => Standard[],
): Promise<(item: T) => string> {
  const [files, standard] = await Promise.all([fileDigests(collection), standardPageKeys(tax)]);
  const site = siteKey(tax);
  return (item) => digest(site, files.get(item.id) ?? null, item, listed(item).map(standard));
}
