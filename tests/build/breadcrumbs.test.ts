/**
 * The standard page's breadcrumb runs through the framework — home, the
 * framework, the part, the sub-area — to the standard, as a reader browsing
 * there would have come; and every page's footer says how to report an error.
 */
import { describe, expect, it } from 'vitest';
import { loadContent, REAL_CONTENT, modelOf } from '../helpers/load-content';
import { htmlFiles, read } from '../helpers/html';
import { baseSite, rootSite, type BuiltSite } from '../helpers/sites';

const tax = modelOf(loadContent(REAL_CONTENT));
const sites: [string, () => BuiltSite][] = [
  ['at the root', rootSite],
  ['under a base path', baseSite],
];

/** The hrefs of the breadcrumb's links, in order, and the current item's text. */
function breadcrumb(html: string): { links: string[]; current: string } {
  const nav = /<nav class="breadcrumbs"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return {
    links: [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!),
    current: /aria-current="page"[^>]*>([^<]*)</.exec(nav)?.[1] ?? '',
  };
}

describe.each(sites)('the site built %s', (_label, site) => {
  const { dir, base } = site();

  it('leads each placed standard’s breadcrumb through its framework node', () => {
    const placed = tax.standards.filter((s) => s.nodes.length > 0);
    expect(placed.length).toBeGreaterThan(0);
    for (const s of placed) {
      for (const prefix of ['', 'en/']) {
        const { links, current } = breadcrumb(read(dir, `${prefix}standards/${s.id}/index.html`));
        const node = tax.node(s.nodes[0]!);
        expect(links, `${prefix}${s.id}`).toEqual([
          `${base}${prefix}`,
          `${base}${prefix}framework/`,
          ...node.path.map((id) => `${base}${prefix}framework/${id}/`),
        ]);
        expect(current, `${prefix}${s.id}`).toBe(s.number ?? s.title[prefix ? 'en' : 'zh']);
      }
    }
  });

  it('leads an unplaced standard’s breadcrumb through the table of all standards', () => {
    for (const s of tax.standards.filter((x) => x.nodes.length === 0)) {
      expect(breadcrumb(read(dir, `standards/${s.id}/index.html`)).links).toEqual([base, `${base}standards/`]);
    }
  });

  it('says on every page how to report an error', () => {
    const missing = htmlFiles(dir).filter((f) => !/data-report-(how|error)/.test(read(dir, f)));
    expect(missing).toEqual([]);
  });
});
