/**
 * standards.csv: a flat view of standards.json, one row per record. Each
 * column says which field of the record (record.ts) it flattens and how:
 * as it is, one column per language, or a list joined with ";". The data page
 * lists these columns with their descriptions.
 */
import { csvField } from './csv-field';
import { STANDARD_FIELDS, type DatasetBlock, type StandardRecord, type StandardsFile } from './record';
import { LANGUAGE_NAME, LOCALES, STANDARD_CONFIDENCE_FACETS, type Bilingual } from '../base/vocabulary';

type Field = keyof StandardRecord;
/** The record's fields whose values are of type V. */
type FieldOf<V> = { [K in Field]: StandardRecord[K] extends V ? K : never }[Field];

export interface CsvColumn {
  name: string;
  description: Bilingual;
  /** The record field this column flattens, or the dataset block that every row repeats. */
  from: Field | 'dataset';
  value: (record: StandardRecord, dataset: DatasetBlock) => string;
}

const say = (zh: string, en: string): Bilingual => ({ zh, en });
const LIST_SEPARATOR = ';';

/** The field as it is; null becomes an empty cell. Described as in the JSON unless told otherwise. */
function asIs(field: FieldOf<string | null>, description?: Bilingual): CsvColumn {
  const json = STANDARD_FIELDS.find((f) => f.name === field)!;
  return { name: field, description: description ?? json.description, from: field, value: (r) => r[field] ?? '' };
}

/** A bilingual field as two columns, `<name>_zh` and `<name>_en`. */
function perLanguage<F extends Field>(
  field: F,
  name: string,
  description: Record<'zh' | 'en', Bilingual>,
  get: (v: StandardRecord[F]) => Bilingual,
): CsvColumn[] {
  return LOCALES.map((l) => ({ name: `${name}_${l}`, description: description[l], from: field, value: (r) => get(r[field])[l] }));
}

/** The readable names of a coded column, after it: `<code column>_zh` and `<code column>_en`. */
function labels<F extends Field>(field: F, codeColumn: string, what: Bilingual, get: (v: StandardRecord[F]) => Bilingual): CsvColumn[] {
  return perLanguage(
    field,
    codeColumn,
    { zh: say(`${what.zh}的中文名称。`, `Chinese name of ${what.en}.`), en: say(`${what.zh}的英文名称。`, `English name of ${what.en}.`) },
    get,
  );
}

const own = (v: Bilingual) => v;

/** A list of ids as one cell. */
function joined(field: FieldOf<string[]>, description: Bilingual): CsvColumn {
  return { name: field, description, from: field, value: (r) => r[field].join(LIST_SEPARATOR) };
}

/** One value taken out of a structured field. */
function picked<F extends Field>(name: string, field: F, description: Bilingual, pick: (v: StandardRecord[F]) => string): CsvColumn {
  return { name, description, from: field, value: (r) => pick(r[field]) };
}

/** A value of the dataset block, repeated on every row so that the file stays a plain table. */
function fromDataset(name: string, description: Bilingual, pick: (d: DatasetBlock) => string): CsvColumn {
  return { name, description, from: 'dataset', value: (_r, d) => pick(d) };
}

/**
 * How sure a date is (its main claim's confidence) and, where sources differ,
 * the other dates they give: "2022-10-14 (S-a; S-b)", several joined by " | ".
 */
function claimColumns(field: 'published_claims' | 'effective_claims', name: string, what: Bilingual): CsvColumn[] {
  return [
    picked(
      `${name}_confidence`,
      field,
      say(
        `${what.zh}的可信度代码（confirmed、one-source、inferred）；没有日期时为空。`,
        `How sure ${what.en} is (confirmed, one-source, inferred); empty where there is no date.`,
      ),
      (c) => c[0]?.confidence ?? '',
    ),
    picked(
      `${name}_other_claims`,
      field,
      say(
        `来源给出的${what.zh}的其他说法：日期及其来源编号（以分号分隔），多项之间以“ | ”分隔；没有时为空。完整的依据见 JSON。`,
        `Other dates sources give for ${what.en}: each date with its source ids (separated by semicolons), several separated by " | "; empty where none. The JSON has each claim's basis.`,
      ),
      (c) =>
        c
          .slice(1)
          .map((o) => `${o.date} (${o.sources.join(LIST_SEPARATOR)})`)
          .join(' | '),
    ),
  ];
}

