/**
 * The one model of the standards system. Pages, exports and the tree read it;
 * nothing else interprets content. `buildTaxonomy` takes content that has
 * passed validation (src/lib/model/validate.ts, run by the loader) and
 * assembles it once per build, with what it derives: the build date, each
 * standard's status today, every dated event. The queries below answer what
 * pages ask of it.
 */
import { collectEvents } from './events';
import { compareLater } from './later';
import { sinceDraft } from './since-draft';
import { buildRegulations } from './regulations';
import { sourceWeights } from './regulation-certainty';
import { weigh, weighStandard } from './certainty';
import { linkReplacements } from './record-fields';
import type { FrameworkNode, Risk, Source, Standard, Taxonomy } from './types';
import type { ValidContent } from './validate';
import { KINDS, type Locale } from '../base/vocabulary';
import { numericOrder } from '../base/order';

export type { FrameworkNode, LaterDocument, Page, RawContent, RawEntry, Regulation, Risk, Source, Standard, Taxonomy } from './types';
export { unplacedStandards } from './walk';

function byOrderThenId(a: { order: number; id: string }, b: { order: number; id: string }): number {
  return a.order - b.order || a.id.localeCompare(b.id);
}

/** Display order of standards: by kind (in vocabulary order), then number (newest series first), then title. */
function compareStandards(a: Standard, b: Standard): number {
  return (
    KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
    Number(!a.number) - Number(!b.number) ||
    numericOrder(b.number ?? '', a.number ?? '') ||
    a.title.en.localeCompare(b.title.en)
  );
}

export interface BuildOptions {
  /** The build date, "YYYY-MM-DD". */
  today: string;
}

/** Assembles validated content into the model, deriving once what pages would otherwise each work out again. */
export function buildTaxonomy(content: ValidContent, { today }: BuildOptions): Taxonomy {
  const { nodes, standards, risks, pages, sources, document: documentEntry, later, regulations } = content;

  // Assemble the tree.
  const primary = new Set(sources.filter((s) => s.primary).map((s) => s.id));
  const isPrimary = (id: string) => primary.has(id);
  const sortedStandards: Standard[] = standards.map((s) => weighStandard(s, today, isPrimary)).sort(compareStandards);
  linkReplacements(sortedStandards, new Map(standards.map((s) => [s.id, s])), isPrimary);
  const tree = new Map<string, FrameworkNode>(nodes.map((n) => [n.id, { ...n, children: [], standards: [], below: [], risks: [], path: [], depth: 0 }]));
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

  // What lies below each node, worked out once here rather than by every page that lists it: one
  // pass over the standards in display order, each filed under every node on the paths to its places.
  for (const s of sortedStandards) {
    for (const id of new Set(s.nodes.flatMap((n) => tree.get(n)!.path))) tree.get(id)!.below.push(s.id);
  }

  const standardsOfRisk = new Map<string, string[]>(risks.map((r) => [r.id, []]));
  for (const s of sortedStandards) for (const r of s.risks) standardsOfRisk.get(r)!.push(s.id);
  const riskList: Risk[] = [...risks].sort(byOrderThenId).map((r) => ({ ...r, standards: standardsOfRisk.get(r.id)! }));
  for (const n of ordered) {
    const subtree = new Set(ordered.filter((o) => o.path.includes(n.id)).map((o) => o.id));
    const below = new Set(n.below);
    n.risks = riskList.filter((r) => r.nodes.some((id) => subtree.has(id)) || r.standards.some((id) => below.has(id))).map((r) => r.id);
  }
  const riskMap = new Map(riskList.map((r) => [r.id, r]));
  const pageMap = new Map(pages.map((p) => [p.id, p]));
  const sourceList: Source[] = sources.map(({ file: _file, ...s }) => s);
  const sourceMap = new Map(sourceList.map((s) => [s.id, s]));
  const standardMap = new Map(sortedStandards.map((s) => [s.id, s]));
  const laterList = later
    .map((d) => ({
      ...d,
      title: { zh: d.title.zh ?? d.title.en, en: d.title.en },
      titleUnknown: d.title.zh === undefined ? (['zh'] as Locale[]) : [],
      history: d.history.map((h) => weigh(h, isPrimary)),
      citedSources: [...new Set([...d.sources, ...d.history.flatMap((h) => [h, ...h.otherClaims]).flatMap((c) => c.sources)])],
    }))
    .sort(compareLater);
  const laterMap = new Map(laterList.map((d) => [d.id, d]));
  const regulationList = buildRegulations(regulations, sortedStandards, sourceWeights(sources));
  const regulationMap = new Map(regulationList.map((r) => [r.id, r]));

  const getter =
    <T>(map: Map<string, T>, what: string) =>
    (id: string): T => {
      const v = map.get(id);
      if (!v) throw new Error(`No ${what} with id "${id}"`);
      return v;
    };

  const { file: _f, id: _i, ...document } = documentEntry;
  const events = collectEvents({ document, standards: sortedStandards, later: laterList, partOf: (id) => tree.get(id)?.path[0] });
  const eventsByEntry = Map.groupBy(events, (e) => e.entry);
  return {
    today,
    document,
    parts,
    nodes: ordered,
    standards: sortedStandards,
    risks: riskList,
    pages,
    sources: sourceList,
    later: laterList,
    regulations: regulationList,
    events,
    sinceDraft: sinceDraft(sortedStandards, laterList),
    eventsOf: (id) => eventsByEntry.get(id) ?? [],
    node: getter(tree, 'framework node'),
    standard: getter(standardMap, 'standard'),
    findStandard: (id) => standardMap.get(id),
    risk: getter(riskMap, 'risk'),
    source: getter(sourceMap, 'source'),
    page: getter(pageMap, 'page'),
    laterDocument: getter(laterMap, 'later document'),
    regulation: getter(regulationMap, 'regulation'),
  };
}

/** A node as readers see it named: its letter, if it has one, then its title. */
export function nodeLabel(node: FrameworkNode, locale: Locale): string {
  return node.code ? `${node.code} ${node.title[locale]}` : node.title[locale];
}

/** Every standard at or below a node, each once, in display order. */
export function standardsUnder(tax: Taxonomy, nodeId: string): Standard[] {
  return tax.node(nodeId).below.map((id) => tax.standard(id));
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
  return tax.node(nodeId).risks.map((id) => tax.risk(id));
}

/** How many standards fall under each value of a key, such as kind or status. */
export function countBy<K extends string>(items: Standard[], key: (s: Standard) => K): Map<K, number> {
  const m = new Map<K, number>();
  for (const s of items) m.set(key(s), (m.get(key(s)) ?? 0) + 1);
  return m;
}

/** The sub-areas with no identified standard at or below them, in display order: a finding, said under the tree and the matrix. */
export function emptyAreas(tax: Taxonomy): FrameworkNode[] {
  return tax.nodes.filter((n) => n.level === 'area' && n.below.length === 0);
}
