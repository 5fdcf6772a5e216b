/**
 * The data a reader can take away: every standard as JSON and CSV, and the
 * framework tree with risks as JSON. Each file names the dataset version and
 * the build date so a copy can be traced back.
 */
import { standardsUnder, type Taxonomy } from './taxonomy';

export interface ExportMeta {
  datasetVersion: string;
  buildDate: string;
  /** Absolute URL of the site, for links back to each entry. */
  siteUrl: string;
}

const DOC_TITLE = '人工智能安全标准体系（V1.0）（征求意见稿）';

export function standardsJson(tax: Taxonomy, meta: ExportMeta) {
  return {
    dataset: { title: DOC_TITLE, version: meta.datasetVersion, built: meta.buildDate, site: meta.siteUrl },
    standards: tax.standards.map((s) => ({
      id: s.id,
      number: s.number ?? null,
      title: s.title,
      kind: s.kind,
      status_in_v1: s.status,
      membership_in_v1: s.membership,
      committee: s.committee ?? null,
      published: s.dates?.published ?? null,
      effective: s.dates?.effective ?? null,
      history: s.history,
      nodes: s.nodes,
      risks: s.risks,
      related: s.related.map((r) => ({ standard: r.standard, note: r.note })),
      sources: s.sources.map((id) => ({ id, url: tax.source(id).url })),
      confidence: s.confidence,
      note: s.note,
      url: `${meta.siteUrl}standards/${s.id}/`,
    })),
  };
}

export function frameworkJson(tax: Taxonomy, meta: ExportMeta) {
  const node = (id: string): unknown => {
    const n = tax.node(id);
    return {
      id: n.id,
      code: n.code ?? null,
      level: n.level,
      title: n.title,
      summary: n.summary,
      confidence: n.confidence,
      note: n.note,
      standards: n.standards,
      standards_below: standardsUnder(tax, n.id).length,
      children: n.children.map(node),
    };
  };
  return {
    dataset: { title: DOC_TITLE, version: meta.datasetVersion, built: meta.buildDate, site: meta.siteUrl },
    document: tax.document,
    framework: tax.parts.map((p) => node(p.id)),
    risks: tax.risks.map((r) => ({ id: r.id, group: r.group, title: r.title, subtypes: r.subtypes, nodes: r.nodes, standards: r.standards, links_are: 'inferred' })),
  };
}

export const CSV_COLUMNS = [
  'id',
  'number',
  'title_zh',
  'title_en',
  'kind',
  'status_in_v1',
  'membership_in_v1',
  'published',
  'effective',
  'nodes',
  'risks',
  'confidence_identity',
  'confidence_dates',
  'confidence_placement',
  'note_en',
  'url',
  'dataset_version',
  'build_date',
] as const;

/** RFC 4180 field: quoted when it holds a comma, quote, or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV with a byte-order mark so spreadsheet programs read the Chinese correctly. */
export function standardsCsv(tax: Taxonomy, meta: ExportMeta): string {
  const rows = tax.standards.map((s) => [
    s.id,
    s.number ?? '',
    s.title.zh,
    s.title.en,
    s.kind,
    s.status,
    s.membership,
    s.dates?.published ?? '',
    s.dates?.effective ?? '',
    s.nodes.join(';'),
    s.risks.join(';'),
    s.confidence.identity,
    s.confidence.dates,
    s.confidence.placement,
    s.note.en,
    `${meta.siteUrl}standards/${s.id}/`,
    meta.datasetVersion,
    meta.buildDate,
  ]);
  // Version and build date ride on every row so the file stays a plain table.
  const lines = [[...CSV_COLUMNS], ...rows].map((r) => r.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
