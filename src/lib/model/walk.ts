/**
 * Walks of the built model that the browser's tree code shares with the build.
 * Type-only imports keep this file, and whatever imports it, free of the
 * validation code and its dependencies.
 */
import type { Standard, Taxonomy } from './types';

/** Ids of every standard at or below a node, each once. */
export function standardIdsUnder(tax: Pick<Taxonomy, 'node'>, nodeId: string): Set<string> {
  const ids = new Set<string>();
  const visit = (id: string) => {
    const n = tax.node(id);
    n.standards.forEach((s) => ids.add(s));
    n.children.forEach(visit);
  };
  visit(nodeId);
  return ids;
}

/** Standards that no node holds: candidates whose place nobody has inferred. */
export function unplacedStandards(tax: Pick<Taxonomy, 'standards'>): Standard[] {
  return tax.standards.filter((s) => s.nodes.length === 0);
}
