/**
 * What the model works out once per build for the pages that list it: the
 * standards at or below each node (a node page's table, the home page's
 * counts, the framework export) and the risks related to each node (a node
 * page's list). Each must say what walking the tree says, for content where a
 * standard sits in two places and one sits nowhere.
 */
import { describe, expect, it } from 'vitest';
import { risksForNode, standardsUnder, type RawContent, type Taxonomy } from '~/lib/model/taxonomy';
import { FIXTURE, REAL_CONTENT, loadContent, modelOf } from '../helpers/load-content';

/** The fixture with one standard in two parts, one in a part and its own sub-area, and one in none. */
function richerFixture(): RawContent {
  const raw = loadContent(FIXTURE);
  const data = (id: string) => raw.standards.find((s) => s.id === id)!.data as Record<string, unknown>;
  data('tc260-003').nodes = ['a', 'b-sub'];
  data('gb-t-45654-2025').nodes = ['b-sub', 'b'];
  const lone = structuredClone(raw.standards.find((s) => s.id === 'gb-t-45654-2025')!);
  lone.id = 'cand-unplaced';
  const d = lone.data as Record<string, unknown>;
  for (const key of ['number', 'dates']) delete d[key];
  Object.assign(d, { kind: 'other', status: 'planned', membership: 'candidate', nodes: [], related: [], history: [] });
  raw.standards.push(lone);
  return raw;
}

/** The node and every node below it, by walking the children. */
function subtree(tax: Taxonomy, id: string): string[] {
  return [id, ...tax.node(id).children.flatMap((c) => subtree(tax, c))];
}

function checkLookups(tax: Taxonomy) {
  for (const n of tax.nodes) {
    const nodes = new Set(subtree(tax, n.id));
    const expected = tax.standards.filter((s) => s.nodes.some((id) => nodes.has(id)));
    // Each standard once, in the order the site lists standards everywhere.
    expect(standardsUnder(tax, n.id).map((s) => s.id)).toEqual(expected.map((s) => s.id));
    const ids = new Set(expected.map((s) => s.id));
    const risks = tax.risks.filter((r) => r.nodes.some((id) => nodes.has(id)) || r.standards.some((id) => ids.has(id)));
    expect(risksForNode(tax, n.id).map((r) => r.id)).toEqual(risks.map((r) => r.id));
  }
  for (const r of tax.risks) {
    expect(r.standards).toEqual(tax.standards.filter((s) => s.risks.includes(r.id)).map((s) => s.id));
  }
}

describe('lookups the model works out once', () => {
  it('agree with a walk of the tree, for a standard in two places, one in a part and below it, and one in none', () => {
    const tax = modelOf(richerFixture());
    checkLookups(tax);
    // A standard in two parts is under each; one in a part and its sub-area is under the part once.
    expect(standardsUnder(tax, 'a').map((s) => s.id)).toContain('tc260-003');
    expect(standardsUnder(tax, 'b').map((s) => s.id)).toEqual(['gb-t-45654-2025', 'tc260-003']);
    expect(tax.nodes.some((n) => standardsUnder(tax, n.id).some((s) => s.id === 'cand-unplaced'))).toBe(false);
  });

  it('agree with a walk of the tree, for the real content', () => {
    checkLookups(modelOf(loadContent(REAL_CONTENT)));
  });

  it('find a standard by id, and nothing for an id the site does not hold', () => {
    const tax = modelOf(loadContent(FIXTURE));
    expect(tax.findStandard('gb-t-45654-2025')).toBe(tax.standard('gb-t-45654-2025'));
    expect(tax.findStandard('GB/T 99999-2030')).toBeUndefined();
  });
});