/** A record field's claim as three cells: its value (a list joined with ";"), its confidence, its source ids. */
function recordClaimColumns(field: 'competent_department' | 'ics' | 'ccs' | 'drafting_units' | 'drafters'): CsvColumn[] {
  const value = (v: StandardRecord[typeof field]) => {
    if (!v) return '';
    const text = Array.isArray(v.value) ? v.value.join(LIST_SEPARATOR) : v.value;
    // A list the source gives only in part, or from the draft, says so in the cell itself.
    const flags = 'complete' in v ? [v.complete ? '' : ' (list incomplete in our source)', v.stage === 'draft' ? ' (draft stage)' : ''].join('') : '';
    return `${text}${flags}`;
  };
  return [
    picked(
      field,
      field,
      say(
        `${field}；未见来源时为空。列表以分号分隔，来源所列不全或出自征求意见稿时在其后注明。`,
        `${field}; empty where no source gives it. A list is separated by semicolons, and says after it when the source’s list is incomplete or the draft’s.`,
      ),
      value,
    ),
    picked(`${field}_confidence`, field, say(`${field} 的可信度代码。`, `Confidence code of ${field}.`), (v) => v?.confidence ?? ''),
    picked(`${field}_sources`, field, say(`${field} 的来源编号，以分号分隔。`, `Source ids of ${field}, separated by semicolons.`), (v) =>
      (v?.sources ?? []).join(LIST_SEPARATOR),
    ),
  ];
}

/** The CSV's columns, in order. */
export const CSV_COLUMNS: CsvColumn[] = [
  asIs('id', say('见 JSON 的 id。', 'As id in the JSON.')),
  asIs('number', say('标准编号；没有编号时为空。', 'Standard number; empty where it has none.')),
  asIs('part', say('所在部分的字母代码；未归入时为空。', 'Letter of its part; empty where not placed.')),
  ...perLanguage('title', 'title', { zh: say('中文标题。', 'Chinese title.'), en: say('英文标题。', 'English title.') }, own),
  asIs('kind', say('类型代码，见 JSON 的 kind。', 'Kind code, as kind in the JSON.')),
  ...labels('kind_label', 'kind', say('类型', 'the kind'), own),
  asIs('status_today', say('当前状态代码，见 JSON 的 status_today。', 'Status today, as status_today in the JSON.')),
  ...labels('status_today_label', 'status_today', say('当前状态', 'the status today'), own),
  asIs(
    'status_today_basis',
    say(
      '当前状态依据的代码（recorded、one-source、inferred）；状态未知时为空。',
      'What the status today rests on (recorded, one-source, inferred); empty when it is unknown.',
    ),
  ),
  ...labels('status_today_basis_label', 'status_today_basis', say('当前状态的依据', 'the basis of the status today'), (l) => l ?? { zh: '', en: '' }),
  asIs('status_today_as_of', say('推算当前状态所依据的日期。', 'The day the status today was worked out for.')),
  asIs('status_in_v1', say('V1.0（2025年1月）中的状态代码。', 'Status code in V1.0 (January 2025).')),
  ...labels('status_in_v1_label', 'status_in_v1', say('V1.0中的状态', 'the V1.0 status'), own),
  asIs('membership_in_v1', say('是否列入V1.0的代码。', 'Code for whether V1.0 lists it.')),
  ...labels('membership_in_v1_label', 'membership_in_v1', say('列入V1.0情况', 'the V1.0 listing'), own),
  asIs('committee', say('归口单位。', 'Committee.')),
  picked(
    'title_en_sources',
    'title_en_sources',
    say(
      '给出标准自身英文标题的来源编号，以分号分隔；英文标题为本站翻译时为空。',
      'Ids of the sources giving the standard’s own English title, separated by semicolons; empty where the English title is this site’s translation.',
    ),
    (v) => (v ?? []).join(LIST_SEPARATOR),
  ),
  ...LOCALES.map((l) =>
    picked(
      `issuers_${l}`,
      'issuers',
      say(
        `发布机构（${LANGUAGE_NAME[l]}），以分号分隔；规则不适用时为空。`,
        `Issuing authorities (${LANGUAGE_NAME[l]}), separated by semicolons; empty where the rule names nobody.`,
      ),
      (v) => (v?.names ?? []).map((n) => n[l]).join(LIST_SEPARATOR),
    ),
  ),
  ...(['competent_department', 'ics', 'ccs'] as const).flatMap((f) => recordClaimColumns(f)),
  ...(['drafting_units', 'drafters'] as const).flatMap((f) => recordClaimColumns(f)),
  ...(['replaces', 'replaced_by'] as const).map((f) =>
    picked(
      f,
      f,
      say(
        `${f}：标准编号，以分号分隔；没有时为空。完整的依据见 JSON。`,
        `${f}: standard numbers, separated by semicolons; empty where none. The JSON has each link’s basis and sources.`,
      ),
      (v) => v.map((r) => r.number).join(LIST_SEPARATOR),
    ),
  ),
  asIs('published', say('发布日期（本站所用的说法）。', 'Issue date (the claim this site shows).')),
  ...claimColumns('published_claims', 'published', say('发布日期', 'the issue date')),
  asIs('effective', say('实施日期（本站所用的说法）。', 'Effective date (the claim this site shows).')),
  ...claimColumns('effective_claims', 'effective', say('实施日期', 'the effective date')),
  ...perLanguage(
    'dates_note',
    'dates_note',
    {
      zh: say('日期可信度的文字说明（中文）；每个日期都已确认时为空。', 'How sure the dates are, in words, in Chinese; empty where every date is confirmed.'),
      en: say('日期可信度的文字说明（英文）；每个日期都已确认时为空。', 'How sure the dates are, in words, in English; empty where every date is confirmed.'),
    },
    (n) => n ?? { zh: '', en: '' },
  ),
  asIs('checked', say('事实核对日期。', 'Date the facts were last checked.')),
  picked(
    'official_record',
    'official_record',
    say('官方记录地址；没有来源给出时为空。', 'Official record address; empty where no source gives one.'),
    (o) => o?.url ?? '',
  ),
  ...perLanguage(
    'official_record_note',
    'official_record_note',
    {
      zh: say(
        '没有官方记录地址的原因及查询途径（中文）；给出了地址时为空。',
        'Why there is no official record address and where to look, in Chinese; empty where one is given.',
      ),
      en: say(
        '没有官方记录地址的原因及查询途径（英文）；给出了地址时为空。',
        'Why there is no official record address and where to look, in English; empty where one is given.',
      ),
    },
    (n) => n ?? { zh: '', en: '' },
  ),
  picked(
    'successor',
    'history',
    say('被代替时，代替它的标准（条目编号或标准编号）。', 'If superseded, what replaced it (an id here, or a standard number).'),
    (history) => history.findLast((h) => h.event === 'superseded')?.successor ?? '',
  ),
  joined('nodes', say('框架节点编号，以分号分隔。', 'Framework node ids, separated by semicolons.')),
  joined('risks', say('风险类别编号，以分号分隔。', 'Risk category ids, separated by semicolons.')),
  ...STANDARD_CONFIDENCE_FACETS.flatMap((f) => [
    picked(`confidence_${f}`, 'confidence', say(`${f} 的可信度代码。`, `Confidence code for ${f}.`), (c) => c[f]),
    ...labels('confidence_label', `confidence_${f}`, say(`${f} 的可信度`, `the ${f} confidence`), (l) => l[f]),
  ]),
  picked('source_ids', 'sources', say('来源编号，以分号分隔。', 'Source ids, separated by semicolons.'), (s) => s.map((x) => x.id).join(LIST_SEPARATOR)),
  picked(
    'source_urls',
    'sources',
    say('来源地址，与 source_ids 一一对应，以空格分隔。', 'Source addresses, in the order of source_ids, separated by spaces.'),
    // A source served only over http still has an address; a list of addresses is separated by spaces, which no address holds.
    (s) => s.map((x) => x.url ?? x.http_only_address).join(' '),
  ),
  ...perLanguage(
    'note',
    'note',
    {
      zh: say('可信度说明（中文）。', 'Note on how sure the facts are, in Chinese.'),
      en: say('可信度说明（英文）。', 'Note on how sure the facts are, in English.'),
    },
    own,
  ),
  asIs('url'),
  asIs('url_en'),
  fromDataset('dataset_version', say('数据版本。', 'Dataset version.'), (d) => d.version),
  fromDataset('build_date', say('构建日期。', 'Build date.'), (d) => d.built),
  fromDataset('licence', say('数据许可协议。', 'Licence of the data.'), (d) => d.licence.name),
];

