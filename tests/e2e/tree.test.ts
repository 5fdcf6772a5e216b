/**
 * The framework tree in Chromium: every node of the content is a link to its
 * page in both languages and under a base path, with and without JavaScript;
 * it opens on the parts and sub-areas, fitted into its panel; folding works by
 * mouse and keyboard, says so through aria-expanded, and refits; ?focus= opens
 * the path to the right place; the filter, zoom and phones behave; and nothing
 * breaks the security policy or accessibility.
 */
import { LOCALES } from '~/lib/base/vocabulary';
import { localePrefix } from '~/lib/i18n/locale';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Served } from '../helpers/serve';
import { buildTree, flatten, statusesIn } from '~/lib/tree/data';
import { openAtStart } from '~/lib/tree/layout';
import { createUrls } from '~/lib/site/urls';
import { seriousViolations } from '../helpers/axe';
import { it } from '../helpers/fixtures';
import { loadContent, REAL_CONTENT, modelOf } from '../helpers/load-content';
import { SITES, type SiteName } from '../helpers/sites';
import { takeProblems } from '../helpers/watch';

const tax = modelOf(loadContent(REAL_CONTENT));
const unplacedTitle = { zh: '', en: '' };
// Titles do not matter here (the page takes them from i18n); structure, keys and routes do.
const tree = buildTree(tax, { rootTitle: { zh: '', en: '' }, unplacedTitle });
const positions = flatten(tree);
const compactPositions = flatten(buildTree(tax, { rootTitle: { zh: '', en: '' }, unplacedTitle, standards: false }));
const branches = positions.filter((p) => p.datum.children.length > 0);
const startOpen = openAtStart(tree);
const startsOpen = (d: { key: string }) => startOpen.has(d.key);
const openBranches = branches.filter((b) => startsOpen(b.datum));
/** Keys from the root down to a position's parent. */
const ancestors = (key: string): string[] => {
  const out: string[] = [];
  for (let k = key; k.includes('/');) out.unshift((k = k.slice(0, k.lastIndexOf('/'))));
  return out;
};
const byKey = new Map(positions.map((p) => [p.datum.key, p.datum]));
/** What the tree shows before anyone touches it: the parts and sub-areas, standards folded. */
const shownAtStart = positions.filter((p) => ancestors(p.datum.key).every((k) => startOpen.has(k)));

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
      // checkVisibility: the content of a closed <details> has boxes but is not rendered.
      visible: !!a && (a as Element).checkVisibility(),
    });
    return {
      list: [...document.querySelectorAll<HTMLLIElement>('[data-tree-list] li[data-key]')].map((li) => seen(li.dataset.key!, li.querySelector(':scope > a'))),
      svg: [...document.querySelectorAll<SVGGElement>('svg[data-tree-svg] g.tree-node')].map((g) => seen(g.dataset.key!, g.querySelector(':scope > a'))),
    };
  });
}

const SITE_NAMES: [string, SiteName][] = [
  ['at the root', 'root'],
  ['under a base path', 'base'],
];

