/**
 * Every standard as CSL-JSON (the Citation Style Language's data format, 1.0.2),
 * which Zotero, Pandoc and citation.js read natively. Each item is made from the
 * standard's export record (record.ts), so it says what standards.json says;
 * the citations on the pages are rendered from these same items (cite.ts).
 */
import { exportMetaKey, standardRecordJson, type ExportMeta } from './export';
import { perStandard } from '../model/per-standard';
import type { StandardRecord } from './record';
import type { Standard, Taxonomy } from '../model/types';
import { recordNote } from './bibliography';
import { authorsOf, citableIssueDate } from './cite-facts';
import type { Bilingual } from '../base/vocabulary';

/** A CSL date: year, month, day as far as the source gives them. */
export interface CslDate {
  'date-parts': [number[]];
}

/** A name CSL prints as it is: an organisation, not a person. */
export interface CslLiteralName {
  literal: string;
}

/** The subset of CSL-JSON 1.0.2 that this site writes. */
export interface CslItem {
  id: string;
  type: 'standard' | 'webpage';
  language: string;
  title: string;
  number?: string;
  author?: CslLiteralName[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  note?: string;
  /** What CSL has no variable for: the title in the other language and the standard's own facts, as key–value pairs. */
  custom?: Record<string, string>;
}

/** CSL-JSON's version, named where the file is documented. */
export const CSL_JSON_VERSION = '1.0.2';
/** The language of the standards' own titles. */
export const STANDARD_LANGUAGE = 'zh-CN';

/** A partial ISO date ("2025", "2025-04", "2025-04-25") as CSL date parts. */
export function cslDate(date: string): CslDate {
  return { 'date-parts': [date.split('-').map(Number)] };
}

/** One standard as a CSL item: type "standard", both titles, the number, the committee, the issue date, its page. */
export function standardCsl(r: StandardRecord, accessed: string): CslItem {
  const item: CslItem = { id: r.id, type: 'standard', language: STANDARD_LANGUAGE, title: r.title.zh };
  if (r.number) item.number = r.number;
  // The issuers (issuers.ts) are the standard's author and publisher; a project not yet issued is the committee's work.
  const by = authorsOf(r);
  if (by) {
    item.author = by.zh.map((literal) => ({ literal }));
    item.publisher = by.zh.join('、');
  }
  // An inferred date is no date a source gives: it stays in the note, in words, and out of the date field.
  const issued = citableIssueDate(r);
  if (issued) item.issued = cslDate(issued);
  item.accessed = cslDate(accessed);
  item.URL = r.url;
  // The same note as BibTeX's and RIS's: status today and what it rests on, in words.
  item.note = recordNote(r);
  item.custom = {
    title_en: r.title.en,
    title_en_is: r.title_en_sources ? 'the standard’s own English title' : 'this site’s translation',
    ...(by ? { author_en: by.en.join('; ') } : {}),
    url_en: r.url_en,
    status_today: r.status_today,
    ...(r.status_today_basis ? { status_today_basis: r.status_today_basis } : {}),
    status_today_as_of: r.status_today_as_of,
    status_in_v1: r.status_in_v1,
    confidence_dates: r.confidence.dates,
    ...(r.official_record ? { official_record: r.official_record.url } : {}),
    record: r.record,
  };
  return item;
}

/**
 * The CSL item of one standard, from the model and its export record. Made once per standard and address, so that its
 * two pages, its own file and standards.csl.json share one item, and its citations are rendered once (cite.ts).
 */
export const standardCslOf: (tax: Taxonomy, s: Standard, meta: ExportMeta) => CslItem = perStandard(
  (tax, s, meta) => standardCsl(standardRecordJson(tax, s, meta), meta.buildDate),
  exportMetaKey,
);

/** standards.csl.json: every standard, in the order of standards.json. */
export function standardsCsl(tax: Taxonomy, meta: ExportMeta): CslItem[] {
  return tax.standards.map((s) => standardCslOf(tax, s, meta));
}

/** What each field of an item holds, for the data page: the fields in the order items give them. */
export const CSL_FIELDS: { name: string; description: Bilingual }[] = [
  { name: 'id', description: { zh: '条目编号，同 standards.json 的 id。', en: 'The entry’s key, as id in standards.json.' } },
  { name: 'type', description: { zh: '固定为 standard（标准）。', en: 'Always standard.' } },
  { name: 'language', description: { zh: '标准标题的语言：zh-CN。', en: 'Language of the standard’s title: zh-CN.' } },
  { name: 'title', description: { zh: '中文标题（标准发布时的标题）。', en: 'The Chinese title, as issued.' } },
  { name: 'number', description: { zh: '标准编号；没有编号时省略。', en: 'The standard number; left out where it has none.' } },
  {
    name: 'author',
    description: {
      zh: '发布机构（国家标准为国家市场监督管理总局和国家标准化管理委员会，TC260的文件为TC260），作为机构名称；尚未发布的项目为归口的标准化技术委员会；发布机构未见来源时省略。publisher 同为发布机构。',
      en: 'The issuing authorities (for national standards the State Administration for Market Regulation and the Standardization Administration of China; for TC260’s documents TC260), as organisations’ names; for a project not yet issued, the committee responsible; left out where the issuers are not found. publisher names the same issuers.',
    },
  },
  {
    name: 'publisher',
    description: {
      zh: '发布机构，以顿号分隔，同 author；没有时省略。',
      en: 'The issuing authorities, separated by 、, as in author; left out where there are none.',
    },
  },
  {
    name: 'issued',
    description: { zh: '发布日期，按来源给出的精度；不详时省略。', en: 'Issue date, at the precision a source gives; left out where not known.' },
  },
  { name: 'accessed', description: { zh: '访问日期：本文件的构建日期。', en: 'Access date: the day this file was built.' } },
  { name: 'URL', description: { zh: '本站的中文页面地址。', en: 'Address of the Chinese page on this site.' } },
  {
    name: 'note',
    description: {
      zh: '当前状态及其依据、V1.0中的状态和官方记录地址（英文）。',
      en: 'Status today and what it rests on, the V1.0 status and the official record’s address (in English).',
    },
  },
  {
    name: 'custom',
    description: {
      zh: 'CSL没有对应变量的内容：英文标题（title_en，title_en_is 说明它是标准自身的英文标题还是本站的翻译）、发布机构的英文名（author_en）、英文页面（url_en）、当前状态及其依据的代码、V1.0中的状态、日期可信度、官方记录和单条JSON记录的地址。',
      en: 'What CSL has no variable for: the English title (title_en; title_en_is says whether it is the standard’s own or this site’s translation), the issuers’ English names (author_en), the English page (url_en), the codes of the status today and its basis, the V1.0 status, the dates’ confidence, the official record and the entry’s own JSON record.',
    },
  },
];
