/**
 * The framework as a tree for the diagram and its outline: root → parts →
 * sub-areas → standards, and its tidy layout (d3-hierarchy).
 *
 * Pure and shared: Astro pages build the static diagram with it at build time,
 * and the browser script re-lays the same tree out after a branch opens or
 * closes. So it imports nothing at run time but d3-hierarchy and the model's
 * walks in taxonomy-walk.ts: the model itself would pull the schema and zod
 * into the browser bundle.
 */
import type { Bilingual, Status } from './vocabulary';
import { hierarchy, tree as tidyTree } from 'd3-hierarchy';
import type { Standard, Taxonomy } from './taxonomy';
import type { Route } from './urls';
import { standardIdsUnder, unplacedStandards } from './taxonomy-walk';

export type TreeKind = 'root' | 'part' | 'area' | 'unplaced' | 'standard';

/** The statuses in legend and filter order (the model's STATUS_ORDER). */
export { STATUSES as TREE_STATUSES } from './vocabulary';

export interface TreeDatum {
  /**
   * Unique position in the tree: the ids on the way down, joined by "/"
   * (standards' marked "~"). A standard placed in two nodes appears twice,
   * under two keys, with one id.
   */
  key: string;
  /** The entry's id (node or standard); empty for the root and the unplaced group. */
  id: string;
  kind: TreeKind;
  /** A part's letter or a standard's number, when it has one. */
  code?: string;
  title: Bilingual;
  /** Standards only. */
  status?: Status;
  /** Distinct standards at or below this position (a standard counts itself). */
  count: number;
  countByStatus: Record<Status, number>;
  route: Route;
  children: TreeDatum[];
}

export interface BuildOptions {
  /** Title of the root: the document's short title. */
  rootTitle: Bilingual;
  /** Include the standards (default); without them the tree stops at the sub-areas, counts unchanged. */
  standards?: boolean;
  /** Title of a group under the root for the candidates no node holds; without it they are left out. */
  unplacedTitle?: Bilingual;
}

const UNPLACED_KEY = 'root/_unplaced';

function emptyCounts(): Record<Status, number> {
  return { published: 0, 'in-development': 0, planned: 0, unknown: 0 };
}

function tally(standards: Iterable<Standard>): { count: number; countByStatus: Record<Status, number> } {
  const countByStatus = emptyCounts();
  let count = 0;
  for (const s of standards) {
    countByStatus[s.status] += 1;
    count += 1;
  }
  return { count, countByStatus };
}

/** The framework as a tree, in the model's display order: sub-areas first, then the standards placed directly. */
export function buildTree(tax: Taxonomy, options: BuildOptions): TreeDatum {
  const withStandards = options.standards ?? true;

  // "~" keeps a standard's key apart from a sub-area's that might share its id; ids never contain it.
  const standardDatum = (s: Standard, parentKey: string): TreeDatum => ({
    key: `${parentKey}/~${s.id}`,
    id: s.id,
    kind: 'standard',
    ...(s.number ? { code: s.number } : {}),
    title: s.title,
    status: s.status,
    ...tally([s]),
    route: { page: 'standard', id: s.id },
    children: [],
  });

  const nodeDatum = (id: string, parentKey: string): TreeDatum => {
    const n = tax.node(id);
    const key = `${parentKey}/${n.id}`;
    const children: TreeDatum[] = [
      ...n.children.map((c) => nodeDatum(c, key)),
      ...(withStandards ? n.standards.map((s) => standardDatum(tax.standard(s), key)) : []),
    ];
    const below = standardIdsUnder(tax, n.id);
    return {
      key,
      id: n.id,
      kind: n.level === 'part' ? 'part' : 'area',
      ...(n.code ? { code: n.code } : {}),
      title: n.title,
      ...tally(tax.standards.filter((s) => below.has(s.id))),
      route: { page: 'node', id: n.id },
      children,
    };
  };

  const children: TreeDatum[] = tax.parts.map((p) => nodeDatum(p.id, 'root'));
  const unplaced = unplacedStandards(tax);
  if (options.unplacedTitle && unplaced.length > 0) {
    children.push({
      key: UNPLACED_KEY,
      id: '',
      kind: 'unplaced',
      // Its "page" is the table of all standards, where each says it is not placed.
      title: options.unplacedTitle,
      ...tally(unplaced),
      route: { page: 'standards' },
      children: withStandards ? unplaced.map((s) => standardDatum(s, UNPLACED_KEY)) : [],
    });
  }
  // Placed standards and, when shown, the unplaced ones: every standard the tree can reach.
  const reachable = tax.standards.filter((s) => s.nodes.length > 0 || options.unplacedTitle);
  return {
    key: 'root',
    id: '',
    kind: 'root',
    code: 'V1.0',
    title: options.rootTitle,
    ...tally(reachable),
    route: { page: 'framework' },
    children,
  };
}

