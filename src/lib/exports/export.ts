/**
 * The data a reader can take away: every standard as JSON and CSV (one record
 * per standard, also as its own file), the framework tree with risks as JSON.
 * Each file names the dataset version, the build date and the licence so a copy
 * can be traced back. The fields are defined in export-fields.ts.
 */
import { LICENCE } from './fields';
import { standardsUnder, type Standard, type Taxonomy } from '../model/taxonomy';
import { localePrefix } from '../i18n/locale';
import { routePath } from '../site/urls';
import {
  CONFIDENCE_LABEL,
  EVENT_LABEL,
  KIND_LABEL,
  MEMBERSHIP_LABEL,
  STANDARD_CONFIDENCE_FACETS,
  STATUS_LABEL,
  TODAY_STATUS_LABEL,
  type Bilingual,
  type Locale,
} from '../model/vocabulary';

export interface ExportMeta {
  datasetVersion: string;
  buildDate: string;
  /** Absolute URL of the site, for links back to each entry. */
  siteUrl: string;
}

const DOC_TITLE = '人工智能安全标准体系（V1.0）（征求意见稿）';

/** Absolute addresses of the exports and pages, below the site's URL. */
export function exportUrls(meta: ExportMeta) {
  return {
    page: (id: string, locale: Locale) => `${meta.siteUrl}${localePrefix(locale)}${routePath({ page: 'standard', id })}`,
    record: (id: string) => `${meta.siteUrl}data/standards/${id}.json`,
    schema: `${meta.siteUrl}data/standards.schema.json`,
    documentation: `${meta.siteUrl}${routePath({ page: 'about-data' })}`,
  };
}

export function datasetBlock(meta: ExportMeta) {
  const u = exportUrls(meta);
  return {
    title: DOC_TITLE,
    version: meta.datasetVersion,
    built: meta.buildDate,
    site: meta.siteUrl,
    licence: { ...LICENCE },
    schema: u.schema,
    documentation: u.documentation,
  };
}

/** The letter of the part a standard is placed in, or null where it is not placed. */
export function partOf(tax: Taxonomy, s: Standard): string | null {
  const first = s.nodes[0];
  return first ? (tax.node(tax.node(first).path[0]!).code ?? null) : null;
}

const copy = (b: Bilingual): Bilingual => ({ zh: b.zh, en: b.en });

/** One standard's record, the same object in standards.json and in its own file. */
export function standardRecordJson(tax: Taxonomy, s: Standard, meta: ExportMeta) {
  const u = exportUrls(meta);
  const today = s.statusToday;
  const source = (id: string) => {
    const { title, url, httpOnlyAddress } = tax.source(id);
    return { id, title, url: url ?? null, http_only_address: httpOnlyAddress ?? null };
  };
  return {
    id: s.id,
    number: s.number ?? null,
    part: partOf(tax, s),
    title: copy(s.title),
    kind: s.kind,
    kind_label: copy(KIND_LABEL[s.kind]),
    status_today: today,
    status_today_label: copy(TODAY_STATUS_LABEL[today]),
    status_today_as_of: meta.buildDate,
    status_in_v1: s.status,
    status_in_v1_label: copy(STATUS_LABEL[s.status]),
    membership_in_v1: s.membership,
    membership_in_v1_label: copy(MEMBERSHIP_LABEL[s.membership]),
    committee: s.committee ?? null,
    published: s.dates.published?.date ?? null,
    effective: s.dates.effective?.date ?? null,
    checked: s.checked,
    official_record: s.officialRecord ? { url: s.officialRecord.url, sources: s.officialRecord.sources.map(source) } : null,
    history: s.history.map((h) => ({
      date: h.date,
      event: h.event,
      event_label: copy(EVENT_LABEL[h.event]),
      note: copy(h.note),
      sources: [...h.sources],
      successor: h.successor ?? null,
    })),
    nodes: [...s.nodes],
    risks: [...s.risks],
    related: s.related.map((r) => ({ standard: r.standard, note: copy(r.note) })),
    sources: s.sources.map(source),
    confidence: { ...s.confidence },
    confidence_label: {
      identity: copy(CONFIDENCE_LABEL[s.confidence.identity]),
      dates: copy(CONFIDENCE_LABEL[s.confidence.dates]),
      placement: copy(CONFIDENCE_LABEL[s.confidence.placement]),
      risks: copy(CONFIDENCE_LABEL[s.confidence.risks]),
    },
    note: copy(s.note),
    url: u.page(s.id, 'zh'),
    url_en: u.page(s.id, 'en'),
    record: u.record(s.id),
  };
}

