/**
 * Where the tree's boxes go: a tidy tree (d3-hierarchy) laid out left to
 * right, and the view that fits it into its panel.
 *
 * Pure and shared: the build draws the starting diagram with it, and the
 * browser lays the same tree out again after a branch opens or closes, so it
 * imports nothing at run time but d3-hierarchy and a vocabulary guard.
 */
import { hierarchy, tree as tidyTree } from 'd3-hierarchy';
import { isOneOf, type TreeKind } from '../base/vocabulary';

export interface TreeSize {
  /** Box widths by kind, in CSS pixels at zoom 1: wide enough for a code and a readable title. */
  width: Record<TreeKind, number>;
  boxHeight: number;
  /** Distance between the centres of neighbouring rows; the difference to boxHeight is the gap. */
  row: number;
  columnGap: number;
  /** Baseline of the first line (code and count or status), then of each title line. */
  lines: readonly number[];
}

/**
 * Two sizes of the same drawing: the full tree, whose titles take two lines,
 * and a compact one for the home page with one. Font sizes are the same in
 * both; the full tree's view is scaled to fit its panel, the compact one's is not.
 */
export const SIZE_NAMES = ['full', 'compact'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];
export const isSizeName = /* @__PURE__ */ isOneOf(SIZE_NAMES);
export const SIZES = {
  full: { width: { root: 240, part: 270, area: 270, unplaced: 270, standard: 320 }, boxHeight: 64, row: 74, columnGap: 48, lines: [19, 39, 56] },
  // Two lines of title, so an English label is read whole ("Foundational and common standards"), never cut.
  compact: { width: { root: 170, part: 250, area: 250, unplaced: 250, standard: 250 }, boxHeight: 60, row: 68, columnGap: 24, lines: [18, 35, 51] },
} as const satisfies Record<SizeName, TreeSize>;

export const PADDING = 16;
export const FONT = { code: 13, title: 14, tag: 11 } as const;
export const TEXT_INSET = 12;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Box extends Rect {
  key: string;
  depth: number;
  parent?: string;
}

export interface Layout {
  boxes: Box[];
  byKey: Map<string, Box>;
  width: number;
  height: number;
}

interface Layoutable {
  key: string;
  kind: TreeKind;
  children: Layoutable[];
}

/**
 * Left edge of each depth's column. Taken from the whole tree, not just the
 * open part, so columns stay put while branches open and close.
 */
export function columnsOf(root: Layoutable, size: TreeSize = SIZES.full): number[] {
  const widest: number[] = [];
  const walk = (d: Layoutable, depth: number) => {
    widest[depth] = Math.max(widest[depth] ?? 0, size.width[d.kind]);
    d.children.forEach((c) => walk(c, depth + 1));
  };
  walk(root, 0);
  const left: number[] = [];
  let x = PADDING;
  for (const w of widest) {
    left.push(x);
    x += w + size.columnGap;
  }
  return left;
}

export interface LayoutOptions<T> {
  /** Whether a branch shows its children (default: all open). */
  isOpen?: (d: T) => boolean;
  /** Whether a node is shown at all (the status filter); the root always is. */
  include?: (d: T) => boolean;
  columns?: number[];
  size?: TreeSize;
}

/**
 * A tidy tree (Reingold–Tilford, as d3-hierarchy implements it) laid out left
 * to right: depth runs along x in fixed columns, siblings stack down y one row
 * apart, so boxes of one depth never overlap and text keeps its size.
 */
export function layoutTree<T extends Layoutable>(root: T, options: LayoutOptions<T> = {}): Layout {
  const { isOpen = () => true, include = () => true, size = SIZES.full } = options;
  const columns = options.columns ?? columnsOf(root, size);
  const h = hierarchy<T>(root, (d) => (isOpen(d) ? (d.children as T[]).filter(include) : []));
  // Cousins get a little more room than siblings, so each family reads as a group.
  const laid = tidyTree<T>()
    .nodeSize([size.row, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.2))(h);
  let min = Infinity;
  let max = -Infinity;
  laid.each((n) => {
    min = Math.min(min, n.x);
    max = Math.max(max, n.x);
  });
  const boxes: Box[] = [];
  let right = 0;
  laid.each((n) => {
    const w = size.width[n.data.kind];
    const x = columns[n.depth] ?? PADDING;
    const box: Box = {
      key: n.data.key,
      depth: n.depth,
      x,
      y: PADDING + (n.x - min),
      w,
      h: size.boxHeight,
      ...(n.parent ? { parent: n.parent.data.key } : {}),
    };
    right = Math.max(right, x + w);
    boxes.push(box);
  });
  return {
    boxes,
    byKey: new Map(boxes.map((b) => [b.key, b])),
    width: right + PADDING,
    height: max - min + size.boxHeight + 2 * PADDING,
  };
}

