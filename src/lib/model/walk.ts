/**
 * Walks of the built model that the browser's tree code shares with the build.
 * Type-only imports keep this file, and whatever imports it, free of the
 * validation code and its dependencies.
 */
import type { Standard, Taxonomy } from './types';

/** Standards that no node holds: candidates whose place nobody has inferred. */
export function unplacedStandards(tax: Pick<Taxonomy, 'standards'>): Standard[] {
  return tax.standards.filter((s) => s.nodes.length === 0);
}