export type StandardRecordJson = ReturnType<typeof standardRecordJson>;

export function standardsJson(tax: Taxonomy, meta: ExportMeta) {
  return { dataset: datasetBlock(meta), standards: tax.standards.map((s) => standardRecordJson(tax, s, meta)) };
}

/** A single standard's record file: the dataset block and the record. */
export function standardRecordFile(tax: Taxonomy, s: Standard, meta: ExportMeta) {
  return { dataset: datasetBlock(meta), standard: standardRecordJson(tax, s, meta) };
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
    dataset: datasetBlock(meta),
    document: tax.document,
    framework: tax.parts.map((p) => node(p.id)),
    risks: tax.risks.map((r) => ({
      id: r.id,
      group: r.group,
      title: r.title,
      subtypes: r.subtypes,
      nodes: r.nodes,
      standards: r.standards,
      links_are: 'inferred',
    })),
  };
}

interface CsvColumn {
  name: string;
  description: Bilingual;
  value: (r: StandardRecordJson, meta: ExportMeta) => string;
}

const labelColumns = (field: string, what: Bilingual, get: (r: StandardRecordJson) => Bilingual): CsvColumn[] => [
  { name: `${field}_zh`, description: { zh: `${what.zh}的中文名称。`, en: `Chinese name of ${what.en}.` }, value: (r) => get(r).zh },
  { name: `${field}_en`, description: { zh: `${what.zh}的英文名称。`, en: `English name of ${what.en}.` }, value: (r) => get(r).en },
];
const list = (items: string[]) => items.join(';');

