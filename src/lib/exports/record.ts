/**
 * A standard's export record, defined once. The mapper in export.ts is typed by
 * it, the JSON Schema (json-schema.ts) is generated from it, the CSV (csv.ts)
 * names its fields, and the data page lists them with the descriptions kept
 * here, so a field cannot be added to one of them only.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../content/layout';
import { separator } from '../i18n/ui';
import {
  CONFIDENCE,
  CONFIDENCE_LABEL,
  EVENT_LABEL,
  EVENTS,
  FACT_CONFIDENCE,
  KIND_LABEL,
  KINDS,
  MEMBERSHIP,
  MEMBERSHIP_LABEL,
  NATIONAL_PLATFORM_HOSTS,
  RECORD_STAGES,
  OFFICIAL_RECORD_HOSTS,
  STATUS_BASES,
  STATUS_BASIS_LABEL,
  STANDARD_CONFIDENCE_FACETS,
  STATUS_LABEL,
  STATUSES,
  TODAY_STATUS_LABEL,
  TODAY_STATUSES,
  type Bilingual,
  type Labels,
  type Locale,
} from '../base/vocabulary';

/** What the data page and the JSON Schema say of a field: its meaning and, for a coded field, each value with its labels. */
export interface FieldDoc {
  description: Bilingual;
  values?: Labels<string>;
}

/**
 * The fields' documentation, beside the schemas rather than in their JSON
 * Schema metadata: there a description is one string, here it is bilingual
 * (the schema file takes the English).
 */
export const fieldDocs = z.registry<FieldDoc>();

/** A copy of `schema` documented as a field; a copy, so one schema can describe several fields. */
function field<T extends z.ZodType>(schema: T, description: Bilingual, values?: Labels<string>): T {
  const copy = schema.clone();
  const doc: FieldDoc = values ? { description, values } : { description };
  fieldDocs.add(copy, doc);
  return copy;
}

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const date = z.string().regex(DATE_PATTERN);
const text = z.string().min(1);
const bilingual = z.strictObject({ zh: text, en: text });
/**
 * An absolute address: the pattern tells JSON Schema's readers which schemes
 * it takes, the URL check parses it. The check comes last so that the schema
 * keeps `format: "uri"` (zod writes the last format it meets).
 */
