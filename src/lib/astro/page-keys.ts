/**
 * Keys for Astro's incremental build (experimental.incrementalBuild, switched
 * on by INCREMENTAL_BUILD=1): a page whose key and code are the same as in the
 * last build is copied from the cache instead of rendered again. Code is
 * Astro's to compare (it hashes each route's modules); the key covers the rest,
 * everything that is not code and that the page may show:
 *
 * - the site: the build date (every status today and every citation date), the
 *   document, the framework, the risks, the sources, the other pages and the
 *   later documents, the regulations, and the repository the footer links to;
 * - the standard itself: its file (data and body, as the content layer's
 *   digest) and the model's view of it, which holds what is derived from other
 *   entries (status today, sources cited);
 * - its events, and every other standard it names (related, successor…),
 *   whose number and title it shows.
 *
 * So a change to one standard re-renders its own pages and those of the
 * standards that name it; a change to the framework, a risk, a source or the
 * date re-renders them all.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import type { Standard, Taxonomy } from '../model/types';

function digest(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part) ?? 'undefined').update('\u0000');
  return hash.digest('base64url');
}

/** The key of each standard's page, by the standard's id. */
export async function standardPageKeys(tax: Taxonomy): Promise<(s: Standard) => string> {
  const files = new Map((await getCollection('standards')).map((e) => [e.id, e.digest]));
  const site = digest(tax.today, tax.document, tax.nodes, tax.risks, tax.sources, tax.pages, tax.later, tax.regulations, process.env.REPO_URL ?? null);
  const ids = new Set(tax.standards.map((s) => s.id));
  return (s) => {
    const own = JSON.stringify(s);
    // Any string in the entry that is another standard's id is a standard the page may name.
    const named = [...own.matchAll(/"([^"\\]+)"/g)].map((m) => m[1]!).filter((v) => v !== s.id && ids.has(v));
    const others = [...new Set(named)].sort().map((id) => tax.standard(id));
    return digest(site, files.get(s.id) ?? null, own, tax.eventsOf(s.id), others);
  };
}
