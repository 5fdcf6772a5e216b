/**
 * The framework tree in Chromium: every node of the content is a link to its
 * page in both languages and under a base path, with and without JavaScript;
 * folding works by mouse and keyboard and says so through aria-expanded;
 * ?focus= opens and centres the right place; the filter, zoom and narrow
 * screens behave; and nothing breaks the security policy or accessibility.
 */
import type { Locale } from '../../src/lib/vocabulary';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildTaxonomy } from '../../src/lib/taxonomy';
import { buildTree, flatten } from '../../src/lib/tree';
import { createUrls } from '../../src/lib/urls';
import { seriousViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { loadContent, REAL_CONTENT } from '../helpers/load-content';
import { serve, type Served } from '../helpers/serve';
import { baseSite, rootSite, type BuiltSite } from '../helpers/sites';
import { takeProblems, watch, type Watched } from '../helpers/watch';

const tax = buildTaxonomy(loadContent(REAL_CONTENT));
const unplacedTitle = { zh: '', en: '' };
// Titles do not matter here (the page takes them from i18n); structure, keys and routes do.
const tree = buildTree(tax, { rootTitle: { zh: '', en: '' }, unplacedTitle });
const positions = flatten(tree);
const compactPositions = flatten(buildTree(tax, { rootTitle: { zh: '', en: '' }, unplacedTitle, standards: false }));
const branches = positions.filter((p) => p.datum.children.length > 0);

let browser: Browser;
const servers: Served[] = [];
const watches: Watched[] = [];

/** A page whose console errors, script errors and CSP violations fail the test that caused them. */
async function watchedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  watches.push(await watch(page));
  return page;
}

afterEach(() => {
  expect(watches.flatMap(takeProblems)).toEqual([]);
});

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function serveSite(site: BuiltSite): Promise<Served> {
  const s = await serve(site.dir, site.base);
  servers.push(s);
  return s;
}

const localePath = (locale: Locale) => (locale === 'zh' ? '' : 'en/');

interface Seen {
  key: string;
  href: string | null;
  text: string;
  tabIndex: number;
  visible: boolean;
}

/** Every tree position the outline list and the diagram show, with its link. */
async function readTree(page: Page): Promise<{ list: Seen[]; svg: Seen[] }> {
  return page.evaluate(() => {
    const seen = (key: string, a: Element | null): Seen => ({
      key,
      href: a?.getAttribute('href') ?? null,
      text: a?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      tabIndex: (a as HTMLElement | SVGElement | null)?.tabIndex ?? -99,
      visible: !!a && (a as Element).getClientRects().length > 0,
    });
    return {
      list: [...document.querySelectorAll<HTMLLIElement>('[data-tree-list] li[data-key]')].map((li) =>
        seen(li.dataset.key!, li.querySelector(':scope > a')),
      ),
      svg: [...document.querySelectorAll<SVGGElement>('svg[data-tree-svg] g.tree-node')].map((g) => seen(g.dataset.key!, g.querySelector(':scope > a'))),
    };
  });
}

