/**
 * The framework as a tree for the diagram and its outline: root → parts →
 * sub-areas → standards, each standard with its status today. Built at build
 * time only; the browser reads the result back from the page (see
 * src/scripts/taxonomy-tree-items.ts), so this file may import the model.
 */
import type { Bilingual, StatusBasis, TodayStatus, TreeKind } from '../base/vocabulary';
import { TODAY_STATUSES } from '../base/vocabulary';
import type { Standard, Taxonomy } from '../model/types';
import type { Route } from '../site/urls';
import { unplacedStandards } from '../model/walk';

export type { TreeKind };

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
  /** Standards only: the status on the build date, which is what a reader acts on. */
  status?: TodayStatus;
  /** Standards only: what the status today rests on, when that is less than a record (one source, an inference). */
  basis?: Exclude<StatusBasis, 'recorded'>;
  /** Standards only: not known to be listed in V1.0. */
  candidate?: boolean;
  /** Distinct standards at or below this position (a standard counts itself). */
  count: number;
  countByStatus: Record<TodayStatus, number>;
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

/** The framework as a tree, in the model's display order: sub-areas first, then the standards placed directly. */
export function buildTree(tax: Taxonomy, options: BuildOptions): TreeDatum {
  const withStandards = options.standards ?? true;
  const status = new Map(tax.standards.map((s) => [s.id, s.statusToday]));

  const tally = (standards: Iterable<Standard>): { count: number; countByStatus: Record<TodayStatus, number> } => {
    const countByStatus = Object.fromEntries(TODAY_STATUSES.map((s) => [s, 0])) as Record<TodayStatus, number>;
    let count = 0;
    for (const s of standards) {
      countByStatus[status.get(s.id)!] += 1;
      count += 1;
    }
    return { count, countByStatus };
  };

  // "~" keeps a standard's key apart from a sub-area's that might share its id; ids never contain it.
  const standardDatum = (s: Standard, parentKey: string): TreeDatum => ({
    key: `${parentKey}/~${s.id}`,
    id: s.id,
    kind: 'standard',
    ...(s.number ? { code: s.number } : {}),
    title: s.title,
    status: status.get(s.id)!,
    ...(s.statusBasis && s.statusBasis !== 'recorded' ? { basis: s.statusBasis } : {}),
    ...(s.membership === 'candidate' ? { candidate: true } : {}),
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
    return {
      key,
      id: n.id,
      kind: n.level === 'part' ? 'part' : 'area',
      ...(n.code ? { code: n.code } : {}),
      title: n.title,
      ...tally(n.below.map((s) => tax.standard(s))),
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

/** The statuses that occur in a tree, in vocabulary order: the legend and filter offer only these. */
export function statusesIn(root: Pick<TreeDatum, 'countByStatus'>): TodayStatus[] {
  return TODAY_STATUSES.filter((s) => root.countByStatus[s] > 0);
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