describe.each(SITE_NAMES)('without JavaScript, the site built %s', (_label, site) => {
  const urls = createUrls(SITES[site]().base);
  it.override({ site, contextOptions: { javaScriptEnabled: false } });

  it.for(LOCALES)('shows every node of the tree (%s) as a reachable link, in the list and in the diagram', async (locale, { page, server }) => {
    await page.goto(`${server.url}${localePrefix(locale)}framework/`);
    const { list, svg } = await readTree(page);
    expect(list.map((s) => s.key)).toEqual(positions.map((p) => p.datum.key));
    // The diagram draws the framework as the tree opens; each box links where the list does.
    expect(svg.map((s) => s.key)).toEqual(shownAtStart.map((p) => p.datum.key));
    const start = new Set(shownAtStart.map((p) => p.datum.key));
    positions.forEach(({ datum }, i) => {
      const href = urls.href(locale, datum.route);
      // The list: in the tab order, named with the title in the page's language; shown where its branch starts open.
      expect(list[i]!.href, datum.key).toBe(href);
      expect(list[i]!.visible, datum.key).toBe(start.has(datum.key));
      expect(list[i]!.tabIndex, datum.key).toBe(0);
      if (datum.kind !== 'root' && datum.kind !== 'unplaced') expect(list[i]!.text).toContain(datum.title[locale]);
      if (datum.code && datum.kind !== 'root') expect(list[i]!.text).toContain(datum.code);
    });
    svg.forEach((seen) => {
      // The diagram: the same link, for the mouse only.
      expect(seen.href, seen.key).toBe(urls.href(locale, byKey.get(seen.key)!.route));
      expect(seen.tabIndex).toBe(-1);
    });
    // Branches are <details>, open where the tree starts open, and any can be opened.
    expect(await page.locator('[data-tree-list] details[open]').count()).toBe(openBranches.length);
    expect(await page.locator('[data-tree-list] details').count()).toBe(branches.length);
    const closed = branches.find((b) => !startsOpen(b.datum))!;
    const firstChild = closed.datum.children[0]!.key;
    await page.click(`li[data-key="${closed.datum.key}"] > details > summary`);
    expect(await page.locator(`li[data-key="${firstChild}"] > a`).isVisible()).toBe(true);
    // The diagram is hidden from assistive technology.
    expect(await page.getAttribute('svg[data-tree-svg]', 'aria-hidden')).toBe('true');
    // Controls that need the script stay hidden.
    expect(await page.locator('[data-tree-controls]').isVisible()).toBe(false);
  });

  it('has no serious or critical accessibility violation in its script-free form', async ({ newPage, server }) => {
    // axe needs JavaScript itself, so this page keeps it and only the tree's script is left out.
    const p = await newPage();
    await p.route(/TaxonomyTree[^/]*\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    for (const path of ['framework/', 'en/framework/']) {
      await p.goto(server.url + path);
      expect(await p.locator('[data-tree-list] details[open]').count()).toBe(openBranches.length);
      expect(await seriousViolations(p), path).toEqual([]);
    }
  });

  it.for(LOCALES)('shows parts and sub-areas on the home page (%s) as links to their pages', async (locale, { page, server }) => {
    await page.goto(`${server.url}${localePrefix(locale)}`);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<SVGGElement>('.tree-compact g.tree-node')].map((g) => [g.dataset.key, g.querySelector('a')?.getAttribute('href')]),
    );
    expect(links).toEqual(compactPositions.map((p) => [p.datum.key, urls.href(locale, p.datum.route)]));
    expect(await page.locator('.tree-compact a[href]').last().getAttribute('href')).toBe(urls.href(locale, { page: 'framework' }));
    // The home page stays free of scripts: its tree is drawn at build time.
    expect(await page.locator('script[src*="TaxonomyTree"]').count()).toBe(0);
  });
});

describe.each(SITE_NAMES)('with JavaScript, the site built %s', (_label, site) => {
  const urls = createUrls(SITES[site]().base);
  it.override({ site });

  it.for(LOCALES)('turns the list into an ARIA tree of links (%s)', async (locale, { page, server }) => {
    await page.goto(`${server.url}${localePrefix(locale)}framework/`);
    await page.waitForSelector('[data-tree][data-tree-ready]');
    const read = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('[role="tree"] [role="treeitem"]')]
          .filter((a) => a.checkVisibility())
          .map((a) => ({
            key: a.closest('li')!.dataset.key,
            href: a.getAttribute('href'),
            level: a.getAttribute('aria-level'),
            expanded: a.getAttribute('aria-expanded'),
            tabIndex: a.tabIndex,
          })),
      );
    // At the start: the items the tree shows, folded where it starts folded.
    const items = await read();
    expect(items.map((i) => i.key)).toEqual(shownAtStart.map((p) => p.datum.key));
    shownAtStart.forEach(({ datum, depth }, i) => {
      expect(items[i]!.href).toBe(urls.href(locale, datum.route));
      expect(items[i]!.level).toBe(String(depth + 1));
      expect(items[i]!.expanded).toBe(datum.children.length ? String(startsOpen(datum)) : null);
    });
    // Exactly one treeitem is in the tab order (roving tabindex): the root.
    expect(items.filter((i) => i.tabIndex === 0).map((i) => i.key)).toEqual(['root']);
    expect(await page.locator('[data-tree-controls]').isVisible()).toBe(true);
    // Opened, every position is a treeitem at its level, and still only one is in the tab order.
    await page.click('[data-tree-action="expand-all"]');
    const all = await read();
    expect(all.map((i) => i.key)).toEqual(positions.map((p) => p.datum.key));
    positions.forEach(({ datum, depth }, i) => {
      expect(all[i]!.href).toBe(urls.href(locale, datum.route));
      expect(all[i]!.level).toBe(String(depth + 1));
      expect(all[i]!.expanded).toBe(datum.children.length ? 'true' : null);
    });
    expect(all.filter((i) => i.tabIndex === 0).map((i) => i.key)).toEqual(['root']);
  });
});

