/**
 * relationships.csv and relationships.json: every relationship the site shows,
 * one edge a row, for a spreadsheet or a graph tool. A standard's place in the
 * framework, its risks, the regulations it is linked to, its international
 * references, and its links to other standards (related; replaces), each with
 * its relation, how sure it is and its sources. A later document's
 * international references are edges too, from that document.
 *
 * The shape is defined once here in zod: the JSON Schema is written from it and
 * the tests validate the files against it.
 */
import { z } from 'astro/zod';
import { csvField } from './csv-field';
import { nodeLabel, type Taxonomy } from '../model/taxonomy';
import {
  ADOPTION_DEGREES,
  CONFIDENCE,
  EDGE_KINDS,
  EDGE_RELATIONS,
  type Bilingual,
  type Confidence,
  type EdgeKind,
  type EdgeRelation,
} from '../model/vocabulary';

export const FROM_KINDS = ['standard', 'later-document'] as const;

const describe = <T extends z.ZodType>(schema: T, en: string): T => schema.describe(en);

export const edgeSchema = z.strictObject({
  from_kind: describe(z.enum(FROM_KINDS), 'What the edge starts from: a standard of V1.0, or a document published after it.'),
  from: describe(z.string(), 'The id of the standard or later document (its page is /standards/<id>/ or /later/<id>/).'),
  from_label: describe(z.string(), 'Its number, or its English title where it has none.'),
  relation: describe(z.enum(EDGE_RELATIONS), 'How the two relate (see the data page for each value).'),
  degree: describe(z.enum(ADOPTION_DEGREES).nullable(), 'On an "adopts" edge, how closely: IDT, MOD or NEQ; otherwise null.'),
  to_kind: describe(z.enum(EDGE_KINDS), 'What the edge points to.'),
  to: describe(
    z.string(),
    'The id of the framework node, risk, regulation or standard; for an international counterpart, its name; for a successor not on the site, its number.',
  ),
  to_label_zh: describe(z.string(), 'The target’s name in Chinese (the English name where no Chinese one is known).'),
  to_label_en: describe(z.string(), 'The target’s name in English.'),
  confidence: describe(z.enum(CONFIDENCE), 'How sure the edge is: confirmed, one-source or inferred (the site’s own reading).'),
  sources: describe(z.array(z.string()), 'Ids of the sources in the site’s list of sources; empty for an edge that is our own reading.'),
  note_zh: describe(z.string().nullable(), 'What the edge rests on, in Chinese, where the site says.'),
  note_en: describe(z.string().nullable(), 'The same in English.'),
});
export type Edge = z.infer<typeof edgeSchema>;

export const relationshipsFileSchema = z.strictObject({
  built: describe(z.string(), 'The build date, YYYY-MM-DD.'),
  edges: z.array(edgeSchema),
});
export type RelationshipsFile = z.infer<typeof relationshipsFileSchema>;

