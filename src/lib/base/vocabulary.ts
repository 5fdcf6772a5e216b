/**
 * Every enumerated value the site knows, with its labels in both languages,
 * defined once. The schema, the model, the pages and the browser scripts all
 * import from here; nothing re-lists a vocabulary. No zod, so browser code can
 * import it for free.
 */

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Bilingual = Record<Locale, string>;
export type Labels<K extends string> = Record<K, Bilingual>;

export const DEFAULT_LOCALE: Locale = 'zh';
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
/** Open Graph names a locale language_TERRITORY; the English is British. */
export const OPEN_GRAPH_LOCALE: Record<Locale, string> = { zh: 'zh_CN', en: 'en_GB' };
export const LANGUAGE_NAME: Record<Locale, string> = { zh: '中文', en: 'English' };

export const KINDS = ['mandatory-national', 'recommended-national', 'technical-document', 'practice-guide', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_LABEL: Labels<Kind> = {
  'mandatory-national': { zh: '强制性国家标准', en: 'Mandatory national standard' },
  'recommended-national': { zh: '推荐性国家标准', en: 'Recommended national standard' },
  'technical-document': { zh: '技术文件', en: 'Technical document' },
  'practice-guide': { zh: '网络安全标准实践指南', en: 'Practice guide' },
  other: { zh: '其他', en: 'Other' },
};
/** Kinds that take effect on a date; the others are simply published. */
export const KINDS_WITH_EFFECTIVE_DATE: readonly Kind[] = ['mandatory-national', 'recommended-national'];

/** A standard's status as the January 2025 draft gives it: a fact of the document. */
export const STATUSES = ['published', 'in-development', 'planned', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABEL: Labels<Status> = {
  published: { zh: '已发布', en: 'Published' },
  'in-development': { zh: '在研', en: 'In development' },
  planned: { zh: '拟研制', en: 'Planned' },
  unknown: { zh: '状态未知', en: 'Status unknown' },
};
/** The shape shown beside a status's colour, for readers who cannot tell the colours apart. */
export const STATUS_GLYPH: Record<Status, string> = { published: '●', 'in-development': '◐', planned: '○', unknown: '?' };

/**
 * A standard's status on the build date, derived from its dates and history
 * (src/lib/model/status-today.ts), never typed by hand. Labels follow std.samr.gov.cn.
 */
export const TODAY_STATUSES = ['in-force', 'issued', 'published', 'in-development', 'planned', 'superseded', 'withdrawn', 'unknown'] as const;
export type TodayStatus = (typeof TODAY_STATUSES)[number];
export const TODAY_STATUS_LABEL: Labels<TodayStatus> = {
  'in-force': { zh: '现行', en: 'In force' },
  issued: { zh: '即将实施', en: 'Issued, not yet in force' },
  published: { zh: '已发布', en: 'Published' },
  'in-development': { zh: '在研', en: 'In development' },
  planned: { zh: '拟研制', en: 'Planned' },
  superseded: { zh: '被代替', en: 'Superseded' },
  withdrawn: { zh: '废止', en: 'Withdrawn' },
  unknown: { zh: '状态未知', en: 'Unknown' },
};
export const TODAY_STATUS_GLYPH: Record<TodayStatus, string> = {
  'in-force': '●',
  issued: '◕',
  published: '●',
  'in-development': '◐',
  planned: '○',
  superseded: '⊘',
  withdrawn: '×',
  unknown: '?',
};
/** What each value of today's status rests on, for legends and the data page. */
export const TODAY_STATUS_EXPLAIN: Labels<TodayStatus> = {
  'in-force': {
    zh: '国家标准，实施日期已过，且没有已知的代替或废止。',
    en: 'A national standard whose effective date has passed, with no known supersession or withdrawal.',
  },
  issued: { zh: '国家标准，已发布，实施日期尚未到来。', en: 'A national standard that has been issued and takes effect on a date still ahead.' },
  published: {
    zh: '技术文件或实践指南：这类文件没有实施日期，发布即生效。',
    en: 'A technical document or practice guide: these have no effective date, so once out they are simply published.',
  },
  'in-development': { zh: '征求意见稿称其在研，此后没有已知的发布日期。', en: 'The draft says it is in development, and no issue date is known since.' },
  planned: { zh: '征求意见稿称其拟研制，此后没有已知的进展。', en: 'The draft says it is planned, and nothing later is known.' },
  superseded: { zh: '已被另一项标准代替；页面链接到代替它的标准。', en: 'Replaced by another standard; its page links to the one that replaced it.' },
  withdrawn: { zh: '已废止。', en: 'Withdrawn.' },
  unknown: {
    zh: '已知日期不足以判断，例如已发布但实施日期不详，或没有任何日期。',
    en: 'The known dates do not settle it: for example issued with no known effective date, or no dates at all.',
  },
};

export const MEMBERSHIP = ['confirmed', 'inferred', 'candidate'] as const;
export type Membership = (typeof MEMBERSHIP)[number];
export const MEMBERSHIP_LABEL: Labels<Membership> = {
  confirmed: { zh: '已确认列入', en: 'Confirmed as listed' },
  inferred: { zh: '推断列入', en: 'Inferred as listed' },
  candidate: { zh: '未确认列入V1.0', en: 'Not confirmed in V1.0’s list' },
};
export const MEMBERSHIP_EXPLAIN: Labels<Membership> = {
  confirmed: { zh: '有来源确认V1.0列有此项。', en: 'A source confirms that V1.0 lists it.' },
  inferred: {
    zh: '未见V1.0的标准清单；此项与文件报告的某一类数量相符，因此推断列入。',
    en: 'V1.0’s own list was not available; this item fits a count the document reports, so we infer it is listed.',
  },
  candidate: {
    zh: '可能列入V1.0，但没有来源这样说；候选项多于文件报告的数量，因此至少有一项并未列入。',
    en: 'It may be listed in V1.0, but no source says so; there are more candidates than the counts the document reports, so at least one is not.',
  },
};

export const CONFIDENCE = ['confirmed', 'one-source', 'inferred', 'unverified', 'unknown'] as const;
export type Confidence = (typeof CONFIDENCE)[number];
export const CONFIDENCE_LABEL: Labels<Confidence> = {
  confirmed: { zh: '已确认', en: 'Confirmed' },
  'one-source': { zh: '单一来源', en: 'One source' },
  inferred: { zh: '推断', en: 'Inferred' },
  unverified: { zh: '未核实', en: 'Unverified' },
  unknown: { zh: '未知', en: 'Unknown' },
};
export const CONFIDENCE_EXPLAIN: Labels<Confidence> = {
  confirmed: { zh: '两个或以上独立来源一致。', en: 'Two or more independent sources agree.' },
  'one-source': { zh: '仅有一个来源，且没有相反的说法。', en: 'A single source says so, and nothing contradicts it.' },
  inferred: { zh: '本站根据间接证据作出的推断，没有来源直接这样说。', en: 'Our reasoning from indirect evidence; no source states it.' },
  unverified: { zh: '未找到支持这一说法的来源。', en: 'No source found here supports it.' },
  unknown: { zh: '没有找到相关信息。', en: 'Nothing was found.' },
};

/**
 * How sure one dated fact is (a date, an event): confirmed by two or more
 * independent sources or by a primary one, resting on one source, or our
 * inference. Worked out from the fact's sources unless content marks it.
 */
export const FACT_CONFIDENCE = ['confirmed', 'one-source', 'inferred'] as const satisfies readonly Confidence[];
export type FactConfidence = (typeof FACT_CONFIDENCE)[number];
export const FACT_CONFIDENCE_EXPLAIN: Labels<FactConfidence> = {
  confirmed: { zh: '有两个或以上相互独立的来源，或有官方来源。', en: 'Two or more independent sources, or an official one.' },
  'one-source': { zh: '仅有一个来源（二手来源），没有其他来源印证。', en: 'A single (secondary) source, not borne out by another.' },
  inferred: { zh: '没有来源直接记载，是本站根据其他事实作出的推断。', en: 'No source records it; we infer it from other facts.' },
};

/**
 * How sure one of a standard's dates is, as the "how sure" grid says it: the
 * confidence of its main claim, or "differ" where sources give other dates too.
 * Derived from the claims the record shows (certainty.ts), never typed by hand.
 */
export const DATE_CERTAINTY = [...FACT_CONFIDENCE, 'differ'] as const;
export type DateCertainty = (typeof DATE_CERTAINTY)[number];
export const DATE_CERTAINTY_LABEL: Labels<DateCertainty> = {
  confirmed: CONFIDENCE_LABEL.confirmed,
  'one-source': CONFIDENCE_LABEL['one-source'],
  inferred: CONFIDENCE_LABEL.inferred,
  differ: { zh: '来源不一', en: 'Sources differ' },
};
export const DATE_CERTAINTY_EXPLAIN: Labels<DateCertainty> = {
  confirmed: FACT_CONFIDENCE_EXPLAIN.confirmed,
  'one-source': { zh: '仅有一个来源，没有其他来源印证，也没有相反的说法。', en: 'A single source says so; no other bears it out or contradicts it.' },
  inferred: FACT_CONFIDENCE_EXPLAIN.inferred,
  differ: {
    zh: '来源给出的日期不同：上文先列有来源最多的一种，其他说法各附依据和来源列在其旁。',
    en: 'Sources give different dates: the best-supported one is shown first above, and each other claim beside it with its basis and sources.',
  },
};

/**
 * What a status today rests on: facts on record (each confirmed), a fact from
 * a single source, or an inference. Worked out from the facts the status is
 * derived from; "unknown" rests on nothing and has no basis.
 */
export const STATUS_BASES = ['recorded', 'one-source', 'inferred'] as const;
export type StatusBasis = (typeof STATUS_BASES)[number];
export const STATUS_BASIS_LABEL: Labels<StatusBasis> = {
  recorded: { zh: '有记录', en: 'On record' },
  'one-source': { zh: '单一来源', en: 'One source' },
  inferred: { zh: '推断', en: 'Inferred' },
};
export const STATUS_BASIS_EXPLAIN: Labels<StatusBasis> = {
  recorded: {
    zh: '状态所依据的日期或事件都有两个或以上来源确认。',
    en: 'The dates or events the status follows from are each confirmed by two or more sources.',
  },
  'one-source': {
    zh: '状态所依据的某个日期或事件只有一个来源，尚待其他来源印证。',
    en: 'A date or event the status follows from rests on a single source and awaits a second.',
  },
  inferred: {
    zh: '状态所依据的某个事实没有来源直接记载，是本站的推断。',
    en: 'A fact the status follows from is not recorded by any source; it is our inference.',
  },
};
/** The confidence of the weakest fact a status rests on, as that status's basis. */
export const BASIS_OF_CONFIDENCE: Record<FactConfidence, StatusBasis> = { confirmed: 'recorded', 'one-source': 'one-source', inferred: 'inferred' };

/** The facets a confidence level is given for, on standards and framework nodes. */
export const CONFIDENCE_FACETS = ['identity', 'dates', 'placement', 'risks', 'existence', 'summary'] as const;
export type ConfidenceFacet = (typeof CONFIDENCE_FACETS)[number];
/** The facets a standard's confidence is given for (nodes use `existence` and `summary`). */
export const STANDARD_CONFIDENCE_FACETS = ['identity', 'dates', 'placement', 'risks'] as const satisfies readonly ConfidenceFacet[];
export const CONFIDENCE_FACET_LABEL: Labels<ConfidenceFacet> = {
  identity: { zh: '编号与标题', en: 'Number and title' },
  dates: { zh: '发布与实施日期', en: 'Issue and effective dates' },
  placement: { zh: '在框架中的位置', en: 'Place in the framework' },
  risks: { zh: '风险关联', en: 'Risk links' },
  existence: { zh: '该领域存在于体系中', en: 'That this area is in the system' },
  summary: { zh: '摘要', en: 'Summary' },
};

/** Where a list in a standard's record comes from: the published standard, or its draft (whose final list may differ). */
export const RECORD_STAGES = ['published', 'draft'] as const;
export type RecordStage = (typeof RECORD_STAGES)[number];

/** Dated events in the life of a standard or a later document. */
export const EVENTS = ['started', 'drafted', 'submitted', 'published', 'announced', 'effective', 'superseded', 'withdrawn', 'renamed', 'other'] as const;
export type EventType = (typeof EVENTS)[number];
/**
 * The order a standard's life takes around its issue (dates.published): work
 * on it is started, drafted and submitted for approval on or before that day;
 * it is announced, superseded or withdrawn on or after it. Renaming and other
 * events may fall either side. Checked in validate.ts; CONTRIBUTING.md says it.
 */
export const EVENTS_BEFORE_ISSUE = ['started', 'drafted', 'submitted'] as const satisfies readonly EventType[];
export const EVENTS_AFTER_ISSUE = ['announced', 'superseded', 'withdrawn'] as const satisfies readonly EventType[];
/** The events a standard's `dates` holds (issued, effective), each given there once with its claims, not in its history. */
export const DATE_EVENTS = ['published', 'effective'] as const satisfies readonly EventType[];
export type DateEvent = (typeof DATE_EVENTS)[number];
export const EVENT_LABEL: Labels<EventType> = {
  started: { zh: '启动研制', en: 'Project started' },
  drafted: { zh: '草案', en: 'Draft' },
  submitted: { zh: '送审', en: 'Submitted for approval' },
  published: { zh: '发布', en: 'Issued' },
  announced: { zh: '公开发布', en: 'Announced' },
  effective: { zh: '实施', en: 'Effective' },
  superseded: { zh: '被代替', en: 'Superseded' },
  withdrawn: { zh: '废止', en: 'Withdrawn' },
  renamed: { zh: '更名', en: 'Renamed' },
  other: { zh: '其他', en: 'Other' },
};

/** The two dated facts of the V1.0 notice itself, shown on the timeline beside the standards' events. */
export const DOCUMENT_EVENTS = ['notice', 'comment-deadline'] as const;
export type DocumentEventType = (typeof DOCUMENT_EVENTS)[number];
export const DOCUMENT_EVENT_LABEL: Labels<DocumentEventType> = {
  notice: { zh: 'V1.0征求意见稿发布', en: 'V1.0 draft released for comment' },
  'comment-deadline': { zh: 'V1.0意见截止', en: 'V1.0 comment deadline' },
};

export const NODE_LEVELS = ['part', 'area'] as const;
export type NodeLevel = (typeof NODE_LEVELS)[number];
export const NODE_LEVEL_LABEL: Labels<NodeLevel> = {
  part: { zh: '部分', en: 'Part' },
  area: { zh: '子领域', en: 'Sub-area' },
};

export const RISK_GROUPS = ['inherent', 'application'] as const;
export type RiskGroup = (typeof RISK_GROUPS)[number];
export const RISK_GROUP_LABEL: Labels<RiskGroup> = {
  inherent: { zh: '内生安全风险', en: 'Inherent risks' },
  application: { zh: '应用安全风险', en: 'Application risks' },
};

/** Documents published after V1.0 that a reader will meet; none of them is V1.0 content. */
export const LATER_KINDS = ['framework', 'national-standard', 'technical-document', 'practice-guide', 'technical-report', 'standard-project'] as const;
export type LaterKind = (typeof LATER_KINDS)[number];
export const LATER_KIND_LABEL: Labels<LaterKind> = {
  framework: { zh: '治理框架', en: 'Governance framework' },
  'national-standard': { zh: '国家标准', en: 'National standard' },
  'technical-document': { zh: '技术文件', en: 'Technical document' },
  'practice-guide': { zh: '网络安全标准实践指南', en: 'Practice guide' },
  'technical-report': { zh: '技术报告', en: 'Technical report' },
  'standard-project': { zh: '标准项目（研制中）', en: 'Standard project (in drafting)' },
};

/** Hosts an official record may live on: the national standards platforms and TC260's own site. */
export const OFFICIAL_RECORD_HOSTS = ['std.samr.gov.cn', 'openstd.samr.gov.cn', 'www.tc260.org.cn'] as const;
/** The national standards platforms, where a national standard's record is looked up by its number. */
export const NATIONAL_PLATFORM_HOSTS = ['std.samr.gov.cn', 'openstd.samr.gov.cn'] as const satisfies readonly (typeof OFFICIAL_RECORD_HOSTS)[number][];

/** The positions of the framework tree (src/lib/tree): its root, parts, sub-areas, the unplaced group and standards. */
export const TREE_KINDS = ['root', 'part', 'area', 'unplaced', 'standard'] as const;
export type TreeKind = (typeof TREE_KINDS)[number];

/** A type guard for one vocabulary, which also says what it accepts (for error messages). */
export interface Guard<T extends string> {
  (value: unknown): value is T;
  readonly values: readonly T[];
}

/**
 * Browser scripts read values back from the page (data-* attributes, form
 * values, the search index) as plain strings; a guard says whether a string is
 * one of a vocabulary's values, so nothing is cast.
 */
export function isOneOf<T extends string>(values: readonly T[]): Guard<T> {
  const known: ReadonlySet<string> = new Set(values);
  return Object.assign((value: unknown): value is T => typeof value === 'string' && known.has(value), { values });
}
// Marked pure so that a script bundles only the guards it uses.
export const isLocale = /* @__PURE__ */ isOneOf(LOCALES);
export const isTodayStatus = /* @__PURE__ */ isOneOf(TODAY_STATUSES);
export const isTreeKind = /* @__PURE__ */ isOneOf(TREE_KINDS);
export const isKind = /* @__PURE__ */ isOneOf(KINDS);
export const isLaterKind = /* @__PURE__ */ isOneOf(LATER_KINDS);

/** What kind of instrument a regulation on the site is: a law, a departmental rule, a normative document, or a policy framework (not binding). */
export const REGULATION_KINDS = ['law', 'departmental-rule', 'normative-document', 'policy-framework'] as const;
export type RegulationKind = (typeof REGULATION_KINDS)[number];
export const REGULATION_KIND_LABEL: Labels<RegulationKind> = {
  law: { zh: '法律', en: 'Law' },
  'departmental-rule': { zh: '部门规章', en: 'Departmental rule' },
  'normative-document': { zh: '规范性文件', en: 'Normative document' },
  'policy-framework': { zh: '政策框架（非规章）', en: 'Policy framework (not a regulation)' },
};

/** The bodies that issue the regulations on the site, by their usual abbreviation. */
export const ISSUERS = ['CAC', 'MIIT', 'MPS', 'NRTA', 'NDRC', 'MOE', 'MOST', 'MOT', 'NPCSC', 'TC260'] as const;
export type Issuer = (typeof ISSUERS)[number];
export const ISSUER_LABEL: Labels<Issuer> = {
  CAC: { zh: '国家互联网信息办公室', en: 'Cyberspace Administration of China (CAC)' },
  MIIT: { zh: '工业和信息化部', en: 'Ministry of Industry and Information Technology (MIIT)' },
  MPS: { zh: '公安部', en: 'Ministry of Public Security (MPS)' },
  NRTA: { zh: '国家广播电视总局', en: 'National Radio and Television Administration (NRTA)' },
  NDRC: { zh: '国家发展和改革委员会', en: 'National Development and Reform Commission (NDRC)' },
  MOE: { zh: '教育部', en: 'Ministry of Education (MOE)' },
  MOST: { zh: '科学技术部', en: 'Ministry of Science and Technology (MOST)' },
  MOT: { zh: '交通运输部', en: 'Ministry of Transport (MOT)' },
  NPCSC: { zh: '全国人民代表大会常务委员会', en: 'Standing Committee of the National People’s Congress' },
  TC260: { zh: '全国网络安全标准化技术委员会（TC260）', en: 'National Cybersecurity Standardization Technical Committee (TC260)' },
};

/** The dated events of a regulation, in the order they happen. */
export const REGULATION_DATES = ['adopted', 'signed', 'published', 'effective'] as const;
export type RegulationDate = (typeof REGULATION_DATES)[number];
export const REGULATION_DATE_LABEL: Labels<RegulationDate> = {
  adopted: { zh: '审议通过', en: 'Adopted' },
  signed: { zh: '签发', en: 'Signed' },
  published: { zh: '公布', en: 'Published' },
  effective: { zh: '施行', en: 'In effect from' },
};

/**
 * How a standard relates to a regulation. Every relation but "inferred" is
 * sourced; an inferred link is the site's own reading and is shown as such.
 */
export const REGULATION_RELATIONS = ['supports', 'referenced-by', 'related-analysis', 'inferred'] as const;
export type RegulationRelation = (typeof REGULATION_RELATIONS)[number];
export const REGULATION_RELATION_LABEL: Labels<RegulationRelation> = {
  supports: { zh: '支撑', en: 'Supports' },
  'referenced-by': { zh: '被其引用', en: 'Referenced by' },
  'related-analysis': { zh: '分析中相关', en: 'Linked in an analysis' },
  inferred: { zh: '本站推断', en: 'Our own reading' },
};
export const REGULATION_RELATION_EXPLAIN: Labels<RegulationRelation> = {
  supports: {
    zh: '标准本身、其编制说明或官方解读称该标准支撑这一法规。',
    en: 'The standard, its drafting explanation or an official explainer says it supports the regulation.',
  },
  'referenced-by': { zh: '法规条文点名引用该标准。', en: 'The regulation names the standard.' },
  'related-analysis': { zh: '一篇署名分析把两者联系起来。', en: 'A named analysis links the two.' },
  inferred: {
    zh: '没有来源这样说：这是本站根据主题作出的解读，不是事实记载。',
    en: 'No source says so: this is the site’s own reading from the subject matter, not a recorded fact.',
  },
};
/** The relations that a source states: a link with one of them must cite its sources. */
export const SOURCED_REGULATION_RELATIONS = ['supports', 'referenced-by', 'related-analysis'] as const satisfies readonly RegulationRelation[];

/** How a standard relates to an international standard or text; each row is sourced. */
export const INTERNATIONAL_RELATIONS = ['adopts', 'cites', 'compared-in'] as const;
export type InternationalRelation = (typeof INTERNATIONAL_RELATIONS)[number];
export const INTERNATIONAL_RELATION_LABEL: Labels<InternationalRelation> = {
  adopts: { zh: '采用', en: 'Adopts' },
  cites: { zh: '引用', en: 'Cites' },
  'compared-in': { zh: '在分析中被比较', en: 'Compared in published analysis' },
};
export const INTERNATIONAL_RELATION_EXPLAIN: Labels<InternationalRelation> = {
  adopts: {
    zh: '本标准采用该国际标准（等同、修改或非等效）。',
    en: 'This standard adopts the international standard (identical, modified or not equivalent).',
  },
  cites: { zh: '本标准（或其草案）把该文件列为规范性引用文件。', en: 'This standard (or its draft) lists it as a normative reference.' },
  'compared-in': {
    zh: '已发表的分析把两者并列比较；这不是采标。',
    en: 'A published analysis compares the two side by side; this is not an adoption.',
  },
};
/** How closely an adopted standard follows its international original (GB/T 1.2): identical, modified, not equivalent. */
export const ADOPTION_DEGREES = ['IDT', 'MOD', 'NEQ'] as const;
export type AdoptionDegree = (typeof ADOPTION_DEGREES)[number];
export const ADOPTION_DEGREE_LABEL: Labels<AdoptionDegree> = {
  IDT: { zh: '等同采用（IDT）', en: 'identical (IDT)' },
  MOD: { zh: '修改采用（MOD）', en: 'modified (MOD)' },
  NEQ: { zh: '非等效采用（NEQ）', en: 'not equivalent (NEQ)' },
};

/**
 * The kinds of edge in the relationships file (data/relationships.*): a
 * standard's link to a framework node, a risk, a regulation, an international
 * counterpart, or another standard.
 */
export const EDGE_KINDS = ['framework-node', 'risk', 'regulation', 'international', 'standard'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];
export const EDGE_KIND_LABEL: Labels<EdgeKind> = {
  'framework-node': { zh: '框架位置', en: 'Place in the framework' },
  risk: { zh: '风险', en: 'Risk' },
  regulation: { zh: '法规', en: 'Regulation' },
  international: { zh: '国际标准或文本', en: 'International standard or text' },
  standard: { zh: '其他标准', en: 'Another standard' },
};
/** The relations of a standard's own edges in the relationships file: its place, its risks, and other standards. */
export const STANDARD_EDGE_RELATIONS = ['placed-in', 'addresses-risk', 'related', 'replaces'] as const;
export type StandardEdgeRelation = (typeof STANDARD_EDGE_RELATIONS)[number];
export const STANDARD_EDGE_RELATION_EXPLAIN: Labels<StandardEdgeRelation> = {
  'placed-in': { zh: '标准在框架中的位置（多为本站推断）。', en: 'The standard’s place in the framework (mostly our inference).' },
  'addresses-risk': { zh: '标准所应对的风险（推断：V1.0附录一未能获取）。', en: 'A risk the standard addresses (inferred: V1.0’s Annex I was not recovered).' },
  related: { zh: '本站认为相关的另一项标准；没有来源把两者作为一对说明。', en: 'Another standard this site considers related; no source states the pair.' },
  replaces: { zh: '一项标准代替另一项（来自被代替标准的“被代替”事件）。', en: 'One standard replaces another (from the superseded standard’s event).' },
};
/** Every relation an edge of the relationships file may carry, each defined above. */
export const EDGE_RELATIONS = [...STANDARD_EDGE_RELATIONS, ...REGULATION_RELATIONS, ...INTERNATIONAL_RELATIONS] as const;
export type EdgeRelation = (typeof EDGE_RELATIONS)[number];
export const isRegulationRelation = /* @__PURE__ */ isOneOf(REGULATION_RELATIONS);
