/**
 * The one model of the standards system. Pages, exports and the tree read it;
 * nothing else interprets content. `buildTaxonomy` validates the content
 * (src/lib/model/validate.ts), then assembles the tree and its lookups; the queries
 * below answer what pages ask of it.
 */
import { KINDS, type Locale } from './vocabulary';
import type { FrameworkNode, RawContent, Risk, Source, Standard, Taxonomy } from './types';
import { compareLater } from './later';
import { standardIdsUnder } from './walk';
import { validateContent } from './validate';

export type { FrameworkNode, LaterDocument, Page, RawContent, RawEntry, Risk, Source, Standard, Taxonomy } from './types';
export { unplacedStandards } from './walk';

function byOrderThenId(a: { order: number; id: string }, b: { order: number; id: string }): number {
  return a.order - b.order || a.id.localeCompare(b.id);
}

/** Display order of standards: by kind (in vocabulary order), then number (newest series first), then title. */
function compareStandards(a: Standard, b: Standard): number {
  return (
    KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
    Number(!a.number) - Number(!b.number) ||
    (b.number ?? '').localeCompare(a.number ?? '', 'en', { numeric: true }) ||
    a.title.en.localeCompare(b.title.en)
  );
}

/** Validates the content, throwing a ContentError that lists every problem, and assembles the model. */
export function buildTaxonomy(raw: RawContent): Taxonomy {
  const { nodes, standards, risks, pages, sources, document: documentEntry, later } = validateContent(raw);

  // Assemble the tree.
  const sortedStandards = [...standards].sort(compareStandards);
  const tree = new Map<string, FrameworkNode>(nodes.map((n) => [n.id, { ...n, children: [], standards: [], path: [], depth: 0 }]));
  for (const n of [...tree.values()].sort(byOrderThenId)) {
    if (n.parent) tree.get(n.parent)!.children.push(n.id);
  }
  for (const s of sortedStandards) for (const id of s.nodes) tree.get(id)!.standards.push(s.id);
  const parts = [...tree.values()].filter((n) => n.level === 'part').sort(byOrderThenId);
  const ordered: FrameworkNode[] = [];
  const walk = (n: FrameworkNode, path: string[]) => {
    n.path = [...path, n.id];
    n.depth = path.length;
    ordered.push(n);
    for (const c of n.children) walk(tree.get(c)!, n.path);
  };
  parts.forEach((p) => walk(p, []));

  const riskList: Risk[] = [...risks].sort(byOrderThenId).map((r) => ({
    ...r,
    standards: sortedStandards.filter((s) => s.risks.includes(r.id)).map((s) => s.id),
  }));
  const riskMap = new Map(riskList.map((r) => [r.id, r]));
  const pageMap = new Map(pages.map((p) => [p.id, p]));
  const sourceList: Source[] = sources.map(({ file: _file, ...s }) => s);
  const sourceMap = new Map(sourceList.map((s) => [s.id, s]));
  const standardMap = new Map(sortedStandards.map((s) => [s.id, s]));
  const laterList = [...later].sort(compareLater);
  const laterMap = new Map(laterList.map((d) => [d.id, d]));

  const getter =
    <T>(map: Map<string, T>, what: string) =>
    (id: string): T => {
      const v = map.get(id);
      if (!v) throw new Error(`No ${what} with id "${id}"`);
      return v;
    };

  const { file: _f, id: _i, ...document } = documentEntry;
  return {
    document,
    parts,
    nodes: ordered,
    standards: sortedStandards,
    risks: riskList,
    pages,
    sources: sourceList,
    later: laterList,
    node: getter(tree, 'framework node'),
    standard: getter(standardMap, 'standard'),
    risk: getter(riskMap, 'risk'),
    source: getter(sourceMap, 'source'),
    page: getter(pageMap, 'page'),
    laterDocument: getter(laterMap, 'later document'),
  };
}

/** A node as readers see it named: its letter, if it has one, then its title. */
export function nodeLabel(node: FrameworkNode, locale: Locale): string {
  return node.code ? `${node.code} ${node.title[locale]}` : node.title[locale];
}

/** Every standard at or below a node, each once, in display order. */
export function standardsUnder(tax: Taxonomy, nodeId: string): Standard[] {
  const ids = standardIdsUnder(tax, nodeId);
  return tax.standards.filter((s) => ids.has(s.id));
}

/** Previous and next node among the node's siblings, for walking a level. */
export function siblings(tax: Taxonomy, nodeId: string): { prev?: FrameworkNode; next?: FrameworkNode } {
  const n = tax.node(nodeId);
  const list = n.parent ? tax.node(n.parent).children.map((id) => tax.node(id)) : tax.parts;
  const i = list.findIndex((x) => x.id === n.id);
  return { prev: list[i - 1], next: list[i + 1] };
}

/** Risks linked to a node directly, or through a standard placed at or below it. */
export function risksForNode(tax: Taxonomy, nodeId: string): Risk[] {
  const below = new Set(standardsUnder(tax, nodeId).map((s) => s.id));
  const subtree = new Set<string>();
  const visit = (id: string) => {
    subtree.add(id);
    tax.node(id).children.forEach(visit);
  };
  visit(nodeId);
  return tax.risks.filter((r) => r.nodes.some((n) => subtree.has(n)) || r.standards.some((s) => below.has(s)));
}

/** How many standards fall under each value of a key, such as kind or status. */
export function countBy<K extends string>(items: Standard[], key: (s: Standard) => K): Map<K, number> {
  const m = new Map<K, number>();
  for (const s of items) m.set(key(s), (m.get(key(s)) ?? 0) + 1);
  return m;
}