describe.each([
  ['at the root', rootSite],
  ['under a base path', baseSite],
] as const)('without JavaScript, the site built %s', (_label, site) => {
  const built = site();
  const urls = createUrls(built.base);
  let server: Served;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveSite(built);
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await watchedPage(context);
  });
  afterAll(() => context?.close());

  it.each(['zh', 'en'] as const)('shows every node of the tree (%s) as a reachable link, in the list and in the diagram', async (locale) => {
    await page.goto(`${server.url}${localePath(locale)}framework/`);
    const { list, svg } = await readTree(page);
    expect(list.map((s) => s.key)).toEqual(positions.map((p) => p.datum.key));
    expect(svg.map((s) => s.key)).toEqual(positions.map((p) => p.datum.key));
    positions.forEach(({ datum }, i) => {
      const href = urls.href(locale, datum.route);
      // The list: in the tab order, visible, named with the title in the page's language.
      expect(list[i]!.href, datum.key).toBe(href);
      expect(list[i]!.visible, datum.key).toBe(true);
      expect(list[i]!.tabIndex, datum.key).toBe(0);
      if (datum.kind !== 'root' && datum.kind !== 'unplaced') expect(list[i]!.text).toContain(datum.title[locale]);
      if (datum.code && datum.kind !== 'root') expect(list[i]!.text).toContain(datum.code);
      // The diagram: the same link, for the mouse only.
      expect(svg[i]!.href, datum.key).toBe(href);
      expect(svg[i]!.tabIndex).toBe(-1);
    });
    // Branches are open <details>, and the diagram is hidden from assistive technology.
    expect(await page.locator('[data-tree-list] details:not([open])').count()).toBe(0);
    expect(await page.locator('[data-tree-list] details[open]').count()).toBe(branches.length);
    expect(await page.getAttribute('svg[data-tree-svg]', 'aria-hidden')).toBe('true');
    // Controls that need the script stay hidden.
    expect(await page.locator('[data-tree-controls]').isVisible()).toBe(false);
  });

  it('has no serious or critical accessibility violation in its script-free form', async () => {
    // axe needs JavaScript itself, so this page keeps it and only the tree's script is left out.
    const ctx = await browser.newContext();
    await ctx.route(/TaxonomyTree[^/]*\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    const p = await watchedPage(ctx);
    for (const path of ['framework/', 'en/framework/']) {
      await p.goto(server.url + path);
      expect(await p.locator('[data-tree-list] details[open]').count()).toBe(branches.length);
      expect(await seriousViolations(p), path).toEqual([]);
    }
    await ctx.close();
  });

  it.each(['zh', 'en'] as const)('shows parts and sub-areas on the home page (%s) as links to their pages', async (locale) => {
    await page.goto(`${server.url}${localePath(locale)}`);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<SVGGElement>('.tree-compact g.tree-node')].map((g) => [g.dataset.key, g.querySelector('a')?.getAttribute('href')]),
    );
    expect(links).toEqual(compactPositions.map((p) => [p.datum.key, urls.href(locale, p.datum.route)]));
    expect(await page.locator('.tree-compact a[href]').last().getAttribute('href')).toBe(urls.href(locale, { page: 'framework' }));
    // The home page stays free of scripts: its tree is drawn at build time.
    expect(await page.locator('script[src*="TaxonomyTree"]').count()).toBe(0);
  });
});

describe.each([
  ['at the root', rootSite],
  ['under a base path', baseSite],
] as const)('with JavaScript, the site built %s', (_label, site) => {
  const built = site();
  const urls = createUrls(built.base);
  let server: Served;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serveSite(built);
    context = await browser.newContext();
    page = await watchedPage(context);
  });
  afterAll(() => context?.close());

  it.each(['zh', 'en'] as const)('turns the list into an ARIA tree of links (%s)', async (locale) => {
    await page.goto(`${server.url}${localePath(locale)}framework/`);
    await page.waitForSelector('[data-tree][data-tree-ready]');
    const items = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('[role="tree"] [role="treeitem"]')].map((a) => ({
        key: a.closest('li')!.dataset.key,
        href: a.getAttribute('href'),
        level: a.getAttribute('aria-level'),
        expanded: a.getAttribute('aria-expanded'),
        tabIndex: a.tabIndex,
      })),
    );
    expect(items.map((i) => i.key)).toEqual(positions.map((p) => p.datum.key));
    positions.forEach(({ datum, depth }, i) => {
      expect(items[i]!.href).toBe(urls.href(locale, datum.route));
      expect(items[i]!.level).toBe(String(depth + 1));
      expect(items[i]!.expanded).toBe(datum.children.length ? 'true' : null);
    });
    // Exactly one treeitem is in the tab order (roving tabindex): the root.
    expect(items.filter((i) => i.tabIndex === 0).map((i) => i.key)).toEqual(['root']);
    expect(await page.locator('[data-tree-controls]').isVisible()).toBe(true);
  });
});