/** The CSV's columns: a flat view of the JSON record (lists joined with ";"). */
export const CSV_FIELDS: CsvColumn[] = [
  { name: 'id', description: { zh: '见 JSON 的 id。', en: 'As id in the JSON.' }, value: (r) => r.id },
  { name: 'number', description: { zh: '标准编号；没有编号时为空。', en: 'Standard number; empty where it has none.' }, value: (r) => r.number ?? '' },
  { name: 'part', description: { zh: '所在部分的字母代码；未归入时为空。', en: 'Letter of its part; empty where not placed.' }, value: (r) => r.part ?? '' },
  { name: 'title_zh', description: { zh: '中文标题。', en: 'Chinese title.' }, value: (r) => r.title.zh },
  { name: 'title_en', description: { zh: '英文标题。', en: 'English title.' }, value: (r) => r.title.en },
  { name: 'kind', description: { zh: '类型代码，见 JSON 的 kind。', en: 'Kind code, as kind in the JSON.' }, value: (r) => r.kind },
  ...labelColumns('kind', { zh: '类型', en: 'the kind' }, (r) => r.kind_label),
  {
    name: 'status_today',
    description: { zh: '当前状态代码，见 JSON 的 status_today。', en: 'Status today, as status_today in the JSON.' },
    value: (r) => r.status_today,
  },
  ...labelColumns('status_today', { zh: '当前状态', en: 'the status today' }, (r) => r.status_today_label),
  {
    name: 'status_today_as_of',
    description: { zh: '推算当前状态所依据的日期。', en: 'The day the status today was worked out for.' },
    value: (r) => r.status_today_as_of,
  },
  { name: 'status_in_v1', description: { zh: 'V1.0（2025年1月）中的状态代码。', en: 'Status code in V1.0 (January 2025).' }, value: (r) => r.status_in_v1 },
  ...labelColumns('status_in_v1', { zh: 'V1.0中的状态', en: 'the V1.0 status' }, (r) => r.status_in_v1_label),
  { name: 'membership_in_v1', description: { zh: '是否列入V1.0的代码。', en: 'Code for whether V1.0 lists it.' }, value: (r) => r.membership_in_v1 },
  { name: 'committee', description: { zh: '归口单位。', en: 'Committee.' }, value: (r) => r.committee ?? '' },
  { name: 'published', description: { zh: '发布日期。', en: 'Issue date.' }, value: (r) => r.published ?? '' },
  { name: 'effective', description: { zh: '实施日期。', en: 'Effective date.' }, value: (r) => r.effective ?? '' },
  { name: 'checked', description: { zh: '事实核对日期。', en: 'Date the facts were last checked.' }, value: (r) => r.checked },
  {
    name: 'official_record',
    description: { zh: '官方记录地址；没有来源给出时为空。', en: 'Official record address; empty where no source gives one.' },
    value: (r) => r.official_record?.url ?? '',
  },
  {
    name: 'successor',
    description: { zh: '被代替时，代替它的标准（条目编号或标准编号）。', en: 'If superseded, what replaced it (an id here, or a standard number).' },
    value: (r) => r.history.findLast((h) => h.event === 'superseded')?.successor ?? '',
  },
  { name: 'nodes', description: { zh: '框架节点编号，以分号分隔。', en: 'Framework node ids, separated by semicolons.' }, value: (r) => list(r.nodes) },
  { name: 'risks', description: { zh: '风险类别编号，以分号分隔。', en: 'Risk category ids, separated by semicolons.' }, value: (r) => list(r.risks) },
  ...STANDARD_CONFIDENCE_FACETS.flatMap((f): CsvColumn[] => [
    { name: `confidence_${f}`, description: { zh: `${f} 的可信度代码。`, en: `Confidence code for ${f}.` }, value: (r) => r.confidence[f] },
    ...labelColumns(`confidence_${f}`, { zh: `${f} 的可信度`, en: `the ${f} confidence` }, (r) => r.confidence_label[f]),
  ]),
  {
    name: 'source_ids',
    description: { zh: '来源编号，以分号分隔。', en: 'Source ids, separated by semicolons.' },
    value: (r) => list(r.sources.map((s) => s.id)),
  },
  {
    name: 'source_urls',
    description: { zh: '来源地址，与 source_ids 一一对应，以空格分隔。', en: 'Source addresses, in the order of source_ids, separated by spaces.' },
    value: (r) => r.sources.map((s) => s.url ?? s.http_only_address).join(' '),
  },
  { name: 'note_zh', description: { zh: '可信度说明（中文）。', en: 'Note on how sure the facts are, in Chinese.' }, value: (r) => r.note.zh },
  { name: 'note_en', description: { zh: '可信度说明（英文）。', en: 'Note on how sure the facts are, in English.' }, value: (r) => r.note.en },
  { name: 'url', description: { zh: '中文页面地址。', en: 'Address of the Chinese page.' }, value: (r) => r.url },
  { name: 'url_en', description: { zh: '英文页面地址。', en: 'Address of the English page.' }, value: (r) => r.url_en },
  { name: 'dataset_version', description: { zh: '数据版本。', en: 'Dataset version.' }, value: (_r, m) => m.datasetVersion },
  { name: 'build_date', description: { zh: '构建日期。', en: 'Build date.' }, value: (_r, m) => m.buildDate },
  { name: 'licence', description: { zh: '数据许可协议。', en: 'Licence of the data.' }, value: () => LICENCE.name },
];

export const CSV_COLUMNS = CSV_FIELDS.map((c) => c.name);

/** RFC 4180 field: quoted when it holds a comma, quote, or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV with a byte-order mark so spreadsheet programs read the Chinese correctly. */
export function standardsCsv(tax: Taxonomy, meta: ExportMeta): string {
  const rows = tax.standards.map((s) => {
    const r = standardRecordJson(tax, s, meta);
    return CSV_FIELDS.map((c) => c.value(r, meta));
  });
  // Version, build date and licence ride on every row so the file stays a plain table.
  const lines = [CSV_COLUMNS, ...rows].map((r) => r.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