/**
 * Fields that have no column: a flat row cannot hold a list of notes, and the
 * record's own address is the JSON's. Every other field has at least one column.
 */
export const JSON_ONLY: readonly Field[] = ['related', 'record'];

/** What csvField does to a cell that a spreadsheet would run, said where the columns are documented. */
export const CSV_FORMULA_RULE: Bilingual = say(
  "以 =、+、-、@、制表符或回车开头的单元格，前面加了一个撇号（'），使电子表格软件把它显示为文本，而不会当作公式执行（OWASP 对 CSV 注入的建议）。单元格以撇号开头、其后是上述字符之一时，这个撇号是本站加的；JSON 文件中的文本保持原样。",
  "A cell that begins with =, +, -, @, a tab or a carriage return has an apostrophe (') put in front, so that spreadsheet programs show it as text and never run it as a formula (OWASP’s advice against CSV injection). Where a cell begins with an apostrophe followed by one of those characters, the apostrophe was added here; the JSON files keep the text as it is.",
);

/** The CSV, with a byte-order mark so that spreadsheet programs read the Chinese correctly. */
export function standardsCsv({ dataset, standards }: StandardsFile): string {
  const header = CSV_COLUMNS.map((c) => c.name);
  const rows = standards.map((r) => CSV_COLUMNS.map((c) => c.value(r, dataset)));
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