/** At most this many boxes at the start; below it, the framework opens whole. */
export const START_LIMIT = 40;

/**
 * The branches a tree starts with open: the root, then, level by level, each
 * branch that holds parts or sub-areas, as long as the boxes shown stay within
 * `limit`. So the tree opens on the five parts and C's sub-areas with the
 * standards one click away, and a tree with thousands of standards still
 * opens small and fast (its framework page draws only these boxes).
 */
export function openAtStart(root: Layoutable, limit: number = START_LIMIT): Set<string> {
  const open = new Set([root.key]);
  let shown = 1 + root.children.length;
  let level = root.children;
  while (level.length) {
    const next: Layoutable[] = [];
    for (const d of level) {
      if (!d.children.some((c) => c.kind !== 'standard') || shown + d.children.length > limit) continue;
      open.add(d.key);
      shown += d.children.length;
      next.push(...d.children);
    }
    level = next;
  }
  return open;
}

/** An elbow from the parent's right edge to the child's left edge, turning halfway across the gap. */
export function linkPath(parent: Rect, child: Pick<Rect, 'x' | 'y' | 'h'>, columnGap: number = SIZES.full.columnGap): string {
  const x1 = parent.x + parent.w;
  const y1 = parent.y + parent.h / 2;
  const x2 = child.x;
  const y2 = child.y + child.h / 2;
  const xm = x2 - columnGap / 2;
  return `M${x1},${y1}H${xm}V${y2}H${x2}`;
}

/** The smallest rectangle holding every box. */
export function boundsOf(boxes: Iterable<Rect>): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return x0 === Infinity ? { x: 0, y: 0, w: 0, h: 0 } : { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** A view of the drawing: screen = drawing × k + (x, y), as d3-zoom's transform. */
export interface View {
  x: number;
  y: number;
  k: number;
}

export interface FitOptions {
  /** Never zoom out further than this to make something fit: text stays legible. */
  minScale: number;
  /** Never enlarge beyond this (1: text at its designed size). */
  maxScale?: number;
  /** Room left between the content and the panel's edges, in screen pixels. */
  margin?: number;
  /** What must stay in view when the content does not fit whole (default: its top-left box). */
  anchor?: Rect;
}

/**
 * The view that shows `content` whole in a `width` × `height` panel, centred,
 * at the largest scale up to `maxScale`. When even `minScale` is too small,
 * the content is shown at `minScale` with the anchor (by default the root's
 * corner) as near the middle as the content allows.
 */
export function fitView(content: Rect, width: number, height: number, options: FitOptions): View {
  const { minScale, maxScale = 1, margin = 12 } = options;
  const room = { w: Math.max(1, width - 2 * margin), h: Math.max(1, height - 2 * margin) };
  const k = Math.max(minScale, Math.min(maxScale, room.w / Math.max(1, content.w), room.h / Math.max(1, content.h)));
  const anchor = options.anchor ?? content;
  const place = (start: number, size: number, panel: number, a0: number, aSize: number) => {
    if (size * k <= panel - 2 * margin) return (panel - size * k) / 2 - start * k;
    // Too big: centre the anchor, but never show empty space beyond either end of the content.
    const centred = panel / 2 - (a0 + aSize / 2) * k;
    return Math.min(margin - start * k, Math.max(panel - margin - (start + size) * k, centred));
  };
  const x = place(content.x, content.w, width, anchor.x, anchor.w);
  const y = place(content.y, content.h, height, anchor.y, anchor.h);
  return { x, y, k };
}