describe('the interactive tree', () => {
  // Reduced motion: changes land at once, so the test never waits on an animation.
  it.override({ contextOptions: { reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } } });
  // The page and server of the test running, for the helpers below.
  let page: Page;
  let server: Served;
  it.beforeEach(({ page: p, server: s }) => {
    page = p;
    server = s;
  });
  // A part that starts open (C, with its sub-areas) and one that starts folded, with a standard in it.
  const openBranch = openBranches.find((b) => b.depth === 1)!;
  const openChild = openBranch.datum.children[0]!;
  const closedBranch = branches.find((b) => b.depth === 1 && !startsOpen(b.datum))!;
  const closedChild = closedBranch.datum.children[0]!;

  /** Clicks a box's round toggle, after bringing the box into view the way a keyboard user would. */
  const clickToggle = async (key: string) => {
    await page.focus(`li[data-key="${key}"] > [role="treeitem"]`);
    await page.click(`g.tree-node[data-key="${key}"] > [data-toggle]`);
  };
  const expanded = (key: string) => page.getAttribute(`li[data-key="${key}"] > [role="treeitem"]`, 'aria-expanded');
  const drawn = (key: string) => page.locator(`g.tree-node[data-key="${key}"]`).isVisible();
  const listed = (key: string) => page.locator(`li[data-key="${key}"] > [role="treeitem"]`).isVisible();

  /** Keys of the drawn boxes lying outside the diagram's panel (none, when the view fits). */
  const outsidePanel = () =>
    page.evaluate(() => {
      const panel = document.querySelector('svg[data-tree-svg]')!.getBoundingClientRect();
      return [...document.querySelectorAll<SVGGElement>('g.tree-node:not(.is-hidden)')]
        .filter((g) => {
          const r = g.querySelector('.tree-box')!.getBoundingClientRect();
          return r.left < panel.left - 0.5 || r.right > panel.right + 0.5 || r.top < panel.top - 0.5 || r.bottom > panel.bottom + 0.5;
        })
        .map((g) => g.dataset.key);
    });

  async function open(path = 'en/framework/') {
    await page.goto(server.url + path);
    await page.waitForSelector('[data-tree][data-tree-ready]');
  }

  it.each(['framework/', 'en/framework/'])(
    '/%s opens fitted: the root, the five parts and C’s sub-areas inside the panel, standards folded, the root’s title whole',
    async (path) => {
      await open(path);
      const shown = await page.evaluate(() => [...document.querySelectorAll<SVGGElement>('g.tree-node:not(.is-hidden)')].map((g) => g.dataset.key));
      expect(shown).toEqual(shownAtStart.map((p) => p.datum.key));
      expect(shown.filter((k) => byKey.get(k!)?.kind === 'part')).toHaveLength(5);
      expect(await outsidePanel()).toEqual([]);
      const title = await page.evaluate(() => [...document.querySelectorAll('g.tree-node[data-key="root"] .tree-title')].map((t) => t.textContent).join(' '));
      expect(title).toBe(path.startsWith('en') ? tax.document.title.en : tax.document.title.zhShort);
    },
  );

  it('opens and folds a branch with the diagram’s toggle and with the list’s twisty, drawing its standards', async () => {
    await open();
    expect(await expanded(closedBranch.datum.key)).toBe('false');
    expect(await drawn(closedChild.key)).toBe(false);
    await clickToggle(closedBranch.datum.key);
    expect(await expanded(closedBranch.datum.key)).toBe('true');
    expect(await drawn(closedChild.key)).toBe(true);
    expect(await listed(closedChild.key)).toBe(true);
    // The drawn box is the standard's, linking to its page.
    expect(await page.getAttribute(`g.tree-node[data-key="${closedChild.key}"] > a`, 'href')).toBe(createUrls('/').href('en', closedChild.route));
    await clickToggle(closedBranch.datum.key);
    expect(await expanded(closedBranch.datum.key)).toBe('false');
    expect(await drawn(closedChild.key)).toBe(false);
    await page.click(`li[data-key="${closedBranch.datum.key}"] > .tree-twisty`);
    expect(await expanded(closedBranch.datum.key)).toBe('true');
    expect(await listed(closedChild.key)).toBe(true);
    await page.click(`li[data-key="${closedBranch.datum.key}"] > .tree-twisty`);
    expect(await expanded(closedBranch.datum.key)).toBe('false');
    expect(await listed(closedChild.key)).toBe(false);
  });

  it('refits after opening and closing, so what opened is in view', async () => {
    await open();
    await clickToggle(closedBranch.datum.key);
    expect(await outsidePanel()).toEqual([]);
    await clickToggle(openBranch.datum.key);
    expect(await drawn(openChild.key)).toBe(false);
    expect(await outsidePanel()).toEqual([]);
  });

  it('moves the boxes below a folded branch up at once when motion is reduced', async () => {
    await open();
    const next = positions.find((p) => p.depth === 1 && p.index === openBranch.index + 1);
    if (!next) return;
    const y = () => page.getAttribute(`g.tree-node[data-key="${next.datum.key}"]`, 'transform');
    const before = await y();
    await clickToggle(openBranch.datum.key);
    // No waiting: with reduced motion the new position is set in the same task.
    expect(await y()).not.toBe(before);
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
    // Walk down to the open branch.
    for (let i = 0; i < 200 && (await focused()) !== openBranch.datum.key; i++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(openBranch.datum.key);
    await page.keyboard.press('ArrowLeft');
    expect(await expanded(openBranch.datum.key)).toBe('false');
    expect(await drawn(openChild.key)).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(await expanded(openBranch.datum.key)).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(openChild.key);
    // A folded child: → opens it, ← folds it, ← again goes up.
    if (openChild.children.length) {
      await page.keyboard.press('ArrowRight');
      expect(await expanded(openChild.key)).toBe('true');
      expect(await drawn(openChild.children[0]!.key)).toBe(true);
      await page.keyboard.press('ArrowLeft');
      expect(await expanded(openChild.key)).toBe('false');
    }
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(openBranch.datum.key);
    await page.keyboard.press(' ');
    expect(await expanded(openBranch.datum.key)).toBe('false');
    await page.keyboard.press(' ');
    expect(await expanded(openBranch.datum.key)).toBe('true');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('root');
    // The diagram follows the keyboard.
    expect(await page.locator('g.tree-node.is-active').getAttribute('data-key')).toBe('root');
    await page.keyboard.press('End');
    const last = shownAtStart.at(-1)!.datum;
    expect(await focused()).toBe(last.key);
    await Promise.all([page.waitForURL(`**${createUrls('/').href('en', last.route)}`), page.keyboard.press('Enter')]);
  });

  it('folds everything but the parts, never leaving the panel empty, and opens everything again', async () => {
    await open();
    await page.click('[data-tree-action="collapse-all"]');
    const shown = () => page.locator('g.tree-node:not(.is-hidden)').count();
    expect(await shown()).toBe(1 + tree.children.length);
    expect(await page.locator('[role="treeitem"][aria-expanded="true"]').count()).toBe(1);
    expect(await outsidePanel()).toEqual([]);
    await page.click('[data-tree-action="expand-all"]');
    expect(await shown()).toBe(positions.length);
    expect(await page.locator('[role="treeitem"][aria-expanded="false"]').count()).toBe(0);
    // Too many to read at once: the root stays in view.
    expect(await outsidePanel()).not.toContain('root');
    await page.click('[data-tree-action="collapse-all"]');
    expect(await outsidePanel()).toEqual([]);
  });

  it('shows only standards of one status today when filtered, with counts to match', async () => {
    await open();
    await page.click('[data-tree-action="expand-all"]');
    const status = statusesIn(tree)[0]!;
    await page.check(`[data-tree-filter][value="${status}"]`);
    const drawnStandards = await page.evaluate(() =>
      [...document.querySelectorAll<SVGGElement>('g.tree-node--standard:not(.is-hidden)')].map((g) => g.getAttribute('class')),
    );
    expect(drawnStandards.length).toBe(positions.filter((p) => p.datum.status === status).length);
    for (const c of drawnStandards) expect(c).toContain(`tree-node--${status}`);
    expect(await page.locator(`li[data-key] [role="treeitem"]:visible`).count()).toBe(
      positions.filter((p) => p.datum.kind !== 'standard' || p.datum.status === status).length,
    );
    expect(await page.locator('g.tree-node[data-key="root"] .tree-count-n').textContent()).toBe(`${tree.countByStatus[status]}/${tree.count}`);
    await page.check('[data-tree-filter][value=""]');
    expect(await page.locator('g.tree-node:not(.is-hidden)').count()).toBe(positions.length);
    expect(await page.locator('g.tree-node[data-key="root"] .tree-count-n').textContent()).toBe(String(tree.count));
  });

  it('says in words, in each drawn box as in the list, when a status today rests on one source or an inference', async () => {
    await open();
    await page.click('[data-tree-action="expand-all"]');
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGGElement>('g.tree-node--standard')].map((g) => ({
        key: g.dataset.key!,
        meta: g.querySelector('.tree-meta')?.textContent,
        listed: document.querySelector(`li[data-key="${g.dataset.key}"] .tree-item__status`)?.textContent,
      })),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box.meta, box.key).toBe(box.listed);
    const inferred = boxes.filter((b) => b.key.endsWith('~tc260-003'));
    expect(inferred.length).toBeGreaterThan(0);
    for (const box of inferred) expect(box.meta).toBe('Superseded (inferred)');
  });

  it('marks candidates as candidates, in the list and in the diagram', async () => {
    await open();
    await page.click('[data-tree-action="expand-all"]');
    const candidates = positions.filter((p) => p.datum.candidate).map((p) => p.datum.key);
    expect(candidates.length).toBeGreaterThan(0);
    const tagged = await page.evaluate(() => ({
      list: [...document.querySelectorAll<HTMLLIElement>('li[data-key]')]
        .filter((li) => li.querySelector(':scope > a .tree-tag')?.textContent === 'Candidate')
        .map((li) => li.dataset.key),
      svg: [...document.querySelectorAll<SVGGElement>('g.tree-node.is-candidate')]
        .filter((g) => g.querySelector('.tree-tag')?.textContent === 'Candidate')
        .map((g) => g.dataset.key),
    }));
    expect(tagged.list).toEqual(candidates);
    expect(tagged.svg.sort()).toEqual([...candidates].sort());
  });

  it('pans and zooms with the buttons and comes back with reset', async () => {
    await open();
    const transform = () => page.getAttribute('[data-tree-canvas]', 'transform');
    const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await transform()) ?? '')?.[1] ?? 1);
    const start = await transform();
    const k0 = await scale();
    await page.click('[data-tree-action="zoom-in"]');
    expect(await scale()).toBeCloseTo(k0 * 1.25);
    await page.click('[data-tree-action="zoom-out"]');
    await page.click('[data-tree-action="zoom-out"]');
    expect(await scale()).toBeCloseTo(k0 * 0.8);
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
    // The deepest placed standard (its sub-area starts folded), and a sub-area if there is one, else a part.
    const deepest = [...standards].sort((a, b) => b.depth - a.depth)[0];
    const node = positions.find((p) => p.datum.kind === 'area') ?? positions.find((p) => p.datum.kind === 'part')!;
    const cases = [deepest, node].filter((p): p is NonNullable<typeof p> => !!p);

    it('has a case whose path starts folded', () => {
      expect(cases.some((c) => ancestors(c.datum.key).some((k) => !startOpen.has(k)))).toBe(true);
    });

    it.each(cases.map((c) => [c.datum.id, c] as const))('%s: opens the path, marks every place it sits and shows the first', async (id, target) => {
      await open(`en/framework/?focus=${encodeURIComponent(id)}`);
      const places = positions.filter((p) => p.datum.id === id);
      for (const place of places) {
        for (const key of ancestors(place.datum.key)) expect(await expanded(key), key).toBe('true');
        expect(await drawn(place.datum.key)).toBe(true);
        expect(await page.locator(`g.tree-node[data-key="${place.datum.key}"]`).getAttribute('class')).toContain('is-target');
      }
      // The first place is in the tab order and inside the diagram's panel.
      expect(await page.getAttribute(`li[data-key="${target.datum.key}"] > [role="treeitem"]`, 'tabindex')).toBe('0');
      expect(await outsidePanel()).not.toContain(target.datum.key);
    });

    it('ignores an id that is not in the tree', async () => {
      await open('en/framework/?focus=no-such-thing');
      expect(await page.locator('.is-target').count()).toBe(0);
    });
  });

  it('on a 360 px phone puts the list first and the diagram behind a button; nothing scrolls sideways', async ({ newPage }) => {
    const p = await newPage({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
    for (const path of ['en/framework/', 'framework/', 'en/', '']) {
      await p.goto(server.url + path);
      expect(await p.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    await p.goto(server.url + 'en/framework/');
    await p.waitForSelector('[data-tree][data-tree-ready]');
    expect(await p.locator('svg[data-tree-svg]').isVisible()).toBe(false);
    expect(await p.locator('[role="tree"]').isVisible()).toBe(true);
    await p.click('[data-tree-action="diagram"]');
    expect(await p.getAttribute('[data-tree-action="diagram"]', 'aria-expanded')).toBe('true');
    expect(await p.locator('svg[data-tree-svg]').isVisible()).toBe(true);
    // Shown above the list, with the root in view.
    const svgBox = (await p.locator('svg[data-tree-svg]').boundingBox())!;
    const listBox = (await p.locator('[role="tree"]').boundingBox())!;
    expect(svgBox.y).toBeLessThan(listBox.y);
    const rootBox = (await p.locator('g.tree-node[data-key="root"] .tree-box').boundingBox())!;
    expect(rootBox.x).toBeGreaterThanOrEqual(svgBox.x);
    expect(rootBox.x + rootBox.width).toBeLessThanOrEqual(svgBox.x + svgBox.width);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Without the script, the list still comes before the picture.
    const q = await newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    await q.goto(server.url + 'en/framework/');
    const outlineTop = (await q.locator('.tree-outline').boundingBox())!.y;
    const diagramTop = (await q.locator('[data-tree-viewport]').boundingBox())!.y;
    expect(outlineTop).toBeLessThan(diagramTop);
  });

  it.each(['framework/', 'en/framework/', '', 'en/'])('/%s has no serious or critical accessibility violation', async (path) => {
    await page.goto(server.url + path);
    if (path.includes('framework')) {
      await page.waitForSelector('[data-tree][data-tree-ready]');
      // Check the changed state too: hidden groups must leave a valid tree.
      await page.click(`li[data-key="${openBranch.datum.key}"] > .tree-twisty`);
      await page.click(`li[data-key="${closedBranch.datum.key}"] > .tree-twisty`);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('a page built wrong', () => {
  it('stops the tree with an error naming the entry, the attribute, the value and what was expected, and leaves the list as served', async ({
    page,
    server,
    watched,
  }) => {
    // The first standard in the list gets a status today the vocabulary does not have.
    await page.route(/\/framework\/$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/(<li data-key="([^"]+)" data-kind="standard") data-status="[a-z-]+"/, '$1 data-status="in-forse"');
      await route.fulfill({ response, body: html });
    });
    await page.goto(server.url + 'framework/');
    const key = await page.getAttribute('li[data-status="in-forse"]', 'data-key');
    await expect.poll(() => watched.problems.length).toBe(1);
    expect(takeProblems(watched)).toEqual([
      expect.stringContaining(
        `<li> "${key}": data-status is "in-forse"; expected one of "in-force", "issued", "published", "in-development", "planned", "superseded", "withdrawn", "unknown"`,
      ),
    ]);
    // Nothing was half done: the list keeps its <details> and every link in the tab order, the controls stay hidden.
    expect(await page.locator('[data-tree-list] details').count()).toBe(branches.length);
    expect(await page.locator('[role="tree"], [role="treeitem"]').count()).toBe(0);
    expect(await page.locator('[data-tree-controls]').isVisible()).toBe(false);
    expect(await page.locator('[data-tree-ready]').count()).toBe(0);
  });
});
