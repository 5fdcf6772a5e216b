/**
 * Every field of a standard's record in the exports, defined once: its JSON
 * Schema, what it means in both languages and, for coded fields, the
 * vocabulary whose values it takes. standards.schema.json, the CSV's column
 * list and the field table on the data page are all generated from here, so
 * the documentation cannot drift from the files.
 */
import {
  CONFIDENCE,
  CONFIDENCE_LABEL,
  EVENT_LABEL,
  EVENTS,
  KIND_LABEL,
  KINDS,
  MEMBERSHIP,
  MEMBERSHIP_LABEL,
  STANDARD_CONFIDENCE_FACETS,
  STATUS_LABEL,
  STATUSES,
  TODAY_STATUS_LABEL,
  TODAY_STATUSES,
  type Bilingual,
  type Labels,
} from '../model/vocabulary';

type JsonSchema = Record<string, unknown>;

export interface FieldDef {
  name: string;
  schema: JsonSchema;
  description: Bilingual;
  /** For a coded field: each value with its labels. */
  values?: Labels<string>;
}

const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const date: JsonSchema = { type: 'string', pattern: DATE_PATTERN };
const nullableDate: JsonSchema = { type: ['string', 'null'], pattern: DATE_PATTERN };
const text: JsonSchema = { type: 'string', minLength: 1 };
const bilingual: JsonSchema = { type: 'object', properties: { zh: text, en: text }, required: ['zh', 'en'], additionalProperties: false };
const uri: JsonSchema = { type: 'string', format: 'uri', pattern: '^https?://' };
const ids: JsonSchema = { type: 'array', items: text };
/** A source is linked by its https url; one served only over plain http gives its address as text instead, and url is null. */
const sourceRef: JsonSchema = {
  type: 'object',
  properties: {
    id: text,
    title: text,
    url: { ...uri, type: ['string', 'null'], pattern: '^https://' },
    http_only_address: { type: ['string', 'null'], pattern: '^http://' },
  },
  required: ['id', 'title', 'url', 'http_only_address'],
  additionalProperties: false,
};
const codes = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });

/** The fields of one standard's record, in the order they appear. */
export const STANDARD_FIELDS: FieldDef[] = [
  {
    name: 'id',
    schema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    description: {
      zh: '本站的条目编号，也是页面地址和单条记录文件名的一部分。',
      en: 'The entry’s key on this site; also part of its page address and its record’s file name.',
    },
  },
  {
    name: 'number',
    schema: { type: ['string', 'null'] },
    description: {
      zh: '标准编号（如 GB/T 45654-2025）；没有编号时为 null。',
      en: 'The standard number as issued (such as GB/T 45654-2025); null where it has none.',
    },
  },
  {
    name: 'part',
    schema: { type: ['string', 'null'], pattern: '^[A-Z]$' },
    description: {
      zh: '所在部分的字母代码（A–E）；未归入框架时为 null。位置多为推断，见 confidence.placement。',
      en: 'Letter of the part it is placed in (A–E); null where it is not placed. Placement is mostly inferred: see confidence.placement.',
    },
  },
  { name: 'title', schema: bilingual, description: { zh: '中文和英文标题。', en: 'Title in Chinese and English.' } },
  { name: 'kind', schema: codes(KINDS), values: KIND_LABEL, description: { zh: '文件类型。', en: 'Kind of document.' } },
  { name: 'kind_label', schema: bilingual, description: { zh: 'kind 的中英文名称。', en: 'Readable name of kind, in both languages.' } },
  {
    name: 'status_today',
    schema: codes(TODAY_STATUSES),
    values: TODAY_STATUS_LABEL,
    description: {
      zh: '在 status_today_as_of 这一天的状态，由已知日期和事件推算，从不手工填写；日期不足以判断时为 unknown。',
      en: 'Status on the status_today_as_of date, derived from the known dates and events, never typed by hand; unknown where the dates do not settle it.',
    },
  },
  {
    name: 'status_today_label',
    schema: bilingual,
    description: { zh: 'status_today 的中英文名称。', en: 'Readable name of status_today, in both languages.' },
  },
  {
    name: 'status_today_as_of',
    schema: date,
    description: { zh: '推算 status_today 所依据的日期（构建日期）。', en: 'The day status_today was worked out for (the build date).' },
  },
  {
    name: 'status_in_v1',
    schema: codes(STATUSES),
    values: STATUS_LABEL,
    description: {
      zh: 'V1.0（2025年1月）征求意见稿中的状态，是该文件的事实，不随时间变化。',
      en: 'Status in the V1.0 draft (January 2025): a fact of that document, which does not change.',
    },
  },
  {
    name: 'status_in_v1_label',
    schema: bilingual,
    description: { zh: 'status_in_v1 的中英文名称。', en: 'Readable name of status_in_v1, in both languages.' },
  },
  {
    name: 'membership_in_v1',
    schema: codes(MEMBERSHIP),
    values: MEMBERSHIP_LABEL,
    description: {
      zh: '是否列入V1.0：V1.0自身的清单未能获取，多为推断。',
      en: 'Whether V1.0 lists it: V1.0’s own list was not recovered, so mostly inferred.',
    },
  },
  {
    name: 'membership_in_v1_label',
    schema: bilingual,
    description: { zh: 'membership_in_v1 的中英文名称。', en: 'Readable name of membership_in_v1, in both languages.' },
  },
  {
    name: 'committee',
    schema: { type: ['string', 'null'] },
    description: { zh: '归口的标准化技术委员会；不详时为 null。', en: 'Standards committee responsible; null where not known.' },
  },
  {
    name: 'published',
    schema: nullableDate,
    description: {
      zh: '发布日期，按来源给出的精度（YYYY、YYYY-MM 或 YYYY-MM-DD）；不详时为 null。',
      en: 'Issue date, at the precision a source gives (YYYY, YYYY-MM or YYYY-MM-DD); null where not known.',
    },
  },
  {
    name: 'effective',
    schema: nullableDate,
    description: { zh: '实施日期（仅国家标准有）；不详时为 null。', en: 'Effective date (national standards only); null where not known.' },
  },
  {
    name: 'checked',
    schema: date,
    description: { zh: '本条事实最近一次对照来源核对的日期。', en: 'The date this entry’s facts were last verified against its sources.' },
  },
  {
    name: 'official_record',
    schema: {
      type: ['object', 'null'],
      properties: {
        url: { ...uri, pattern: '^https://(std\\.samr\\.gov\\.cn|openstd\\.samr\\.gov\\.cn|www\\.tc260\\.org\\.cn)/' },
        sources: { type: 'array', items: sourceRef, minItems: 1 },
      },
      required: ['url', 'sources'],
      additionalProperties: false,
    },
    description: {
      zh: '官方平台（std.samr.gov.cn、openstd.samr.gov.cn、www.tc260.org.cn）上该标准的页面，以及给出该地址的来源；没有来源给出时为 null，本站从不自行拼写地址。',
      en: 'The standard’s page on an official platform (std.samr.gov.cn, openstd.samr.gov.cn, www.tc260.org.cn) and the source that gives its address; null where no source does: addresses are never constructed.',
    },
  },
  {
    name: 'history',
    schema: {
      type: 'array',
      items: {
        type: 'object',
        properties: { date, event: codes(EVENTS), event_label: bilingual, note: bilingual, sources: ids, successor: { type: ['string', 'null'] } },
        required: ['date', 'event', 'event_label', 'note', 'sources', 'successor'],
        additionalProperties: false,
      },
    },
    values: EVENT_LABEL,
    description: {
      zh: '有日期的事件，按时间先后排列；event 取下列值之一。被代替（superseded）事件的 successor 是代替它的标准：本站收录的用条目编号，未收录的用标准编号；其他事件为 null。',
      en: 'Dated events, oldest first; event takes one of the values below. On a superseded event, successor names what replaced it: the id of an entry here, or the number of a standard not in this dataset; null on other events.',
    },
  },
  {
    name: 'nodes',
    schema: ids,
    description: { zh: '所在框架节点的编号（见 framework.json）。', en: 'Ids of the framework nodes it is placed in (see framework.json).' },
  },
  {
    name: 'risks',
    schema: ids,
    description: { zh: '推断其应对的风险类别编号（见 framework.json）。', en: 'Ids of the risk categories it is inferred to address (see framework.json).' },
  },
  {
    name: 'related',
    schema: {
      type: 'array',
      items: { type: 'object', properties: { standard: text, note: bilingual }, required: ['standard', 'note'], additionalProperties: false },
    },
    description: { zh: '相关标准的条目编号及说明。', en: 'Related entries, by id, with a note on how they relate.' },
  },
  {
    name: 'sources',
    schema: { type: 'array', items: sourceRef, minItems: 1 },
    description: { zh: '本条所用来源：编号、标题和地址。', en: 'Sources of this entry: id, title and address.' },
  },
  {
    name: 'confidence',
    schema: {
      type: 'object',
      properties: Object.fromEntries(STANDARD_CONFIDENCE_FACETS.map((f) => [f, codes(CONFIDENCE)])),
      required: [...STANDARD_CONFIDENCE_FACETS],
      additionalProperties: false,
    },
    values: CONFIDENCE_LABEL,
    description: {
      zh: '编号与标题（identity）、日期（dates）、框架位置（placement）和风险关联（risks）各自的可信度。',
      en: 'How sure each facet is: number and title (identity), dates, place in the framework (placement) and risk links (risks).',
    },
  },
  {
    name: 'confidence_label',
    schema: {
      type: 'object',
      properties: Object.fromEntries(STANDARD_CONFIDENCE_FACETS.map((f) => [f, bilingual])),
      required: [...STANDARD_CONFIDENCE_FACETS],
      additionalProperties: false,
    },
    description: { zh: 'confidence 各项的中英文名称。', en: 'Readable names of each confidence value, in both languages.' },
  },
  { name: 'note', schema: bilingual, description: { zh: '本条事实有多确定的说明。', en: 'A note on how sure these facts are.' } },
  { name: 'url', schema: uri, description: { zh: '中文页面地址。', en: 'Address of the Chinese page.' } },
  { name: 'url_en', schema: uri, description: { zh: '英文页面地址。', en: 'Address of the English page.' } },
  { name: 'record', schema: uri, description: { zh: '本条单独的 JSON 记录地址。', en: 'Address of this entry’s own JSON record.' } },
];