export interface FlatDatum<T> {
  datum: T;
  depth: number;
  parent?: T;
  /** 1-based position among its siblings, and how many siblings there are (aria-posinset / aria-setsize). */
  index: number;
  siblings: number;
}

/** Pre-order walk: the order of the outline, and of the diagram's nodes in the document. */
export function flatten<T extends { children: T[] }>(root: T): FlatDatum<T>[] {
  const out: FlatDatum<T>[] = [];
  const walk = (d: T, depth: number, parent: T | undefined, index: number, siblings: number) => {
    out.push({ datum: d, depth, ...(parent ? { parent } : {}), index, siblings });
    d.children.forEach((c, i) => walk(c, depth + 1, d, i + 1, d.children.length));
  };
  walk(root, 0, undefined, 1, 1);
  return out;
}

// --- Layout -----------------------------------------------------------------

export interface TreeSize {
  /** Box widths by kind, in CSS pixels at zoom 1: wide enough for a code and a readable title. */
  width: Record<TreeKind, number>;
  boxHeight: number;
  /** Distance between the centres of neighbouring rows; the difference to boxHeight is the gap. */
  row: number;
  columnGap: number;
  /** Baselines of the two text lines in a box: code and count or status, then the title. */
  lines: readonly [number, number];
}

/**
 * Two sizes of the same drawing: the full tree, and a compact one for the home
 * page that fits its column. Font sizes are the same in both and never scaled
 * down by the layout: the diagram scrolls or pans instead, and zooming out is
 * the reader's choice.
 */
export const SIZES = {
  full: { width: { root: 220, part: 250, area: 250, unplaced: 250, standard: 300 }, boxHeight: 52, row: 64, columnGap: 56, lines: [20, 41] },
  compact: { width: { root: 170, part: 240, area: 240, unplaced: 240, standard: 240 }, boxHeight: 44, row: 52, columnGap: 24, lines: [18, 35] },
} as const satisfies Record<string, TreeSize>;
export type SizeName = keyof typeof SIZES;

export const PADDING = 16;
export const FONT = { code: 13, title: 14 } as const;
export const TEXT_INSET = 12;

export interface Box {
  key: string;
  depth: number;
  /** Top-left corner and size, in diagram pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
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
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(h);
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

/** An elbow from the parent's right edge to the child's left edge, turning halfway across the gap. */
export function linkPath(parent: Pick<Box, 'x' | 'y' | 'w' | 'h'>, child: Pick<Box, 'x' | 'y' | 'h'>, columnGap: number = SIZES.full.columnGap): string {
  const x1 = parent.x + parent.w;
  const y1 = parent.y + parent.h / 2;
  const x2 = child.x;
  const y2 = child.y + child.h / 2;
  const xm = x2 - columnGap / 2;
  return `M${x1},${y1}H${xm}V${y2}H${x2}`;
}

// --- Text -------------------------------------------------------------------

/**
 * Rough advance width of a character in ems. The build has no font to
 * measure, so it errs wide: a title cut one character early is better than
 * one running out of its box.
 */
function charEm(c: string): number {
  const cp = c.codePointAt(0)!;
  if (cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x20000)) return 1;
  if (c === ' ') return 0.3;
  if (/[il.,:;'’!|]/.test(c)) return 0.3;
  if (/[mwMW—]/.test(c)) return 0.9;
  if (/[A-Z0-9]/.test(c)) return 0.68;
  return 0.56;
}

export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * fontPx;
}

/** The text, cut with an ellipsis where it would pass `maxPx`. */
export function fitText(text: string, maxPx: number, fontPx: number): string {
  if (textWidth(text, fontPx) <= maxPx) return text;
  const budget = maxPx - textWidth('…', fontPx);
  let used = 0;
  let out = '';
  for (const c of text) {
    const w = charEm(c) * fontPx;
    if (used + w > budget) break;
    used += w;
    out += c;
  }
  return `${out.trimEnd()}…`;
}

/** The expanded state a tree starts in: as many whole levels open as keep it within `limit` visible boxes. */
export function initialOpenDepth(root: Layoutable, limit: number): number {
  const perDepth: number[] = [];
  const walk = (d: Layoutable, depth: number) => {
    perDepth[depth] = (perDepth[depth] ?? 0) + 1;
    d.children.forEach((c) => walk(c, depth + 1));
  };
  walk(root, 0);
  // Opening depth d shows the boxes of depths 0..d+1; the root is always open.
  let open = 0;
  let visible = (perDepth[0] ?? 0) + (perDepth[1] ?? 0);
  for (let d = 1; d < perDepth.length - 1; d++) {
    visible += perDepth[d + 1] ?? 0;
    if (visible > limit) break;
    open = d;
  }
  return open;
}