/** The edges, standard by standard in display order, then the later documents'. */
export function relationshipEdges(tax: Taxonomy): Edge[] {
  const edges: Edge[] = [];
  const label = (x: { number?: string | undefined; title: Bilingual }) => x.number ?? x.title.en;
  const edge = (
    from: { kind: (typeof FROM_KINDS)[number]; id: string; label: string },
    to: { kind: EdgeKind; id: string; label: Bilingual },
    e: {
      relation: EdgeRelation;
      confidence: Confidence;
      sources: readonly string[];
      note?: Bilingual | undefined;
      degree?: (typeof ADOPTION_DEGREES)[number] | undefined;
    },
  ) =>
    edges.push({
      from_kind: from.kind,
      from: from.id,
      from_label: from.label,
      relation: e.relation,
      degree: e.degree ?? null,
      to_kind: to.kind,
      to: to.id,
      to_label_zh: to.label.zh,
      to_label_en: to.label.en,
      confidence: e.confidence,
      sources: [...e.sources],
      note_zh: e.note?.zh ?? null,
      note_en: e.note?.en ?? null,
    });
  for (const s of tax.standards) {
    const from = { kind: 'standard' as const, id: s.id, label: label(s) };
    for (const id of s.nodes) {
      const n = tax.node(id);
      edge(
        from,
        { kind: 'framework-node', id, label: { zh: nodeLabel(n, 'zh'), en: nodeLabel(n, 'en') } },
        { relation: 'placed-in', confidence: s.confidence.placement, sources: s.sources },
      );
    }
    for (const id of s.risks)
      edge(from, { kind: 'risk', id, label: tax.risk(id).title }, { relation: 'addresses-risk', confidence: s.confidence.risks, sources: s.sources });
    for (const l of s.regulations) edge(from, { kind: 'regulation', id: l.regulation, label: tax.regulation(l.regulation).title }, l);
    for (const x of s.international) edge(from, { kind: 'international', id: x.counterpart, label: { zh: x.counterpart, en: x.counterpart } }, x);
    // Related standards are the site's own association: no source states them as a pair.
    for (const r of s.related) {
      const o = tax.standard(r.standard);
      edge(
        from,
        { kind: 'standard', id: o.id, label: { zh: o.number ?? o.title.zh, en: label(o) } },
        { relation: 'related', confidence: 'inferred', sources: [], note: r.note },
      );
    }
    // A supersession, as the replacing standard's edge where the site holds it; otherwise from this one to the successor's number.
    for (const h of s.history) {
      if (h.event !== 'superseded' || !h.successor) continue;
      const successor = tax.findStandard(h.successor);
      const mine = { kind: 'standard' as EdgeKind, id: s.id, label: { zh: s.number ?? s.title.zh, en: label(s) } };
      if (successor)
        edge({ kind: 'standard', id: successor.id, label: label(successor) }, mine, {
          relation: 'replaces',
          confidence: h.confidence,
          sources: h.sources,
          note: h.note,
        });
      else
        edge(
          from,
          { kind: 'standard', id: h.successor, label: { zh: h.successor, en: h.successor } },
          { relation: 'replaces', confidence: h.confidence, sources: h.sources, note: h.note },
        );
    }
  }
  for (const d of tax.later) {
    const from = { kind: 'later-document' as const, id: d.id, label: d.number ?? d.title.en };
    for (const x of d.international) edge(from, { kind: 'international', id: x.counterpart, label: { zh: x.counterpart, en: x.counterpart } }, x);
  }
  return edges;
}

export function relationshipsJson(tax: Taxonomy, schemaUrl: string): RelationshipsFile & { $schema: string } {
  return { $schema: schemaUrl, built: tax.today, edges: relationshipEdges(tax) };
}

/** The CSV's columns: the edge's fields in order, sources joined with ";". */
export const RELATIONSHIP_COLUMNS = Object.keys(edgeSchema.shape) as (keyof Edge)[];

export function relationshipsCsv(edges: readonly Edge[]): string {
  const cell = (v: Edge[keyof Edge]) => (Array.isArray(v) ? v.join(';') : (v ?? ''));
  const lines = [RELATIONSHIP_COLUMNS, ...edges.map((e) => RELATIONSHIP_COLUMNS.map((c) => cell(e[c])))].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** JSON Schema (2020-12) of relationships.json. */
export function relationshipsSchema(schemaUrl: string): Record<string, unknown> {
  const json = z.toJSONSchema(relationshipsFileSchema.extend({ $schema: z.string().describe('The address of this schema.') }), { target: 'draft-2020-12' });
  return {
    ...json,
    $id: schemaUrl,
    title: 'AI Safety Standards System (V1.0): relationships',
    description:
      'Every relationship the site shows, one edge a row: a standard’s place in the framework, its risks, the regulations it is linked to, its international references, and its links to other standards.',
  };
}
