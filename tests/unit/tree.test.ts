/**
 * The tree the diagram and its outline show: built from the model (fixture and
 * real content), it must count, order and repeat standards exactly as the model
 * does, with each standard's status today; its layout must never put two boxes
 * of one depth on top of each other, and its fitted view must show what it
 * promises.
 */
import { statusFacts } from '~/lib/model/certainty';
import { describe, expect, it } from 'vitest';
import { statusToday } from '~/lib/model/status-today';
import { standardsUnder, unplacedStandards, type RawContent, type Taxonomy } from '~/lib/model/taxonomy';
import { buildTree, flatten, statusesIn, type TreeDatum } from '~/lib/tree/data';
import { FONT, SIZES, boundsOf, columnsOf, fitView, layoutTree, linkPath, openAtStart, type Layout } from '~/lib/tree/layout';

/** The layout option for a tree's starting state. */
const atStart = (root: TreeDatum, limit?: number) => {
  const open = openAtStart(root, limit);
  return { isOpen: (d: TreeDatum) => open.has(d.key) };
};
import { fitText, textWidth, wrapText } from '~/lib/tree/text';
import { TODAY_STATUSES } from '~/lib/base/vocabulary';
import { FIXTURE, REAL_CONTENT, loadContent, modelOf } from '../helpers/load-content';

const ROOT_TITLE = { zh: '人工智能安全标准体系（V1.0）', en: 'AI Safety Standards System (V1.0)' };
const UNPLACED_TITLE = { zh: '未归入框架的候选标准', en: 'Candidates not placed in the framework' };

const TODAY = '2026-11-26';

const full = (tax: Taxonomy) => buildTree(tax, { rootTitle: ROOT_TITLE, unplacedTitle: UNPLACED_TITLE });
const all = (root: TreeDatum) => flatten(root).map((f) => f.datum);

/** The fixture with one standard placed twice and one not placed at all. */
function richerFixture(): RawContent {
  const raw = loadContent(FIXTURE);
  const data = (id: string) => raw.standards.find((s) => s.id === id)!.data as Record<string, unknown>;
  data('tc260-003').nodes = ['a', 'b-sub'];
  const lone = structuredClone(raw.standards.find((s) => s.id === 'gb-t-45654-2025')!);
  lone.id = 'cand-unplaced';
  const d = lone.data as Record<string, unknown>;
  delete d.number;
  d.kind = 'other';
  d.status = 'planned';
  d.membership = 'candidate';
  d.nodes = [];
  d.related = [];
  delete d.dates;
  d.history = [];
  raw.standards.push(lone);
  return raw;
}

/** Checks that hold for any content: counts, order, codes and multiplicity agree with the model. */
function checkAgainstModel(tax: Taxonomy) {
  const root = full(tax);
  const flat = flatten(root);
  const data = flat.map((f) => f.datum);

  // Keys are unique, even where a standard appears under several nodes.
  expect(new Set(data.map((d) => d.key)).size).toBe(data.length);

  // Every node once, in the model's depth-first display order, with its code and title.
  const nodes = data.filter((d) => d.kind === 'part' || d.kind === 'area');
  expect(nodes.map((d) => d.id)).toEqual(tax.nodes.map((n) => n.id));
  for (const d of nodes) {
    const n = tax.node(d.id);
    expect(d.code).toBe(n.code);
    expect(d.title).toEqual(n.title);
    expect(d.kind).toBe(n.level);
    // Counts are distinct standards at or below, as the node pages say.
    const below = standardsUnder(tax, n.id);
    expect(d.count).toBe(below.length);
    for (const status of TODAY_STATUSES) {
      expect(d.countByStatus[status]).toBe(below.filter((s) => statusToday(statusFacts(s), TODAY) === status).length);
    }
    // Sub-areas first, then the standards placed directly, each in the model's order.
    expect(d.children.map((c) => c.id)).toEqual([...n.children, ...n.standards]);
  }
  expect(root.children.filter((c) => c.kind === 'part').map((c) => c.code)).toEqual(tax.parts.map((p) => p.code));

  // A standard appears once per node that holds it, or once in the unplaced group.
  const unplaced = unplacedStandards(tax);
  for (const s of tax.standards) {
    const seats = data.filter((d) => d.kind === 'standard' && d.id === s.id);
    expect(seats.length).toBe(s.nodes.length || 1);
    for (const seat of seats) {
      expect(seat.code).toBe(s.number);
      expect(seat.status).toBe(statusToday(statusFacts(s), TODAY));
      expect(seat.candidate ?? false).toBe(s.membership === 'candidate');
      expect(seat.count).toBe(1);
      expect(seat.route).toEqual({ page: 'standard', id: s.id });
    }
    const parents = flat.filter((f) => f.datum.kind === 'standard' && f.datum.id === s.id).map((f) => f.parent!);
    if (s.nodes.length) expect(parents.map((p) => p.id).sort()).toEqual([...s.nodes].sort());
    else expect(parents.map((p) => p.kind)).toEqual(['unplaced']);
  }
  const group = root.children.find((c) => c.kind === 'unplaced');
  if (unplaced.length) expect(group?.children.map((c) => c.id)).toEqual(unplaced.map((s) => s.id));
  else expect(group).toBeUndefined();

  // The root counts every standard once.
  expect(root.count).toBe(tax.standards.length);
  expect(root.route).toEqual({ page: 'framework' });
}