const address = (pattern: RegExp, protocol: RegExp) => z.string().regex(pattern).check(z.url({ protocol }));
const uri = address(/^https?:\/\//, /^https?$/);
const ids = z.array(text);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An official record lives on one of the official platforms, over https; its address is never constructed. */
const officialRecordUrl = address(new RegExp(`^https://(${OFFICIAL_RECORD_HOSTS.map(escapeRegex).join('|')})/`), /^https$/);
/** A source is linked by its https url; one served only over plain http gives its address as text instead, and url is null. */
const sourceRef = z.strictObject({
  id: text,
  title: text,
  url: address(/^https:\/\//, /^https$/).nullable(),
  http_only_address: z
    .string()
    .regex(/^http:\/\//)
    .nullable(),
});
const perFacet = <T extends z.ZodType>(value: T) =>
  // Object.fromEntries forgets the keys; the facets are the vocabulary's, so the record type names them.
  z.strictObject(Object.fromEntries(STANDARD_CONFIDENCE_FACETS.map((f) => [f, value])) as Record<(typeof STANDARD_CONFIDENCE_FACETS)[number], T>);
/**
 * One source's word on a date: the date, what it rests on (null where content
 * does not say), its sources by id, and how sure it is, worked out from them
 * or marked an inference.
 */
const claim = z.strictObject({
  date,
  basis: bilingual.nullable(),
  sources: ids.min(1),
  confidence: z.enum(FACT_CONFIDENCE),
  confidence_label: bilingual,
});
/** A record field's claim, as a date's but with a value in place of the date. */
const recordClaimShape = {
  basis: bilingual.nullable(),
  sources: ids.min(1),
  confidence: z.enum(FACT_CONFIDENCE),
  confidence_label: bilingual,
};
const textRecordClaim = z.strictObject({ value: text, ...recordClaimShape });
const listRecordClaim = z.strictObject({ value: z.array(text).min(1), complete: z.boolean(), stage: z.enum(RECORD_STAGES), ...recordClaimShape });
const replacement = z.strictObject({
  standard: text.nullable(),
  number: text,
  date: date.nullable(),
  basis: bilingual.nullable(),
  sources: ids.min(1),
  confidence: z.enum(FACT_CONFIDENCE),
  confidence_label: bilingual,
});
const NOT_FOUND: Bilingual = {
  zh: '没有来源给出时为 null（页面显示“未见来源”），本站从不猜测。',
  en: 'null where no source gives it (the page says “not found in our sources”); never guessed.',
};

const CLAIMS_NOTE: Bilingual = {
  zh: '第一项是本站所用的主要说法；其后各项是来源给出的不同日期，各附依据和来源。',
  en: 'The first is the claim this site shows; any after it are other dates sources give, each with its basis and sources.',
};

const hostList = (locale: Locale) => OFFICIAL_RECORD_HOSTS.join(separator(locale, 'items'));

/** The labels of how sure a date is, as the data page lists them for the claim fields. */
const CONFIDENCE_LABEL_OF_FACTS: Labels<string> = Object.fromEntries(FACT_CONFIDENCE.map((c) => [c, CONFIDENCE_LABEL[c]]));

export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** The dataset block at the top of standards.json and of each record file. */
export const datasetSchema = z
  .strictObject({
    title: field(text, { zh: '数据集所整理的文件。', en: 'The document the dataset describes.' }),
    version: field(text, { zh: '数据版本（研究日期）。', en: 'Dataset version (the date of the research).' }),
    built: field(date, { zh: '构建日期。', en: 'Build date.' }),
    site: field(uri, { zh: '本站地址。', en: 'Address of the site.' }),
    licence: field(z.strictObject({ name: z.literal(LICENCE.name), url: uri }), {
      zh: '数据的许可协议：CC BY 4.0（署名）。',
      en: 'The data’s licence: CC BY 4.0 (attribution).',
    }),
    schema: field(uri, { zh: '描述本文件的 JSON Schema。', en: 'The JSON Schema that describes this file.' }),
    documentation: field(uri, { zh: '说明每个文件和字段的页面。', en: 'The page that explains every file and field.' }),
  })
  .meta({ id: 'dataset' });

/** One standard's record: the same object in standards.json and in its own file. Fields appear in this order. */
export const standardRecordSchema = z
  .strictObject({
    id: field(z.string().regex(ID_PATTERN), {
      zh: '本站的条目编号，也是页面地址和单条记录文件名的一部分。',
      en: 'The entry’s key on this site; also part of its page address and its record’s file name.',
    }),
    number: field(z.string().nullable(), {
      zh: '标准编号（如 GB/T 45654-2025）；没有编号时为 null。',
      en: 'The standard number as issued (such as GB/T 45654-2025); null where it has none.',
    }),
    part: field(
      z
        .string()
        .regex(/^[A-Z]$/)
        .nullable(),
      {
        zh: '所在部分的字母代码（A–E）；未归入框架时为 null。位置多为推断，见 confidence.placement。',
        en: 'Letter of the part it is placed in (A–E); null where it is not placed. Placement is mostly inferred: see confidence.placement.',
      },
    ),
    title: field(bilingual, { zh: '中文和英文标题。', en: 'Title in Chinese and English.' }),
    kind: field(z.enum(KINDS), { zh: '文件类型。', en: 'Kind of document.' }, KIND_LABEL),
    kind_label: field(bilingual, { zh: 'kind 的中英文名称。', en: 'Readable name of kind, in both languages.' }),
    status_today: field(
      z.enum(TODAY_STATUSES),
      {
        zh: '在 status_today_as_of 这一天的状态，由已知日期和事件推算，从不手工填写；日期不足以判断时为 unknown。',
        en: 'Status on the status_today_as_of date, derived from the known dates and events, never typed by hand; unknown where the dates do not settle it.',
      },
      TODAY_STATUS_LABEL,
    ),
    status_today_label: field(bilingual, { zh: 'status_today 的中英文名称。', en: 'Readable name of status_today, in both languages.' }),
    status_today_basis: field(
      z.enum(STATUS_BASES).nullable(),
      {
        zh: '当前状态的依据，由它所依据的日期和事件推算：recorded（都有两个或以上来源确认）、one-source（某个只有一个来源）或 inferred（某个是推断）；状态未知时为 null。',
        en: 'What status_today rests on, worked out from the dates and events it follows from: recorded (each confirmed by two or more sources), one-source (one rests on a single source) or inferred (one is our inference); null when the status is unknown.',
      },
      STATUS_BASIS_LABEL,
    ),
    status_today_basis_label: field(bilingual.nullable(), {
      zh: 'status_today_basis 的中英文名称；状态未知时为 null。',
      en: 'Readable name of status_today_basis, in both languages; null when the status is unknown.',
    }),
    status_today_as_of: field(date, { zh: '推算 status_today 所依据的日期（构建日期）。', en: 'The day status_today was worked out for (the build date).' }),
    status_in_v1: field(
      z.enum(STATUSES),
      {
        zh: 'V1.0（2025年1月）征求意见稿中的状态，是该文件的事实，不随时间变化。',
        en: 'Status in the V1.0 draft (January 2025): a fact of that document, which does not change.',
      },
      STATUS_LABEL,
    ),
    status_in_v1_label: field(bilingual, { zh: 'status_in_v1 的中英文名称。', en: 'Readable name of status_in_v1, in both languages.' }),
    membership_in_v1: field(
      z.enum(MEMBERSHIP),
      { zh: '是否列入V1.0：V1.0自身的清单未能获取，多为推断。', en: 'Whether V1.0 lists it: V1.0’s own list was not recovered, so mostly inferred.' },
      MEMBERSHIP_LABEL,
    ),
    membership_in_v1_label: field(bilingual, { zh: 'membership_in_v1 的中英文名称。', en: 'Readable name of membership_in_v1, in both languages.' }),
    committee: field(z.string().nullable(), { zh: '归口的标准化技术委员会；不详时为 null。', en: 'Standards committee responsible; null where not known.' }),
    title_en_sources: field(ids.min(1).nullable(), {
      zh: '给出 title.en 为标准自身英文标题（封面或官方记录所载）的来源编号；title.en 为本站翻译时为 null。',
      en: 'Ids of the sources that give title.en as the standard’s own English title (on its cover or official record); null where title.en is this site’s translation.',
    }),
    issuers: field(z.strictObject({ names: z.array(bilingual).min(1), basis: bilingual, confidence: z.enum(FACT_CONFIDENCE) }).nullable(), {
      zh: '发布机构：按类型和发布日期的规则推出，规则写在 basis 中（2018年7月起发布的国家标准为国家市场监督管理总局和国家标准化管理委员会；TC260的文件为TC260）；规则不适用时（更早的国家标准、尚未发布的项目）为 null。',
      en: 'Issuing authorities, by a rule on kind and issue date given in basis (national standards issued from July 2018 on: the State Administration for Market Regulation and the Standardization Administration of China; TC260’s documents: TC260); null where the rule names nobody (earlier national standards, projects not yet issued).',
    }),
    competent_department: field(textRecordClaim.nullable(), {
      zh: `主管部门，附依据、来源和可信度；${NOT_FOUND.zh}`,
      en: `Competent department (主管部门), with basis, sources and confidence; ${NOT_FOUND.en}`,
    }),
    ics: field(textRecordClaim.nullable(), {
      zh: `ICS分类号（代码，如 35.030）；只给出类名的来源不算。${NOT_FOUND.zh}`,
      en: `ICS code (such as 35.030); a source that gives only the class name does not count. ${NOT_FOUND.en}`,
    }),
    ccs: field(textRecordClaim.nullable(), {
      zh: `CCS（中国标准分类）代码，如 L80。${NOT_FOUND.zh}`,
      en: `CCS (Chinese Classification for Standards) code, such as L80. ${NOT_FOUND.en}`,
    }),
    drafting_units: field(listRecordClaim.nullable(), {
      zh: `起草单位，按来源顺序；complete 为 false 表示来源所列不全，stage 为 draft 表示名单出自征求意见稿。${NOT_FOUND.zh}`,
      en: `Drafting organisations, in the source’s order; complete is false where the source’s list is cut off, stage is draft where the list is the draft’s. ${NOT_FOUND.en}`,
    }),
    drafters: field(listRecordClaim.nullable(), {
      zh: `起草人，字段同 drafting_units。${NOT_FOUND.zh}`,
      en: `Drafters, with the same fields as drafting_units. ${NOT_FOUND.en}`,
    }),
    replaces: field(z.array(replacement), {
      zh: '本标准代替的标准：standard 为本站收录的条目编号（未收录时为 null，只给 number），附日期、依据、来源和可信度；没有来源记载时为空列表。',
      en: 'Standards this one replaces: standard is the id of an entry here (null, with only number, for one not in this dataset), with date, basis, sources and confidence; empty where no source records any.',
    }),
    replaced_by: field(z.array(replacement), {
      zh: '代替本标准的标准，字段同 replaces；与 history 中的 superseded 事件一致。',
      en: 'Standards that replace this one, with the same fields as replaces; agrees with the superseded events in history.',
    }),
    published: field(date.nullable(), {
      zh: '发布日期，按来源给出的精度（YYYY、YYYY-MM 或 YYYY-MM-DD）；不详时为 null。',
      en: 'Issue date, at the precision a source gives (YYYY, YYYY-MM or YYYY-MM-DD); null where not known.',
    }),
    effective: field(date.nullable(), {
      zh: '实施日期（仅国家标准有）；不详时为 null。',
      en: 'Effective date (national standards only); null where not known.',
    }),
    published_claims: field(
      z.array(claim),
      {
        zh: `发布日期的各项说法。${CLAIMS_NOTE.zh}没有已知日期时为空列表。`,
        en: `Every claim of the issue date. ${CLAIMS_NOTE.en} Empty where no date is known.`,
      },
      CONFIDENCE_LABEL_OF_FACTS,
    ),
    effective_claims: field(
      z.array(claim),
      {
        zh: `实施日期的各项说法。${CLAIMS_NOTE.zh}没有已知日期时为空列表。`,
        en: `Every claim of the effective date. ${CLAIMS_NOTE.en} Empty where no date is known.`,
      },
      CONFIDENCE_LABEL_OF_FACTS,
    ),
    dates_note: field(bilingual.nullable(), {
      zh: '日期可信度的文字说明：主要说法未经确认（单一来源或推断）或来源不一时，逐项说明；每个日期都已确认时为 null。',
      en: 'How sure the dates are, in words: said for each date whose main claim is not confirmed (one source, or inferred) or on which sources differ; null where every date is confirmed.',
    }),
    checked: field(date, { zh: '本条事实最近一次对照来源核对的日期。', en: 'The date this entry’s facts were last verified against its sources.' }),
    official_record: field(z.strictObject({ url: officialRecordUrl, sources: z.array(sourceRef).min(1) }).nullable(), {
      zh: `官方平台（${hostList('zh')}）上该标准的页面，以及给出该地址的来源；没有来源给出时为 null，本站从不自行拼写地址。`,
      en: `The standard’s page on an official platform (${hostList('en')}) and the source that gives its address; null where no source does: addresses are never constructed.`,
    }),
    official_record_note: field(bilingual.nullable(), {
      zh: `official_record 为 null 的原因以及去哪里查：国家标准可在全国标准信息公共服务平台（${NATIONAL_PLATFORM_HOSTS.join('、')}）按编号查询；给出了官方记录时为 null。`,
      en: `Why official_record is null and where to look: a national standard can be looked up by its number on the national standards platform (${NATIONAL_PLATFORM_HOSTS.join(', ')}); null where official_record is given.`,
    }),
    history: field(
      z.array(
        z.strictObject({
          date,
          event: z.enum(EVENTS),
          event_label: bilingual,
          note: bilingual.nullable(),
          sources: ids,
          successor: z.string().nullable(),
          basis: bilingual.nullable(),
          confidence: z.enum(FACT_CONFIDENCE),
          confidence_label: bilingual,
          other_claims: z.array(claim),
        }),
      ),
      {
        zh: '有日期的事件，按时间先后排列，包括发布（published）和实施（effective）；event 取下列值之一。被代替（superseded）事件的 successor 是代替它的标准：本站收录的用条目编号，未收录的用标准编号；其他事件为 null。confidence 是该事件日期的可信度（confirmed、one-source 或 inferred），other_claims 是来源给出的其他日期。发布和实施事件本身没有说明（note 为 null）。',
        en: 'Dated events, oldest first, the issue (published) and effective dates among them; event takes one of the values below. On a superseded event, successor names what replaced it: the id of an entry here, or the number of a standard not in this dataset; null on other events. confidence says how sure the event’s date is (confirmed, one-source or inferred); other_claims are other dates sources give. Issue and effective events carry no note of their own (note is null).',
      },
      EVENT_LABEL,
    ),
    nodes: field(ids, { zh: '所在框架节点的编号（见 framework.json）。', en: 'Ids of the framework nodes it is placed in (see framework.json).' }),
    risks: field(ids, {
      zh: '推断其应对的风险类别编号（见 framework.json）。',
      en: 'Ids of the risk categories it is inferred to address (see framework.json).',
    }),
    related: field(z.array(z.strictObject({ standard: text, note: bilingual })), {
      zh: '相关标准的条目编号及说明。',
      en: 'Related entries, by id, with a note on how they relate.',
    }),
    sources: field(z.array(sourceRef).min(1), { zh: '本条所用来源：编号、标题和地址。', en: 'Sources of this entry: id, title and address.' }),
    confidence: field(
      perFacet(z.enum(CONFIDENCE)),
      {
        zh: '编号与标题（identity）、日期（dates）、框架位置（placement）和风险关联（risks）各自的可信度。',
        en: 'How sure each facet is: number and title (identity), dates, place in the framework (placement) and risk links (risks).',
      },
      CONFIDENCE_LABEL,
    ),
    confidence_label: field(perFacet(bilingual), { zh: 'confidence 各项的中英文名称。', en: 'Readable names of each confidence value, in both languages.' }),
    note: field(bilingual, { zh: '本条事实有多确定的说明。', en: 'A note on how sure these facts are.' }),
    url: field(uri, { zh: '中文页面地址。', en: 'Address of the Chinese page.' }),
    url_en: field(uri, { zh: '英文页面地址。', en: 'Address of the English page.' }),
    record: field(uri, { zh: '本条单独的 JSON 记录地址。', en: 'Address of this entry’s own JSON record.' }),
  })
  .meta({ id: 'standard' });

/** standards.json: the dataset block and every record. */
export const standardsFileSchema = z.strictObject({ dataset: datasetSchema, standards: z.array(standardRecordSchema) });
/** data/standards/<id>.json: the dataset block and one record. */
export const recordFileSchema = z.strictObject({ dataset: datasetSchema, standard: standardRecordSchema });

export type DatasetBlock = z.output<typeof datasetSchema>;
export type StandardRecord = z.output<typeof standardRecordSchema>;
export type StandardsFile = z.output<typeof standardsFileSchema>;
export type RecordFile = z.output<typeof recordFileSchema>;

export interface DocumentedField extends FieldDoc {
  name: string;
}

function documented(shape: Record<string, z.ZodType>): DocumentedField[] {
  return Object.entries(shape).map(([name, schema]) => {
    const doc = fieldDocs.get(schema);
    if (!doc) throw new Error(`src/lib/exports/record.ts: field "${name}" of the export record has no description; expected field(schema, { zh, en })`);
    return { name, ...doc };
  });
}

/** The fields of a standard's record, in order, with what they mean: the data page's field table. */
export const STANDARD_FIELDS = documented(standardRecordSchema.shape);
/** The fields of the dataset block, in order. */
export const DATASET_FIELDS = documented(datasetSchema.shape);