/** The dataset block at the top of standards.json and of each record file. */
export const DATASET_FIELDS: FieldDef[] = [
  { name: 'title', schema: text, description: { zh: '数据集所整理的文件。', en: 'The document the dataset describes.' } },
  { name: 'version', schema: text, description: { zh: '数据版本（研究日期）。', en: 'Dataset version (the date of the research).' } },
  { name: 'built', schema: date, description: { zh: '构建日期。', en: 'Build date.' } },
  { name: 'site', schema: uri, description: { zh: '本站地址。', en: 'Address of the site.' } },
  {
    name: 'licence',
    schema: { type: 'object', properties: { name: { const: 'CC BY 4.0' }, url: uri }, required: ['name', 'url'], additionalProperties: false },
    description: { zh: '数据的许可协议：CC BY 4.0（署名）。', en: 'The data’s licence: CC BY 4.0 (attribution).' },
  },
  { name: 'schema', schema: uri, description: { zh: '描述本文件的 JSON Schema。', en: 'The JSON Schema that describes this file.' } },
  { name: 'documentation', schema: uri, description: { zh: '说明每个文件和字段的页面。', en: 'The page that explains every file and field.' } },
];

export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

function objectSchema(fields: FieldDef[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.name, { ...f.schema, description: f.description.en }])),
    required: fields.map((f) => f.name),
    additionalProperties: false,
  };
}

/** JSON Schema (2020-12) of standards.json; `$defs.record` describes a single record file. */
export function standardsSchema(schemaUrl: string): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'AI Safety Standards System (V1.0): standards',
    description: 'Every standard identified in TC260’s AI Safety Standards System (V1.0), draft for comment, January 2025, with its status today and in V1.0.',
    type: 'object',
    properties: {
      dataset: { $ref: '#/$defs/dataset' },
      standards: { type: 'array', items: { $ref: '#/$defs/standard' } },
    },
    required: ['dataset', 'standards'],
    additionalProperties: false,
    $defs: {
      dataset: objectSchema(DATASET_FIELDS),
      standard: objectSchema(STANDARD_FIELDS),
      record: {
        type: 'object',
        properties: { dataset: { $ref: '#/$defs/dataset' }, standard: { $ref: '#/$defs/standard' } },
        required: ['dataset', 'standard'],
        additionalProperties: false,
      },
    },
  };
}