function checkNoOverlap(layout: Layout) {
  const byDepth = new Map<number, Layout['boxes']>();
  for (const b of layout.boxes) byDepth.set(b.depth, [...(byDepth.get(b.depth) ?? []), b]);
  for (const [, boxes] of byDepth) {
    const sorted = [...boxes].sort((a, b) => a.y - b.y);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.y, `${sorted[i - 1]!.key} and ${sorted[i]!.key}`).toBeGreaterThanOrEqual(sorted[i - 1]!.y + sorted[i - 1]!.h);
    }
  }
  // Columns do not overlap either: each depth ends before the next begins.
  const depths = [...byDepth.keys()].sort((a, b) => a - b);
  for (let i = 1; i < depths.length; i++) {
    const right = Math.max(...byDepth.get(depths[i - 1]!)!.map((b) => b.x + b.w));
    const left = Math.min(...byDepth.get(depths[i]!)!.map((b) => b.x));
    expect(left).toBeGreaterThan(right);
  }
  // Everything lies inside the drawing.
  for (const b of layout.boxes) {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
    expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
  }
}

describe('tree from the fixture', () => {
  const tax = modelOf(loadContent(FIXTURE));

  it('has root → parts → sub-areas → standards in display order, with codes and counts', () => {
    const root = full(tax);
    expect(flatten(root).map((f) => `${'  '.repeat(f.depth)}${f.datum.code ?? ''} ${f.datum.id} ${f.datum.count}`)).toEqual([
      'V1.0  2',
      '  A a 1',
      '    TC260-003 tc260-003 1',
      '  B b 1',
      '     b-sub 1',
      '      GB/T 45654-2025 gb-t-45654-2025 1',
    ]);
    // The fixture's technical document is published; its national standard took effect on 2025-11-01, though V1.0 says in development.
    expect(root.countByStatus).toEqual({ 'in-force': 1, issued: 0, published: 1, 'in-development': 0, planned: 0, superseded: 0, withdrawn: 0, unknown: 0 });
    expect(statusesIn(root)).toEqual(['in-force', 'published']);
    expect(root.children.map((c) => c.title.en)).toEqual(['Foundational and common standards', 'Security management']);
  });

  it('agrees with the model', () => checkAgainstModel(tax));

  it('gives each position its aria-posinset and aria-setsize', () => {
    const flat = flatten(full(tax));
    expect(flat.map((f) => `${f.index}/${f.siblings}`)).toEqual(['1/1', '1/2', '1/1', '2/2', '1/1', '1/1']);
  });

  it('keeps counts of what lies deeper when without standards', () => {
    const compact = buildTree(tax, { rootTitle: ROOT_TITLE, standards: false });
    const flat = flatten(compact);
    expect(flat.every((f) => f.datum.kind !== 'standard')).toBe(true);
    expect(flat.map((f) => [f.datum.id, f.datum.count])).toEqual([
      ['', 2],
      ['a', 1],
      ['b', 1],
      ['b-sub', 1],
    ]);
  });
});

describe('tree from a fixture with a standard in two places and one in none', () => {
  const tax = modelOf(richerFixture());

  it('agrees with the model', () => checkAgainstModel(tax));

  it('shows the twice-placed standard under both nodes and counts it once above them', () => {
    const root = full(tax);
    const seats = all(root).filter((d) => d.id === 'tc260-003');
    expect(seats.map((d) => d.key)).toEqual(['root/a/~tc260-003', 'root/b/b-sub/~tc260-003']);
    expect(root.children.find((c) => c.id === 'b')!.count).toBe(2);
    expect(root.count).toBe(3);
  });

  it('puts the unplaced candidate in its own group last, or leaves it out', () => {
    const root = full(tax);
    const group = root.children.at(-1)!;
    expect(group.kind).toBe('unplaced');
    expect(group.children.map((c) => c.id)).toEqual(['cand-unplaced']);
    expect(group.count).toBe(1);
    expect(group.route).toEqual({ page: 'standards' });
    const without = buildTree(tax, { rootTitle: ROOT_TITLE });
    expect(without.children.some((c) => c.kind === 'unplaced')).toBe(false);
    expect(without.count).toBe(2);
  });
});