describe('the interactive tree', () => {
  let server: Served;
  let context: BrowserContext;
  let page: Page;
  const branch = branches.find((b) => b.depth === 1 && b.datum.children.length > 0) ?? branches[0]!;
  const child = branch.datum.children[0]!;

  /** Clicks a box's round toggle, after bringing the box into view the way a keyboard user would. */
  const clickToggle = async (key: string) => {
    await page.focus(`li[data-key="${key}"] > [role="treeitem"]`);
    await page.click(`g.tree-node[data-key="${key}"] > [data-toggle]`);
  };
  const expanded = (key: string) => page.getAttribute(`li[data-key="${key}"] > [role="treeitem"]`, 'aria-expanded');
  const drawn = (key: string) => page.locator(`g.tree-node[data-key="${key}"]`).isVisible();
  const listed = (key: string) => page.locator(`li[data-key="${key}"] > [role="treeitem"]`).isVisible();

  beforeAll(async () => {
    server = await serveSite(rootSite());
    // Reduced motion: changes land at once, so the test never waits on an animation.
    context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
    page = await watchedPage(context);
  });
  afterAll(() => context?.close());

  async function open(path = 'en/framework/') {
    await page.goto(server.url + path);
    await page.waitForSelector('[data-tree][data-tree-ready]');
  }

  it('folds and unfolds a branch with the diagram’s toggle and with the list’s twisty', async () => {
    await open();
    expect(await expanded(branch.datum.key)).toBe('true');
    expect(await drawn(child.key)).toBe(true);
    await clickToggle(branch.datum.key);
    expect(await expanded(branch.datum.key)).toBe('false');
    expect(await drawn(child.key)).toBe(false);
    expect(await listed(child.key)).toBe(false);
    await clickToggle(branch.datum.key);
    expect(await expanded(branch.datum.key)).toBe('true');
    expect(await drawn(child.key)).toBe(true);
    await page.click(`li[data-key="${branch.datum.key}"] > .tree-twisty`);
    expect(await expanded(branch.datum.key)).toBe('false');
    expect(await listed(child.key)).toBe(false);
    await page.click(`li[data-key="${branch.datum.key}"] > .tree-twisty`);
    expect(await expanded(branch.datum.key)).toBe('true');
    expect(await listed(child.key)).toBe(true);
  });

  it('moves the boxes below a folded branch up at once when motion is reduced', async () => {
    await open();
    const next = positions.find((p) => p.depth === 1 && p.index === branch.index + 1);
    if (!next) return;
    const y = () => page.getAttribute(`g.tree-node[data-key="${next.datum.key}"]`, 'transform');
    const before = await y();
    await clickToggle(branch.datum.key);
    // No waiting: with reduced motion the new position is set in the same task.
    expect(await page.evaluate((k) => document.querySelector(`g.tree-node[data-key="${k}"]`)!.getAttribute('transform'), next.datum.key)).not.toBe(before);
  });

  it('is reached with Tab and walked with the arrow keys, announcing aria-expanded; Enter opens the link', async () => {
    await open();
    await page.focus('[data-tree-filter]:checked');
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).closest('li')?.dataset.key ?? document.activeElement?.tagName);
    expect(await focused()).toBe('root');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('treeitem');
    // Visible focus.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(positions[1]!.datum.key);
    // Walk down to the branch under test.
    for (let i = 0; i < 200 && (await focused()) !== branch.datum.key; i++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(branch.datum.key);
    await page.keyboard.press('ArrowLeft');
    expect(await expanded(branch.datum.key)).toBe('false');
    expect(await drawn(child.key)).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(await expanded(branch.datum.key)).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(child.key);
    await page.keyboard.press('ArrowLeft');
    if (child.children.length) await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(branch.datum.key);
    await page.keyboard.press(' ');
    expect(await expanded(branch.datum.key)).toBe('false');
    await page.keyboard.press(' ');
    expect(await expanded(branch.datum.key)).toBe('true');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('root');
    // The diagram follows the keyboard.
    expect(await page.locator('g.tree-node.is-active').getAttribute('data-key')).toBe('root');
    await page.keyboard.press('End');
    expect(await focused()).toBe(positions.at(-1)!.datum.key);
    await Promise.all([page.waitForURL(`**${createUrls('/').href('en', positions.at(-1)!.datum.route)}`), page.keyboard.press('Enter')]);
  });

  it('folds everything but the parts, and opens everything again', async () => {
    await open();
    await page.click('[data-tree-action="collapse-all"]');
    const shown = () => page.locator('g.tree-node:not(.is-hidden)').count();
    expect(await shown()).toBe(1 + tree.children.length);
    expect(await page.locator('[role="treeitem"][aria-expanded="true"]').count()).toBe(1);
    await page.click('[data-tree-action="expand-all"]');
    expect(await shown()).toBe(positions.length);
    expect(await page.locator('[role="treeitem"][aria-expanded="false"]').count()).toBe(0);
  });

  it('shows only standards of one status when filtered, with counts to match', async () => {
    await open();
    const status = 'published';
    await page.check(`[data-tree-filter][value="${status}"]`);
    const drawnStandards = await page.evaluate(() =>
      [...document.querySelectorAll<SVGGElement>('g.tree-node--standard:not(.is-hidden)')].map((g) => g.dataset.status),
    );
    expect(drawnStandards.length).toBe(positions.filter((p) => p.datum.status === status).length);
    expect(new Set(drawnStandards)).toEqual(new Set(drawnStandards.length ? [status] : []));
    expect(await page.locator(`li[data-key] [role="treeitem"]:visible`).count()).toBe(positions.filter((p) => p.datum.kind !== 'standard' || p.datum.status === status).length);
    expect(await page.locator('g.tree-node[data-key="root"] .tree-count-n').textContent()).toBe(`${tree.countByStatus[status]}/${tree.count}`);
    await page.check('[data-tree-filter][value=""]');
    expect(await page.locator('g.tree-node:not(.is-hidden)').count()).toBe(positions.length);
    expect(await page.locator('g.tree-node[data-key="root"] .tree-count-n').textContent()).toBe(String(tree.count));
  });

  it('pans and zooms with the buttons and comes back with reset', async () => {
    await open();
    const transform = () => page.getAttribute('[data-tree-canvas]', 'transform');
    const start = await transform();
    await page.click('[data-tree-action="zoom-in"]');
    expect(await transform()).toMatch(/scale\(1\.25\)/);
    await page.click('[data-tree-action="zoom-out"]');
    await page.click('[data-tree-action="zoom-out"]');
    expect(await transform()).toMatch(/scale\(0\.8\)/);
    // Drag to pan.
    const box = (await page.locator('svg[data-tree-svg]').boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 140, box.y + 90, { steps: 4 });
    await page.mouse.up();
    const panned = await transform();
    expect(panned).not.toBe(start);
    // Ctrl + wheel zooms; a plain wheel is left to the page.
    await page.mouse.move(box.x + 100, box.y + 100);
    await page.mouse.wheel(0, 100);
    expect(await transform()).toBe(panned);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    expect(await transform()).not.toBe(panned);
    await page.click('[data-tree-action="reset"]');
    expect(await transform()).toBe(start);
  });

  describe('?focus=', () => {
    const standards = positions.filter((p) => p.datum.kind === 'standard');
    // The deepest placed standard, and a sub-area if there is one, else a part.
    const deepest = [...standards].sort((a, b) => b.depth - a.depth)[0];
    const node = positions.find((p) => p.datum.kind === 'area') ?? positions.find((p) => p.datum.kind === 'part')!;
    const cases = [deepest, node].filter((p): p is NonNullable<typeof p> => !!p);

    it.each(cases.map((c) => [c.datum.id, c] as const))('%s: opens the path, marks every place it sits and centres the first', async (id, target) => {
      await open(`en/framework/?focus=${encodeURIComponent(id)}`);
      const places = positions.filter((p) => p.datum.id === id);
      for (const place of places) {
        for (let key = place.parent?.key; key; key = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : undefined) {
          expect(await expanded(key), key).toBe('true');
        }
        expect(await drawn(place.datum.key)).toBe(true);
        expect(await page.locator(`g.tree-node[data-key="${place.datum.key}"]`).getAttribute('class')).toContain('is-target');
      }
      // The first place is in the tab order and in the middle of the diagram.
      expect(await page.getAttribute(`li[data-key="${target.datum.key}"] > [role="treeitem"]`, 'tabindex')).toBe('0');
      const svg = (await page.locator('svg[data-tree-svg]').boundingBox())!;
      const box = (await page.locator(`g.tree-node[data-key="${target.datum.key}"] .tree-box`).boundingBox())!;
      expect(Math.abs(box.y + box.height / 2 - (svg.y + svg.height / 2))).toBeLessThan(svg.height / 4);
      expect(box.x).toBeGreaterThanOrEqual(svg.x);
      expect(box.x + box.width).toBeLessThanOrEqual(svg.x + svg.width);
    });

    it('ignores an id that is not in the tree', async () => {
      await open('en/framework/?focus=no-such-thing');
      expect(await page.locator('.is-target').count()).toBe(0);
    });
  });

  it('fits a 360 px screen: the page does not scroll sideways and text keeps its size', async () => {
    const narrow = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const p = await watchedPage(narrow);
    for (const path of ['en/framework/', 'framework/', 'en/', '']) {
      await p.goto(server.url + path);
      expect(await p.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      const smallest = await p.evaluate(() => Math.min(...[...document.querySelectorAll<SVGTextElement>('svg[data-tree-svg] text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1))));
      expect(smallest, path).toBeGreaterThanOrEqual(13);
    }
    await narrow.close();
  });

  it.each(['framework/', 'en/framework/', '', 'en/'])('/%s has no serious or critical accessibility violation', async (path) => {
    await page.goto(server.url + path);
    if (path.includes('framework')) {
      await page.waitForSelector('[data-tree][data-tree-ready]');
      // Check the folded state too: hidden groups must leave a valid tree.
      await page.click(`li[data-key="${branch.datum.key}"] > .tree-twisty`);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('throughout', () => {
  it('measured the tree’s time to interactive', async () => {
    const context = await browser.newContext();
    const page = await watchedPage(context);
    const server = await serveSite(rootSite());
    await page.goto(server.url + 'framework/');
    await page.waitForSelector('[data-tree][data-tree-ready]');
    const ms = await page.evaluate(() => performance.getEntriesByName('tree:interactive', 'measure')[0]?.duration);
    expect(ms).toBeGreaterThan(0);
    await context.close();
  });
});
