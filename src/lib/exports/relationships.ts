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
} from '../base/vocabulary';

export const FROM_KINDS = ['standard', 'later-document'] as const;

/** What each field holds, in both languages: the JSON Schema takes the English, the data page both. */
export const RELATIONSHIP_FIELDS = {
  from_kind: {
    zh: '边的起点类型：V1.0中的标准（standard），或V1.0之后发布的文件（later-document）。',
    en: 'What the edge starts from: a standard of V1.0, or a document published after it.',
  },
  from: {
    zh: '起点的编号（id）：其网页位于 /standards/<id>/ 或 /later/<id>/。',
    en: 'The id of the standard or later document (its page is /standards/<id>/ or /later/<id>/).',
  },
  from_label: { zh: '起点的标准编号；没有编号的用英文标题。', en: 'Its number, or its English title where it has none.' },
  relation: { zh: '两者的关系，取值见下表。', en: 'How the two relate; the values are listed below.' },
  degree: {
    zh: '在“采用”（adopts）关系上，采用程度：IDT、MOD或NEQ；其他关系为空。',
    en: 'On an "adopts" edge, how closely: IDT, MOD or NEQ; empty (null) otherwise.',
  },
  to_kind: {
    zh: '终点类型：framework-node、risk、regulation、international、standard。',
    en: 'What the edge points to: framework-node, risk, regulation, international, standard.',
  },
  to: {
    zh: '终点的id（框架节点、风险、法规或标准）；国际标准或文本用其名称；不在本站的代替标准用其编号。',
    en: 'The id of the framework node, risk, regulation or standard; for an international counterpart, its name; for a successor not on the site, its number.',
  },
  to_label_zh: { zh: '终点的中文名称（没有中文名称的用英文）。', en: 'The target’s name in Chinese (the English name where no Chinese one is known).' },
  to_label_en: { zh: '终点的英文名称。', en: 'The target’s name in English.' },
  confidence: {
    zh: '这条边的可信度：confirmed、one-source，或inferred（本站自己的解读）。',
    en: 'How sure the edge is: confirmed, one-source or inferred (the site’s own reading).',
  },
  sources: {
    zh: '来源编号，对应本站来源列表；本站推断的边可以为空。CSV中以分号分隔。',
    en: 'Ids of the sources in the site’s list of sources; empty for an edge that is our own reading. Joined with ";" in the CSV.',
  },
  note_zh: { zh: '这条边依据什么（中文），本站有说明时给出。', en: 'What the edge rests on, in Chinese, where the site says.' },
  note_en: { zh: '同上，英文。', en: 'The same in English.' },
} as const satisfies Record<string, Bilingual>;
const doc = (name: keyof typeof RELATIONSHIP_FIELDS) => RELATIONSHIP_FIELDS[name].en;

export const edgeSchema = z.strictObject({
  from_kind: z.enum(FROM_KINDS).describe(doc('from_kind')),
  from: z.string().describe(doc('from')),
  from_label: z.string().describe(doc('from_label')),
  relation: z.enum(EDGE_RELATIONS).describe(doc('relation')),
  degree: z.enum(ADOPTION_DEGREES).nullable().describe(doc('degree')),
  to_kind: z.enum(EDGE_KINDS).describe(doc('to_kind')),
  to: z.string().describe(doc('to')),
  to_label_zh: z.string().describe(doc('to_label_zh')),
  to_label_en: z.string().describe(doc('to_label_en')),
  confidence: z.enum(CONFIDENCE).describe(doc('confidence')),
  sources: z.array(z.string()).describe(doc('sources')),
  note_zh: z.string().nullable().describe(doc('note_zh')),
  note_en: z.string().nullable().describe(doc('note_en')),
});
export type Edge = z.infer<typeof edgeSchema>;

export const relationshipsFileSchema = z.strictObject({
  built: z.string().describe('The build date, YYYY-MM-DD.'),
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