describe('tree from the real content', () => {
  // Fails, with the content errors, while content/ does not validate: the site would not build either.
  const tax = modelOf(loadContent(REAL_CONTENT));

  it('agrees with the model', () => checkAgainstModel(tax));

  it('lays out without overlap, open and in its starting state', () => {
    const root = full(tax);
    checkNoOverlap(layoutTree(root));
    checkNoOverlap(layoutTree(root, atStart(root)));
  });

  it('starts with the five parts and C’s sub-areas shown and every standard folded away', () => {
    const start = layoutTree(full(tax), atStart(full(tax)));
    const shown = flatten(full(tax)).filter((f) => start.byKey.has(f.datum.key));
    expect(shown.filter((f) => f.datum.kind === 'part').map((f) => f.datum.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(shown.filter((f) => f.datum.kind === 'area').map((f) => f.datum.id)).toEqual(tax.nodes.filter((n) => n.level === 'area').map((n) => n.id));
    expect(shown.some((f) => f.datum.kind === 'standard')).toBe(false);
  });

  it('without standards, shows every part and sub-area', () => {
    const compact = flatten(buildTree(tax, { rootTitle: ROOT_TITLE, standards: false }));
    expect(compact.filter((f) => f.datum.kind === 'part' || f.datum.kind === 'area').map((f) => f.datum.id)).toEqual(tax.nodes.map((n) => n.id));
    expect(compact.some((f) => f.datum.kind === 'standard')).toBe(false);
  });
});

/** A tree of the real shape at scale: 5 parts, 4 areas each, `n` standards spread over them. */
function synthetic(n: number): TreeDatum {
  const counts = Object.fromEntries(TODAY_STATUSES.map((s) => [s, 0])) as TreeDatum['countByStatus'];
  const leaf = (key: string, i: number): TreeDatum => ({
    key: `${key}/s${i}`,
    id: `s${i}`,
    kind: 'standard',
    code: `GB/T ${70000 + i}-2030`,
    title: { zh: '标准', en: 'Standard' },
    status: 'planned',
    count: 1,
    countByStatus: counts,
    route: { page: 'standard', id: `s${i}` },
    children: [],
  });
  const branch = (key: string, kind: 'part' | 'area', children: TreeDatum[]): TreeDatum => ({
    key,
    id: key,
    kind,
    title: { zh: '部分', en: 'Part' },
    count: 0,
    countByStatus: counts,
    route: { page: 'node', id: key },
    children,
  });
  let next = 0;
  const parts = Array.from({ length: 5 }, (_, p) =>
    branch(`root/p${p}`, 'part', [
      ...Array.from({ length: 4 }, (_, a) =>
        branch(
          `root/p${p}/a${a}`,
          'area',
          Array.from({ length: Math.floor(n / 25) }, () => leaf(`root/p${p}/a${a}`, next++)),
        ),
      ),
      ...Array.from({ length: Math.floor(n / 25) }, () => leaf(`root/p${p}`, next++)),
    ]),
  );
  return { ...branch('root', 'part', parts), kind: 'root' };
}

describe('layout', () => {
  const tax = modelOf(richerFixture());
  const root = full(tax);

  it('never overlaps two boxes of one depth, open or partly closed', () => {
    checkNoOverlap(layoutTree(root));
    checkNoOverlap(layoutTree(root, { isOpen: (d) => d.id !== 'b-sub' }));
    checkNoOverlap(layoutTree(root, { include: (d) => d.kind !== 'standard' || d.status === 'planned' }));
    checkNoOverlap(layoutTree(buildTree(tax, { rootTitle: ROOT_TITLE, standards: false }), { size: SIZES.compact }));
  });

  it('keeps each depth in its column whatever is open', () => {
    const columns = columnsOf(root);
    const open = layoutTree(root);
    const closed = layoutTree(root, { isOpen: (d) => d.kind === 'root' });
    expect(closed.boxes.map((b) => b.key)).toEqual(['root', 'root/a', 'root/b', 'root/_unplaced']);
    for (const b of [...open.boxes, ...closed.boxes]) expect(b.x).toBe(columns[b.depth]);
    expect(closed.height).toBeLessThan(open.height);
  });

  it('sizes boxes by kind and keeps children next to their parent', () => {
    const layout = layoutTree(root);
    for (const f of flatten(root)) {
      const b = layout.byKey.get(f.datum.key)!;
      expect(b.w).toBe(SIZES.full.width[f.datum.kind]);
      expect(b.h).toBe(SIZES.full.boxHeight);
      if (f.parent) expect(b.parent).toBe(f.parent.key);
    }
  });

  it('draws links from the parent’s right edge to the child’s left edge', () => {
    expect(linkPath({ x: 10, y: 20, w: 100, h: 50 }, { x: 200, y: 100, h: 50 }, 56)).toBe('M110,45H172V125H200');
  });

  it('stays tidy at 2 000 standards, and starts small whatever their number', () => {
    const big = synthetic(2000);
    const layout = layoutTree(big);
    expect(layout.boxes.length).toBe(1 + 5 + 20 + 2000);
    checkNoOverlap(layout);
    // Each part holds sub-areas but also 80 standards of its own: opening one would pass the budget, so only the parts show.
    expect(layoutTree(big, atStart(big)).boxes.length).toBe(1 + 5);
    // With room, the parts open, and the sub-areas (holding only standards) stay folded.
    const roomy = layoutTree(big, atStart(big, 1000));
    expect(roomy.boxes.length).toBe(1 + 5 + 20 + 400);
    checkNoOverlap(roomy);
  });
});

describe('fitting text into a box', () => {
  it('keeps short text and cuts long text with an ellipsis inside the width', () => {
    expect(fitText('Security management', 200, FONT.title)).toBe('Security management');
    const long = 'Cybersecurity technology — Basic security requirements for generative AI services';
    const cut = fitText(long, 200, FONT.title);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, FONT.title)).toBeLessThanOrEqual(200);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('wraps titles between words or Chinese characters, and cuts only the last line', () => {
    const en = 'AI Safety Standards System (V1.0) (Draft for Comment)';
    const lines = wrapText(en, 208, FONT.title, 2);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(en);
    for (const line of lines) expect(textWidth(line, FONT.title)).toBeLessThanOrEqual(208);
    const zh = wrapText('网络安全技术 生成式人工智能服务安全基本要求', 140, 14, 2);
    expect(zh[0]).toBe('网络安全技术 生成式');
    expect(zh[1]!.endsWith('…')).toBe(true);
    expect(textWidth(zh[1]!, 14)).toBeLessThanOrEqual(140);
    expect(wrapText('Short', 200, 14, 2)).toEqual(['Short']);
  });

  it('counts Chinese characters as full width', () => {
    const zh = '网络安全技术 生成式人工智能服务安全基本要求';
    expect(textWidth('安全', 14)).toBe(28);
    const cut = fitText(zh, 14 * 10, 14);
    expect(textWidth(cut, 14)).toBeLessThanOrEqual(140);
    expect(cut.length).toBeLessThan(zh.length);
  });
});

describe('fitting the view into its panel', () => {
  const content = { x: 16, y: 16, w: 900, h: 600 };

  it('shows content that fits whole at full size, centred, and never enlarges it', () => {
    const v = fitView(content, 1200, 800, { minScale: 0.6 });
    expect(v.k).toBe(1);
    expect(v.x + content.x).toBeCloseTo((1200 - 900) / 2);
    expect(v.y + content.y).toBeCloseTo((800 - 600) / 2);
  });

  it('shrinks content to fit, keeping every edge inside the panel', () => {
    const v = fitView(content, 600, 500, { minScale: 0.3, margin: 10 });
    expect(v.k).toBeCloseTo(Math.min(580 / 900, 480 / 600));
    expect(v.x + content.x * v.k).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(v.y + content.y * v.k).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(v.x + (content.x + content.w) * v.k).toBeLessThanOrEqual(590 + 1e-9);
    expect(v.y + (content.y + content.h) * v.k).toBeLessThanOrEqual(490 + 1e-9);
  });

  it('stops at the smallest legible scale and keeps the anchor in view', () => {
    const anchor = { x: 700, y: 500, w: 200, h: 50 };
    const v = fitView(content, 300, 200, { minScale: 0.6, anchor, margin: 0 });
    expect(v.k).toBe(0.6);
    const left = v.x + anchor.x * v.k;
    const topEdge = v.y + anchor.y * v.k;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + anchor.w * v.k).toBeLessThanOrEqual(300);
    expect(topEdge).toBeGreaterThanOrEqual(0);
    expect(topEdge + anchor.h * v.k).toBeLessThanOrEqual(200);
  });

  it('fits the real tree’s starting state into a 1 200 × 560 panel at a readable scale', () => {
    const tax = modelOf(loadContent(REAL_CONTENT));
    const start = layoutTree(full(tax), atStart(full(tax)));
    const v = fitView(boundsOf(start.boxes), 1200, 560, { minScale: 0.6 });
    expect(v.k).toBeGreaterThan(0.6);
    for (const b of start.boxes) {
      expect(v.x + b.x * v.k).toBeGreaterThanOrEqual(0);
      expect(v.x + (b.x + b.w) * v.k).toBeLessThanOrEqual(1200);
      expect(v.y + b.y * v.k).toBeGreaterThanOrEqual(0);
      expect(v.y + (b.y + b.h) * v.k).toBeLessThanOrEqual(560);
    }
  });
});
