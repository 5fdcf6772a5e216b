/**
 * Every piece of interface text, in both languages. Chinese is the document's
 * language and the site's default. Labels of vocabulary values live with the
 * vocabulary (src/lib/base/vocabulary.ts).
 *
 * The table is typed so that a string without both languages does not compile,
 * and a string with {placeholders} can only be shown through `tf`, with exactly
 * its placeholders filled in.
 */
import { HTML_LANG, type Bilingual, type Locale } from '../base/vocabulary';

const strings = {
  siteTitle: { zh: '人工智能安全标准体系（V1.0）参考站', en: 'AI Safety Standards System (V1.0) Reference' },
  siteShort: { zh: 'AI安全标准体系', en: 'AI Safety Standards' },
  skipToContent: { zh: '跳到正文', en: 'Skip to content' },
  mainNav: { zh: '主导航', en: 'Main navigation' },
  navHome: { zh: '首页', en: 'Home' },
  navFramework: { zh: '体系框架', en: 'Framework' },
  navStandards: { zh: '全部标准', en: 'All standards' },
  navRisks: { zh: '风险对应', en: 'Risks' },
  navAbout: { zh: '关于文件', en: 'About the document' },
  navAboutSite: { zh: '关于本站', en: 'About this site' },
  navTimeline: { zh: '时间线', en: 'Timeline' },
  timelineLead: {
    zh: 'V1.0征求意见稿前后的全部有日期事件：征求意见通知、各项标准的起草、发布与实施，以及此后发布、不属于V1.0的文件。',
    en: 'Every dated event around the V1.0 draft: the call for comments, each standard’s drafting, issue and entry into force, and the documents published since, which are not part of V1.0.',
  },
  timelineList: { zh: '按年份排列的事件', en: 'Events by year' },
  timelinePicture: { zh: '时间线图（与下方列表内容相同）', en: 'Timeline picture (the same events as the list below)' },
  timelineYears: { zh: '按年份查看', en: 'Go to a year' },
  timelineEventCount: { zh: '{count} 个事件', en: '{count} events' },
  timelineNoEvents: { zh: '没有符合条件的事件。', en: 'No event matches.' },
  timelineToday: { zh: '构建日', en: 'Build date' },
  timelineFilters: { zh: '筛选事件', en: 'Narrow the events' },
  timelineFilterNote: { zh: '每个筛选条件是一个单独的页面，无需 JavaScript。', en: 'Each filter is a page of its own, so it works without JavaScript.' },
  timelineAll: { zh: '全部事件', en: 'All events' },
  timelineLater: { zh: '此后文件', en: 'Later document' },
  timelineLegendV1: { zh: '实心圆：V1.0及其标准', en: 'Filled circle: V1.0 and its standards' },
  timelineLegendLater: { zh: '空心菱形：V1.0之后的文件（不属于V1.0）', en: 'Hollow diamond: documents published after V1.0 (not part of it)' },
  timelineLegendScheduled: { zh: '虚线：尚未到来的日期', en: 'Dashed: a date still to come' },
  filterPart: { zh: '按部分', en: 'By part' },
  filterKind: { zh: '按类型', en: 'By kind' },
  filterEvent: { zh: '按事件', en: 'By event' },
  subscribe: { zh: '订阅更新', en: 'Subscribe' },
  subscribeHint: { zh: 'Atom 订阅源', en: 'Atom feed' },
  feedTitle: { zh: '人工智能安全标准体系（V1.0）参考站：更新', en: 'AI Safety Standards System (V1.0) Reference: updates' },
  latestChanges: { zh: '最近变化', en: 'Latest changes' },
  seeTimeline: { zh: '查看完整时间线', en: 'See the whole timeline' },
  notV1: { zh: '不属于V1.0', en: 'Not part of V1.0' },
  laterDocuments: { zh: 'V1.0之后的文件', en: 'Documents since V1.0' },
  laterLead: {
    zh: '2025年1月征求意见稿之后发布的文件，读者研究V1.0时会遇到它们。它们都不属于V1.0：不计入V1.0的数量，不放入体系框架、标准表或风险对应。',
    en: 'Documents published after the January 2025 draft that a reader of V1.0 will meet. None of them is part of V1.0: they are not counted in its figures, placed in its framework, listed in its table of standards or mapped to its risks.',
  },
  laterNotice: {
    zh: '本文件不属于《人工智能安全标准体系（V1.0）》。它在V1.0征求意见稿之后发布，这里列出只是为了说明它与V1.0的关系。',
    en: 'This document is not part of the AI Safety Standards System (V1.0). It was published after the V1.0 draft and is listed here only to say how it relates to V1.0.',
  },
  relationToV1: { zh: '与V1.0的关系', en: 'How it relates to V1.0' },
  officialPage: { zh: '官方页面', en: 'Official page' },
  laterEvents: { zh: '有日期的事件', en: 'Dated events' },
  checkedOn: { zh: '核对日期', en: 'Checked' },
  navSearch: { zh: '搜索', en: 'Search' },
  searchSite: { zh: '站内搜索', en: 'Site search' },
  searchPlaceholder: { zh: '编号、中文或英文关键词', en: 'Number or keyword' },
  searchLead: {
    zh: '按标准编号、中文或英文关键词查找标准、框架领域和风险。',
    en: 'Find a standard, framework area or risk by its number, or by a Chinese or English keyword.',
  },
  searchLabel: { zh: '搜索词', en: 'Search terms' },
  searchHint: {
    zh: '例如：GB/T 45654-2025、45654、TC260-003、人脸识别、data labeling',
    en: 'For example: GB/T 45654-2025, 45654, TC260-003, data labeling, 人脸识别',
  },
  searchNoScript: { zh: '搜索需要 JavaScript，而此浏览器已将其关闭。', en: 'Search needs JavaScript, which is turned off in this browser.' },
  searchBrowse: { zh: '改为浏览全部标准表格', en: 'Browse the table of all standards instead' },
  searchNarrow: { zh: '筛选结果', en: 'Narrow the results' },
  searchCountOne: { zh: '找到 1 条结果', en: '1 result' },
  searchCountMany: { zh: '找到 {count} 条结果', en: '{count} results' },
  searchNone: { zh: '没有找到结果。', en: 'No results.' },
  searchAsNumber: { zh: '已按标准编号检索：{numbers}', en: 'Searched as standard number: {numbers}' },
  searchLoading: { zh: '正在搜索…', en: 'Searching…' },
  searchFailed: { zh: '搜索索引未能加载。', en: 'The search index could not be loaded.' },
  searchExact: { zh: '最佳匹配', en: 'Exact match' },
  searchDidYouMean: { zh: '您是否要找 {numbers}？', en: 'Did you mean {numbers}?' },
  searchAlsoKnownAs: { zh: '又称', en: 'Also known as' },
  searchMore: { zh: '显示更多结果', en: 'Show more results' },
  searchAll: { zh: '全部', en: 'All' },
  searchEmpty: { zh: '没有找到包含“{query}”的内容。', en: 'Nothing on this site contains “{query}”.' },
  searchEmptyNumber: {
    zh: '如果要找的是标准编号，请检查写法，例如 GB/T 45654-2025、GB 45438-2025、TC260-003、TC260-PG-20233A，或只输入序号（如 45654）。',
    en: 'Looking for a standard number? Check its spelling, as in GB/T 45654-2025, GB 45438-2025, TC260-003 or TC260-PG-20233A, or type the serial alone (45654).',
  },
  searchEmptyWords: { zh: '试试更短或更常用的说法，也可以用英文关键词。', en: 'Try fewer or more common words, or the Chinese term.' },
  searchEmptyTable: { zh: '在全部标准表格中浏览和筛选', en: 'Browse and filter the table of all standards' },
  switchLanguage: { zh: 'Read in English', en: '中文版' },
  breadcrumbs: { zh: '位置', en: 'Breadcrumbs' },
  system: { zh: '标准体系', en: 'Standards system' },
  part: { zh: '部分', en: 'Part' },
  area: { zh: '子领域', en: 'Sub-area' },
  parts: { zh: '五个部分', en: 'The five parts' },
  childNodes: { zh: '下级领域', en: 'Sub-areas' },
  noChildNodes: { zh: '未能获取本部分的下级领域。', en: 'The sub-areas of this part were not recovered.' },
  standardsHere: { zh: '本领域的标准', en: 'Standards in this area' },
  standardsBelow: { zh: '本部分及其子领域的标准', en: 'Standards in this part and its sub-areas' },
  noStandardsHere: { zh: '尚未识别出归于此处的标准。', en: 'No identified standard is placed here.' },
  relatedRisks: { zh: '相关风险', en: 'Related risks' },
  previous: { zh: '上一项', en: 'Previous' },
  next: { zh: '下一项', en: 'Next' },
  siblingNav: { zh: '同级导航', en: 'Sibling navigation' },
  number: { zh: '标准编号', en: 'Number' },
  noNumber: { zh: '无编号', en: 'No number' },
  titleZh: { zh: '中文标题', en: 'Chinese title' },
  titleEn: { zh: '英文标题', en: 'English title' },
  title: { zh: '标题', en: 'Title' },
  kind: { zh: '类型', en: 'Kind' },
  status: { zh: 'V1.0中的状态', en: 'Status in V1.0' },
  statusShort: { zh: '状态', en: 'Status' },
  membership: { zh: '是否列入V1.0', en: 'Listed in V1.0' },
  committee: { zh: '归口单位', en: 'Committee' },
  issuers: { zh: '发布机构', en: 'Issued by' },
  competentDepartment: { zh: '主管部门', en: 'Competent department' },
  ics: { zh: 'ICS分类号', en: 'ICS' },
  ccs: { zh: 'CCS分类号', en: 'CCS' },
  draftingUnits: { zh: '起草单位', en: 'Drafting organisations' },
  drafters: { zh: '起草人', en: 'Drafters' },
  replaces: { zh: '代替', en: 'Replaces' },
  replacedByRecord: { zh: '被代替', en: 'Replaced by' },
  titleEnOwn: { zh: '标准自身的英文标题', en: 'The standard’s own English title' },
  titleEnOurs: {
    zh: '本站的翻译：没有来源给出标准自身的英文标题。',
    en: 'Our translation: no source gives the standard’s own English title.',
  },
  notFoundInSources: { zh: '未见来源', en: 'Not found in our sources' },
  listIncomplete: { zh: '来源所列不全', en: 'list incomplete in our source' },
  draftStage: { zh: '征求意见稿阶段的名单', en: 'as listed at the draft stage' },
  replacesNone: { zh: '未见来源记载', en: 'Not found in our sources' },
  published: { zh: '发布日期', en: 'Issued' },
  effective: { zh: '实施日期', en: 'Effective' },
  history: { zh: '进展与后续事件', en: 'Progress and later events' },
  date: { zh: '日期', en: 'Date' },
  event: { zh: '事件', en: 'Event' },
  placement: { zh: '在框架中的位置', en: 'Place in the framework' },
  notPlaced: { zh: '未归入框架：位置未知', en: 'Not placed: position unknown' },
  risks: { zh: '应对的风险', en: 'Risks addressed' },
  noRisks: { zh: '尚无推断的风险关联。', en: 'No risk link has been inferred.' },
  related: { zh: '相关标准', en: 'Related standards' },
  sources: { zh: '来源', en: 'Sources' },
  confidence: { zh: '可信度', en: 'Confidence' },
  aboutThis: { zh: '关于这些信息', en: 'How sure we are' },
  confidenceIssueDate: { zh: '发布日期', en: 'Issue date' },
  confidenceEffectiveDate: { zh: '实施日期', en: 'Effective date' },
  cite: { zh: '引用本页', en: 'Cite this page' },
  statusToday: { zh: '当前状态', en: 'Status today' },
  /** The V1.0 status is a fact of January 2025, so it always carries that date. */
  statusInV1Dated: { zh: 'V1.0（2025年1月）中', en: 'In V1.0 (Jan 2025)' },
  statusAsOf: { zh: '状态截至 {date}，事实核对于 {checked}', en: 'Status on {date}; facts checked {checked}' },
  checked: { zh: '事实核对日期', en: 'Facts checked' },
  officialRecord: { zh: '官方记录', en: 'Official record' },
  replacedBy: { zh: '被代替为', en: 'Replaced by' },
  statusLegend: { zh: '两种状态的含义', en: 'What the two statuses mean' },
  statusLegendToday: {
    zh: '当前状态：本站在构建日依据已知的发布、实施、代替和废止日期推算，从不手工填写；日期不全、无法判断时标为“状态未知”。',
    en: 'Status today: worked out on the build date from the known issue, effective, supersession and withdrawal dates, never typed by hand; where the dates do not settle it, it says “Unknown”.',
  },
  statusLegendV1: {
    zh: 'V1.0（2025年1月）中的状态：2025年1月征求意见稿所述的状态，是该文件的事实，不随时间变化。',
    en: 'In V1.0 (Jan 2025): the status the January 2025 draft gives, a fact of that document that does not change.',
  },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '无法复制，请手动选择文本。', en: 'Could not copy; select the text instead.' },
  aboutData: { zh: '数据说明', en: 'About the data' },
  recordJson: { zh: '本条记录（JSON）', en: 'This record as JSON' },
  dataAndCitation: { zh: '数据与引用', en: 'Data and citation' },
  dataPageTitle: { zh: '数据说明', en: 'About the data' },
  dataPageLead: {
    zh: '本站的全部数据都可以下载：每项标准的JSON和CSV、单条记录、描述JSON的Schema、可导入文献管理软件的CSL-JSON、BibTeX和RIS、框架树，以及订阅源、供AI助手使用的Markdown版本和OpenSearch描述。本页说明每个文件、每个字段及其取值、许可协议和引用方式。',
    en: 'All of the site’s data can be downloaded: every standard as JSON and CSV, one record per standard, a schema describing the JSON, CSL-JSON, BibTeX and RIS for reference managers, the framework tree, and the feeds, the Markdown versions for AI assistants and the OpenSearch descriptions. This page explains each file, each field and its values, the licence and how to cite the dataset.',
  },
  dataVersionLine: { zh: '数据版本 {version}，构建于 {built}。', en: 'Dataset version {version}, built on {built}.' },
  dataFiles: { zh: '文件', en: 'Files' },
  dataFile: { zh: '文件', en: 'File' },
  dataWhat: { zh: '内容', en: 'What it holds' },
  dataFileStandardsJson: {
    zh: '每项标准一条记录，字段见下表；顶部的 dataset 注明版本、构建日期和许可协议。',
    en: 'One record per standard, with the fields below; the dataset block at the top names the version, build date and licence.',
  },
  dataFileStandardsCsv: {
    zh: '同样的记录展开为一张表（UTF-8，带字节顺序标记，便于电子表格软件读取中文）；列表字段以分号分隔。',
    en: 'The same records as one table (UTF-8 with a byte-order mark so spreadsheets read the Chinese); list fields are joined with semicolons.',
  },
  dataFileSchema: {
    zh: 'standards.json 的 JSON Schema（2020-12）；$defs.record 描述单条记录文件。',
    en: 'JSON Schema (2020-12) of standards.json; $defs.record describes a single record file.',
  },
  dataFileRecord: {
    zh: '单项标准的记录：{ dataset, standard }，standard 与 standards.json 中的记录相同。每个标准页都链接到它自己的记录。',
    en: 'One standard’s record: { dataset, standard }, where standard is the same object as in standards.json. Each standard’s page links to its own.',
  },
  classicBibtex: { zh: 'BibTeX（经典）', en: 'BibTeX (classic)' },
  dataFileBib: {
    zh: '全部标准的 BibLaTeX（@standard 类型，附发布日期、英文标题等字段），可导入 Zotero、JabRef 等，供 biblatex 使用。',
    en: 'Every standard as BibLaTeX (its @standard type, with the issue date, English title and more), for Zotero, JabRef and biblatex.',
  },
  dataFileClassicBib: {
    zh: '全部标准的经典 BibTeX（@misc 类型，含 author、title、howpublished、year、note），供只认 BibTeX 自身类型的样式（如 plain）使用。',
    en: 'Every standard as classic BibTeX (@misc, with author, title, howpublished, year and note), for styles that know only BibTeX’s own types (plain and the like).',
  },
  dataFileRis: {
    zh: '全部标准的 RIS（TY  - STAND），可导入 EndNote、Zotero 等。',
    en: 'Every standard as RIS (TY  - STAND), for EndNote, Zotero and the like.',
  },
  dataFileFramework: {
    zh: '框架树（部分与子领域）、风险类别及其推断的关联。',
    en: 'The framework tree (parts and sub-areas), the risk categories and their inferred links.',
  },
  dataFields: { zh: 'standards.json 的字段', en: 'Fields of standards.json' },
  dataField: { zh: '字段', en: 'Field' },
  dataMeaning: { zh: '含义', en: 'Meaning' },
  dataValues: { zh: '取值', en: 'Values' },
  dataDatasetFields: { zh: 'dataset 部分的字段', en: 'Fields of the dataset block' },
  dataCsvColumns: { zh: 'standards.csv 的列', en: 'Columns of standards.csv' },
  dataStatusRule: { zh: '当前状态如何推算', en: 'How the status today is worked out' },
  dataStatusRuleText: {
    zh: '当前状态在每次构建时依据标准的日期和事件推算，从不手工填写，也从不超出事实：已废止或被代替的，以较晚发生的一项为准；国家标准的实施日期已过为“现行”，尚未到来为“即将实施”；已发布但实施日期不详，或没有任何日期（例如GB/T 41387-2022）的国家标准为“状态未知”，因为说“现行”或“尚未实施”都是猜测；技术文件和实践指南没有实施日期，发布即为“已发布”；只给到年或月的日期，若无法判断是否已到，也为“状态未知”；此后没有任何已知日期的，沿用征求意见稿的“在研”或“拟研制”。',
    en: 'The status today is worked out at every build from the standard’s dates and events, never typed by hand, and never claims more than the facts: a withdrawal or supersession that has happened decides (the later one, if both); a national standard is “in force” once its effective date has passed and “issued, not yet in force” before; a national standard issued with no known effective date, or with no dates at all (such as GB/T 41387-2022), is “unknown”, since “in force” and “not yet in force” would both be guesses; technical documents and practice guides have no effective date, so once out they are “published”; a date given only to the year or month that may or may not have passed also gives “unknown”; with nothing dated known since, the draft’s “in development” or “planned” stands.',
  },
  dataLicence: { zh: '许可协议', en: 'Licence' },
  dataLicenceText: {
    zh: '本站的内容和数据（包括本页列出的全部文件）以知识共享署名 4.0 国际许可协议（CC BY 4.0）提供：可以复制、改编和再发布，包括商业用途，但须注明出处。网站代码以 MIT 许可证提供（见代码仓库中的 LICENSE 文件）。标准本身的文本不在本站，其权利属于发布机构。',
    en: 'The site’s content and data (every file listed here) are licensed under Creative Commons Attribution 4.0 International (CC BY 4.0): you may copy, adapt and republish them, commercially too, with attribution. The site’s code is under the MIT licence (see LICENSE in the repository). The standards’ own texts are not on this site; their rights lie with their issuers.',
  },
  dataCite: { zh: '如何引用本数据集', en: 'How to cite the dataset' },
  datasetLabel: { zh: '人工智能安全标准体系（V1.0）参考数据集', en: 'AI Safety Standards System (V1.0) reference dataset' },
  citeZh: { zh: '中文引用', en: 'Chinese citation' },
  citeEn: { zh: '英文引用', en: 'English citation' },
  accessed: { zh: '访问日期', en: 'accessed' },
  description: { zh: '说明', en: 'Description' },
  unknown: { zh: '未知', en: 'Unknown' },
  allStandards: { zh: '全部标准', en: 'All standards' },
  filterBy: { zh: '筛选', en: 'Filter' },
  groupedByPart: { zh: '按部分分组', en: 'Grouped by part' },
  all: { zh: '全部', en: 'All' },
  count: { zh: '数量', en: 'Count' },
  identified: { zh: '已识别', en: 'identified' },
  reported: { zh: '文件报告', en: 'reported' },
  countsTitle: { zh: '标准数量', en: 'Standards by the numbers' },
  byKind: { zh: '按类型', en: 'By kind' },
  byStatus: { zh: '按状态', en: 'By status' },
  byPart: { zh: '按部分', en: 'By part' },
  reportedVsIdentified: { zh: '文件报告的数量与本站已识别的数量', en: 'Counts the document reports, and how many we identified' },
  riskMatrix: { zh: '风险—标准对应矩阵', en: 'Risk–standard matrix' },
  inherentRisks: { zh: '内生安全风险', en: 'Inherent risks' },
  applicationRisks: { zh: '应用安全风险', en: 'Application risks' },
  subtypes: { zh: '具体风险', en: 'Sub-types' },
  linkedNodes: { zh: '关联的框架部分', en: 'Linked framework parts' },
  linkedStandards: { zh: '关联的标准', en: 'Linked standards' },
  download: { zh: '下载数据', en: 'Download the data' },
  notFoundTitle: { zh: '页面不存在', en: 'Page not found' },
  notFoundText: { zh: '找不到这个页面。可以从以下入口继续：', en: 'This page does not exist. You can continue from here:' },
  explore: { zh: '从这里开始', en: 'Start here' },
  homeLead: {
    zh: '全国网络安全标准化技术委员会2025年1月征求意见稿的参考站：体系的五个部分、各部分的标准，以及每项标准今天的状态。',
    en: 'A reference to TC260’s January 2025 draft for comment: the system’s five parts, the standards in each, and where each standard stands today.',
  },
  homeSearchLabel: { zh: '查找标准', en: 'Find a standard' },
  homeSearchPlaceholder: { zh: '输入标准号，如 GB/T 45654', en: 'e.g. GB/T 45654 or a keyword' },
  taskFramework: { zh: '浏览体系框架', en: 'Browse the framework' },
  taskFrameworkLine: { zh: '五个部分及其子领域，每项标准所在的位置。', en: 'The five parts, their sub-areas, and where each standard sits.' },
  taskLookup: { zh: '查找一项标准', en: 'Look up a standard' },
  taskLookupLine: { zh: '一张表列出全部标准，可按部分、类型、当前状态筛选。', en: 'One table of every standard, filtered by part, kind or status today.' },
  taskData: { zh: '取用数据', en: 'Take the data' },
  taskDataLine: { zh: '全部标准的 JSON 和 CSV，供研究引用。', en: 'Every standard as JSON and CSV, for your own analysis.' },
  partsAsList: { zh: '以列表查看各部分', en: 'The parts as a list' },
  countsToday: { zh: '各标准今天的状态', en: 'The standards’ status today' },
  countsAsOf: { zh: '状态截至 {date}', en: 'Status on {date}' },
  colPlace: { zh: '所在位置', en: 'Place' },
  candidate: { zh: '未确认列入V1.0', en: 'Not confirmed in V1.0’s list' },
  groupCount: { zh: '本站收录 {n} 项，其中 {c} 项未确认列入V1.0', en: '{n} identified here, {c} of them not confirmed in V1.0’s list' },
  groupCountNoCandidates: { zh: '本站收录 {n} 项', en: '{n} identified here' },
  filterText: { zh: '按编号或标题筛选', en: 'Filter by number or title' },
  filtersFold: { zh: '筛选', en: 'Filters' },
  filtersFoldActive: { zh: '筛选（{n}）', en: 'Filters ({n})' },
  filterShown: { zh: '显示 {n} / {total} 行', en: 'Showing {n} of {total} rows' },
  filterNone: { zh: '没有符合筛选条件的标准。', en: 'No standard matches these filters.' },
  scrollCue: { zh: '表格较宽，可左右滑动查看。', en: 'This table is wide: scroll sideways to see all of it.' },
  atAGlance: { zh: '概要', en: 'At a glance' },
  fullRecord: { zh: '完整记录', en: 'Full record' },
  numberAndKind: { zh: '编号与类型', en: 'Number and kind' },
  statusLegendMark: { zh: '状态含义', en: 'What it means' },
  copyStandardCitation: { zh: '复制引用', en: 'Copy citation' },
  citeStyles: { zh: '引用格式', en: 'Citation styles' },
  downloadRecord: { zh: '下载本条：', en: 'Download: ' },
  copyCitation: { zh: '引用本页', en: 'Cite this page' },
  reportError: { zh: '报告错误', en: 'Report an error' },
  sourceCode: { zh: '源代码', en: 'Source code' },
  editPage: { zh: '编辑此页', en: 'Edit this page' },
  reportNoRepo: {
    zh: '发现错误？请把页面地址和条目编号（见地址最后一段）告诉本站维护者。',
    en: 'Found an error? Tell the site’s maintainers the page address and the entry id (the last part of the address).',
  },
  reportIssueTitle: { zh: '错误报告：{page}', en: 'Error report: {page}' },
  reportIssueBody: {
    zh: '页面：{url}\n条目：{entry}\n\n哪里有误：\n\n正确的内容及其来源：\n',
    en: 'Page: {url}\nEntry: {entry}\n\nWhat is wrong:\n\nWhat is right, and the source that says so:\n',
  },
  datasetVersion: { zh: '数据版本', en: 'Dataset version' },
  footerNote: {
    zh: '本站为独立整理的参考站，不是全国网络安全标准化技术委员会的官方网站。征求意见稿全文未能获取，部分结构系推断，已逐项标注。',
    en: 'An independent reference, not an official TC260 site. The draft’s full text could not be obtained; inferred structure is marked as such on every page.',
  },
  partCode: { zh: '代码', en: 'Code' },
  ourKey: { zh: '本站编号（非官方）', en: 'Our key (not official)' },
  inV1: { zh: 'V1.0', en: 'V1.0' },
  sortBy: { zh: '排序', en: 'Sort' },
  standardsCount: { zh: '项标准', en: 'standards' },
  showInTree: { zh: '在体系树中查看', en: 'Show in the tree' },
  /** Between a label and its value in running text. */
  colon: { zh: '：', en: ': ' },
  summaryBasis: { zh: '摘要系本站依据名称所写', en: 'Summary written by us from the name' },
  document: { zh: '文件', en: 'Document' },
  issuer: { zh: '发布方', en: 'Issuer' },
  noticeNumber: { zh: '通知文号', en: 'Notice number' },
  noticeDate: { zh: '通知日期', en: 'Notice date' },
  commentDeadline: { zh: '意见截止日期', en: 'Comment deadline' },
  uploadDate: { zh: 'PDF上传日期', en: 'PDF upload date' },
  attachments: { zh: '附件', en: 'Attachments' },
  repost: { zh: '转载', en: 'Reposted by' },
  // The framework tree (TaxonomyTree and its parts).
  treeDiagram: { zh: '体系树图（链接与列表相同）', en: 'Tree diagram (the same links as the list)' },
  treeOutline: { zh: '体系树（列表）', en: 'The tree as a list' },
  treeLegend: { zh: '图例', en: 'Key' },
  treeBranches: { zh: '分支', en: 'Branches' },
  treeView: { zh: '视图', en: 'View' },
  treeShowOnly: { zh: '只显示', en: 'Show only' },
  treeExpandAll: { zh: '全部展开', en: 'Expand all' },
  treeCollapseAll: { zh: '全部折叠', en: 'Collapse all' },
  treeZoomIn: { zh: '放大', en: 'Zoom in' },
  treeZoomOut: { zh: '缩小', en: 'Zoom out' },
  treeResetView: { zh: '复位视图', en: 'Reset view' },
  treeToggle: { zh: '展开或折叠', en: 'Open or close' },
  treeUnplaced: { zh: '未归入框架的候选标准', en: 'Candidates not placed in the framework' },
  treeOpenFull: { zh: '查看完整体系树', en: 'See the full tree' },
  treeHint: {
    zh: '拖动图可平移，按住 Ctrl 滚动滚轮或用按钮缩放。在列表中用方向键移动：→ 展开，← 折叠，回车打开链接。',
    en: 'Drag the diagram to pan; zoom with Ctrl + wheel or the buttons. In the list, arrow keys move: → opens, ← closes, Enter follows the link.',
  },
  treeCandidate: { zh: '候选', en: 'Candidate' },
  treeCandidateExplain: { zh: '候选：未确认是否列入V1.0，以浅色显示。', en: 'Candidate: not known to be listed in V1.0; shown faded.' },
  treeStatusToday: { zh: '今日状态', en: 'Status today' },
  treeStatusTodayExplain: {
    zh: '颜色和符号表示各标准截至本站构建日（{date}）的状态；各标准在V1.0（2025年1月）中的状态见其页面。',
    en: 'Colours and marks give each standard’s status on the day this site was built ({date}); its status in V1.0 (Jan 2025) is on its own page.',
  },
  treeShowDiagram: { zh: '树图', en: 'Diagram' },
  // An entry whose title no source gives in the page's language: the other language's title stands in, marked.
  titleUnknownMark: { zh: '（中文标题不详）', en: ' (no English title known)' },
  // A number of standards, wherever one is written (NodeList, TreeList, TreeDiagram, table captions): see standardsUnit.
  standardsUnitOne: { zh: ' 项标准', en: ' standard' },
  standardsUnitOther: { zh: ' 项标准', en: ' standards' },
  treeRootUnit: { zh: ' 项已收录', en: ' identified' },
  treeCompactNote: {
    zh: '框中数字为本站收录的标准数：共 {n} 项，其中确认列入V1.0的 {confirmed} 项，推断列入的 {inferred} 项，未确认列入的 {candidates} 项。',
    en: 'The numbers count the standards identified here: {n} in all, of which {confirmed} are confirmed in V1.0’s list, {inferred} inferred as listed and {candidates} not confirmed.',
  },
  // The home page's figures (CountsSummary).
  countsTotal: {
    zh: '本站收录 {standards}，其中 {candidates} 项未确认列入V1.0',
    en: '{standards} identified here, {candidates} of them not confirmed in V1.0’s list',
  },
  // What the document reports beside what this site identified (CountsReconciliation).
  countsColReported: { zh: '文件报告', en: 'Reported by the document' },
  countsColIdentified: { zh: '已识别（推断）', en: 'Identified (inferred)' },
  countsColCandidates: { zh: '候选', en: 'Candidates' },
  countsReconciliationNote: {
    zh: '文件报告的数量仅有一个来源（SESEC）。另有 {unknown} 项候选在V1.0中的状态未知。V1.0列入哪些标准均为推断，未见其原表。',
    en: 'The reported counts come from one source (SESEC). {unknown} further candidates have no known status in V1.0. Which standards V1.0 lists is inferred throughout; its own table was not available.',
  },
  // The two matrices (RiskMatrix).
  riskPartMatrixCaption: {
    zh: '风险类别 × 框架部分：单元格为关联标准的数量；◆ 表示该部分整体与该风险关联',
    en: 'Risk categories × parts: number of linked standards; ◆ marks a part linked to the risk as a whole',
  },
  riskMatrixNone: { zh: '无', en: 'none' },
  standardRiskMatrix: { zh: '标准 × 风险类别', en: 'Standards × risk categories' },
  standardRiskMatrixCaption: { zh: '标准 × 风险类别（✓ 表示关联，系推断）', en: 'Standards × risk categories (✓ = linked, inferred)' },
  // Later editions of the Governance Framework (RiskFrameworkEditions).
  riskEditions: { zh: '治理框架的后续版本', en: 'Later editions of the Framework' },
  riskEditionsText: {
    zh: '本站风险页面使用的是V1.0附录I所对应的治理框架1.0的风险类别。治理框架此后有了新版本；它们不属于V1.0，本站没有把任何标准对应到新版本。',
    en: 'These pages use the risk categories of Framework 1.0, the edition V1.0’s Annex I maps to. The Framework has had later editions since; they are not part of V1.0, and this site maps no standard to them.',
  },
  // The risk pages (risks/index, risks/[id]).
  risksDescription: {
    zh: '《人工智能安全治理框架》各类风险与标准的对应关系：风险类别及其与框架部分、标准的推断关联。',
    en: 'Which standards answer which risk of the AI Safety Governance Framework: the risk categories and their inferred links to parts and standards.',
  },
  risksLead: {
    zh: 'V1.0在附录I中给出《人工智能安全治理框架》1.0所列风险与标准体系的对应关系，但该附录未能获取。下列风险类别取自治理框架本身，风险与框架部分、标准之间的每一条关联都是本站依据标准名称和范围所作的推断。',
    en: 'V1.0 maps the risks named in the AI Safety Governance Framework 1.0 to its standards in an annex (Annex I). That annex was not recovered: the categories below are the Framework’s own, and every link from a risk to a part or standard is our inference from the standards’ titles and scope.',
  },
  riskMatrixHeading: { zh: '对应矩阵', en: 'The matrix' },
  riskWordingNote: {
    zh: '标注“已确认”的表述已与治理框架摘录核对，其余来自研究解读，尚未核实。',
    en: 'Wording checked against excerpts of the Framework where marked confirmed; the rest follows the research reading and is unverified.',
  },
  // The timeline (TimelineList, TimelineChart) and how an event reads (event-text.ts).
  timelineYear: { zh: '{year}年', en: '{year}' },
  v1Draft: { zh: 'V1.0征求意见稿', en: 'V1.0 draft' },
  kindAfterV1: { zh: '{kind}（V1.0之后）', en: '{kind} (after V1.0)' },
  takesEffectOn: { zh: '将于{date}实施', en: 'takes effect on {date}' },
  scheduledFor: { zh: '预定{date}：{event}', en: 'scheduled for {date}: {event}' },
  // Words set off in running text, and a phrase made a sentence (the feeds, the timeline picture, later documents).
  parenthetical: { zh: '（{text}）', en: ' ({text})' },
  sentence: { zh: '{text}。', en: '{text}.' },
  // A part's page (framework/[id]).
  nodeDirectCount: { zh: '其中 {n} 项直接归于本部分。', en: '{n} of them sit directly in this part.' },
  // The table of all standards (standards/index).
  standardsDescription: {
    zh: '人工智能安全标准体系（V1.0）已识别的全部 {n} 项标准，按部分、类型和状态浏览。',
    en: 'All {n} standards identified for the AI Safety Standards System (V1.0), by part, kind and status.',
  },
  standardsLead: {
    zh: '本站收录 {n} 项标准，按框架部分分组；其中 {candidates} 项未确认列入V1.0。',
    en: '{n} standards identified here, grouped by part of the framework; {candidates} are not confirmed in V1.0’s list.',
  },
  // About this site (about/site).
  confidenceLevels: { zh: '可信度等级', en: 'Confidence levels' },
  confidenceByPart: { zh: '各部分内容的可信度', en: 'How sure we are, part by part' },
  everySource: { zh: '使用的全部来源', en: 'Every source used' },
  // About the document (about/index).
  aboutNotice: { zh: '征求意见通知', en: 'The notice' },
  aboutCounts: { zh: '文件报告的标准数量', en: 'Counts the document reports' },
  aboutOriginal: { zh: '原文', en: 'The original' },
  aboutFileStandardsJson: { zh: '全部标准及其各项信息', en: 'every standard with all its facts' },
  aboutFileStandardsCsv: { zh: '同上，表格格式（UTF-8）', en: 'the same as a spreadsheet (UTF-8)' },
  aboutFileFramework: { zh: '框架树、风险及其关联', en: 'the framework tree, risks and their links' },
  // A reader's toolkit: citations in two styles (Citation), files for reference managers and feeds to follow
  // (StandardSummary, FollowLink, FeedAlternate, feed.ts, the feeds' stylesheet), the print edition, the
  // Markdown twins and llms.txt, OpenSearch, and the data page's lines about these files.
  citeHeading: { zh: '引用', en: 'Cite' },
  citeStandard: { zh: '引用本标准', en: 'Cite the standard' },
  datasetLabelVersion: {
    zh: '人工智能安全标准体系（V1.0）参考数据集，数据版本{version}',
    en: 'AI Safety Standards System (V1.0) reference dataset, version {version}',
  },
  citeStyle: { zh: '引用格式', en: 'Style' },
  citeStyleGbt: { zh: '（中文）', en: '(Chinese)' },
  citeStyleApa: { zh: '（英文）', en: '(English)' },
  copyCitationOf: { zh: '复制{what}的引用（{style}）', en: 'Copy the citation of {what} ({style})' },
  citeWhatStandard: { zh: '本标准', en: 'the standard' },
  citeWhatPage: { zh: '本页', en: 'this page' },
  takeAway: { zh: '下载与关注', en: 'Take it away' },
  referenceFiles: { zh: '本条导入文献管理软件：', en: 'This standard for reference managers: ' },
  referenceFilesHint: {
    zh: 'CSL-JSON、BibTeX 和 RIS 文件可以用 Zotero、EndNote、Mendeley 等文献管理软件打开或导入。',
    en: 'The CSL-JSON, BibTeX and RIS files open in Zotero, EndNote, Mendeley and other reference managers.',
  },
  twinLink: { zh: '纯文本（Markdown）', en: 'Plain text (Markdown)' },
  followStandard: { zh: '关注此标准', en: 'Follow this standard' },
  followPart: { zh: '关注此部分', en: 'Follow this part' },
  feedOfTitle: { zh: '{name}：更新（{site}）', en: '{name}: updates ({site})' },
  feedStandardSubtitle: {
    zh: '这项标准有日期的事件，以及本站对其记录的最近一次核对（更正在核对时作出）。',
    en: 'The standard’s dated events, and the latest check of its record on this site (corrections are made when a record is checked).',
  },
  feedPartSubtitle: {
    zh: '本部分各项标准有日期的事件，以及本站对其记录的最近一次核对（更正在核对时作出）。',
    en: 'The dated events of the standards in this part, and the latest check of each of their records on this site (corrections are made when a record is checked).',
  },
  feedCheckedTitle: { zh: '记录核对：{name}', en: 'Record checked: {name}' },
  feedCheckedSummary: {
    zh: '本站于{date}对照来源核对了这条记录；记录的更正都在核对时作出。当前状态：{status}。',
    en: 'This record was checked against its sources on {date}; corrections to a record are made when it is checked. Status today: {status}.',
  },
  feedPageIntro: {
    zh: '这是一个 Atom 订阅源。要关注更新，请把本页地址复制到 RSS / Atom 阅读器中；下面是其中的条目。',
    en: 'This is an Atom feed. To follow it, copy this page’s address into a feed reader (RSS / Atom); its entries are below.',
  },
  feedPageAddress: { zh: '订阅地址', en: 'Feed address' },
  feedPageBack: { zh: '网页', en: 'Web page' },
  openSearchShort: { zh: 'AI安全标准体系', en: 'AI Safety Stds' },
  openSearchDescription: {
    zh: '按标准编号、中文或英文关键词搜索人工智能安全标准体系（V1.0）参考站。',
    en: 'Search the AI Safety Standards System (V1.0) Reference by standard number or keyword.',
  },
  printEdition: { zh: '打印版', en: 'Print edition' },
  printTitle: { zh: '人工智能安全标准体系（V1.0）：打印版', en: 'AI Safety Standards System (V1.0): print edition' },
  printLead: {
    zh: '整个体系在一页上：各部分、子领域及其标准，随后是风险对应矩阵、全部来源和版本说明。可直接打印或另存为PDF。',
    en: 'The whole system on one page: the parts, their sub-areas and standards, then the risk matrix, every source and a colophon. Print it or save it as a PDF.',
  },
  printContents: { zh: '目录', en: 'Contents' },
  aboutPrint: { zh: '整个体系在一页上，可打印或另存为PDF', en: 'the whole system on one page, to print or save as a PDF' },
  printUnplaced: { zh: '未归入框架的标准', en: 'Standards not placed in the framework' },
  printSources: { zh: '来源', en: 'Sources' },
  printColophon: { zh: '版本说明', en: 'Colophon' },
  printColophonText: {
    zh: '本版本构建于{built}，数据版本{version}。网络版：{url}。内容与数据以 CC BY 4.0 许可提供。本站不是全国网络安全标准化技术委员会的官方网站；征求意见稿全文未能获取，推断之处已逐项标注。',
    en: 'This edition was built on {built} from dataset version {version}. Online: {url}. Content and data under CC BY 4.0. This is not an official TC260 publication; the draft’s full text could not be obtained, and every inference is marked as such.',
  },
  printDates: { zh: '日期', en: 'Dates' },
  printPage: { zh: '网页', en: 'Web page' },
  printNoDates: { zh: '没有已知日期', en: 'No date known' },
  twinGenerated: {
    zh: '本文件由本站依据其内容自动生成，是网页 {url} 的纯文本版本。',
    en: 'Generated from the site’s content: a plain-text version of the web page {url}.',
  },
  llmsSummary: {
    zh: '全国网络安全标准化技术委员会（TC260）2025年1月发布征求意见稿《人工智能安全标准体系（V1.0）》的双语参考站：体系的五个部分、子领域、各项标准（编号、标题、当前状态及其依据、日期、来源和可信度），以及标准与《人工智能安全治理框架》风险的推断对应。征求意见稿全文未能获取，推断之处均已标注。',
    en: 'A bilingual reference to the AI Safety Standards System (V1.0), the draft TC260 published for comment in January 2025: its five parts and sub-areas, each standard with its number, titles, status today and what that rests on, dates, sources and confidence, and the inferred links from the AI Safety Governance Framework’s risks to the standards. The draft’s full text could not be obtained; every inference is marked as such.',
  },
  llmsHow: {
    zh: '下面每一项链接到网页的 Markdown 版本（中文），其后是英文版本。',
    en: 'Each item below links the Markdown version of a page in Chinese, followed by the English one.',
  },
  twinOtherClaims: { zh: '其他说法', en: 'other claims' },
  riskGroup: { zh: '风险类别', en: 'Risk group' },
  llmsStandards: { zh: '标准', en: 'Standards' },
  llmsFramework: { zh: '体系框架', en: 'Framework' },
  llmsRisks: { zh: '风险', en: 'Risks' },
  llmsLater: { zh: 'V1.0之后的文件（不属于V1.0）', en: 'Documents published after V1.0 (not part of it)' },
  llmsOptional: { zh: '数据', en: 'Optional' },
  llmsFull: { zh: '全部 Markdown 合为一个文件', en: 'Every Markdown version in one file' },
  dataFileCsl: {
    zh: '全部标准的 CSL-JSON（1.0.2，类型 standard），Zotero、Pandoc、citation.js 等工具可直接读取；页面上的引用也由它生成。字段见下表。',
    en: 'Every standard as CSL-JSON (1.0.2, type standard), which Zotero, Pandoc, citation.js and most writing tools read natively; the citations on the pages are rendered from it. Fields below.',
  },
  dataFileReferenceRecord: {
    zh: '单项标准的 CSL-JSON、BibTeX 和 RIS，内容与上面的合集相同。每个标准页都链接到它自己的这三个文件。',
    en: 'One standard as CSL-JSON, BibTeX and RIS, the same as in the files above. Each standard’s page links to its own.',
  },
  dataFileFeeds: {
    zh: 'Atom 订阅源：全站（每种语言一个）、每项标准、每个部分各一个，位于对应网页旁。每个条目的编号在每次构建中保持不变，日期是事件本身的日期；全站订阅源的条目带有所属部分和标准的分类。在浏览器中打开时显示为可读的网页。',
    en: 'Atom feeds: the whole site (one per language), and one per standard and per part, beside its page. Each entry keeps its id from build to build and is dated by its event; the site feed’s entries carry their part and standard as categories. Opened in a browser, a feed shows as a readable page.',
  },
  dataFileTwins: {
    zh: '每项标准、框架节点、风险和此后文件的网页旁都有一个纯文本 Markdown 版本（网页地址末尾的“/”换成“.md”），列出事实、当前状态及其依据、来源和可信度。由本站自动生成，中英文各一份。',
    en: 'Beside every standard, framework node, risk and later document page, a plain Markdown version (the page’s address with “.md” in place of its closing “/”) with the facts, status today and its basis, sources and confidence. Generated, in each language.',
  },
  dataFileLlms: {
    zh: '按 llms.txt 提案编写的索引，供 AI 助手使用：标题、摘要，以及链接到全部 Markdown 版本的各节。',
    en: 'An index for AI assistants after the llms.txt proposal: a title, a summary, then sections linking every Markdown version.',
  },
  dataFileLlmsFull: { zh: '全部 Markdown 版本合为一个文件。', en: 'Every Markdown version in one file.' },
  dataFileOpenSearch: {
    zh: '每种语言一个 OpenSearch 描述文件，浏览器可借此从地址栏搜索本站。',
    en: 'An OpenSearch description per language, so a browser can search the site from its address bar.',
  },
  dataCslFields: { zh: 'standards.csl.json 的字段', en: 'Fields of standards.csl.json' },
  dataCitationStyles: {
    zh: '页面上的引用在构建时由 CSL 处理器（citation.js）依据 CSL-JSON 生成：中文用 GB/T 7714—2025，英文用 APA 第7版，两种样式都来自 Citation Style Language 项目（CC BY-SA 3.0）。引用标准本身时不带本站地址；GB/T 7714 格式中，国家标准编号在年份前用一字线（GB/T 45654—2025），数据文件中则保留官方平台的写法（GB/T 45654-2025）。',
    en: 'The citations on the pages are rendered at build time by a CSL processor (citation.js) from the CSL-JSON: GB/T 7714—2025 for Chinese, APA 7th edition for English, both styles from the Citation Style Language project (CC BY-SA 3.0). A standard itself is cited without this site’s address; in GB/T 7714 a national standard’s number takes a one-em dash before its year (GB/T 45654—2025), while the data files keep the official platform’s spelling (GB/T 45654-2025).',
  },
  // How sure a fact is, and what a status today rests on (certainty).
  statusWithBasis: { zh: '{status}（{basis}）', en: '{status} ({basis})' },
  sourcesDiffer: { zh: '来源不一', en: 'Sources differ' },
  claimBasedOn: { zh: '据{basis}', en: 'per {basis}' },
  openParen: { zh: '（', en: ' (' },
  closeParen: { zh: '）', en: ')' },
  statusBasisHeading: { zh: '当前状态的依据', en: 'What a status today rests on' },
  statusBasisLegend: {
    zh: '当前状态后面的括注说明它的依据：“推断”表示它所依据的某个事实是本站的推断，“单一来源”表示只有一个来源。没有括注的状态，所依据的日期或事件都有两个或以上来源确认。',
    en: 'A note after a status today says what it rests on: “inferred” means a fact it follows from is our inference, “one source” that a fact rests on a single source. A status with no note follows from dates or events each confirmed by two or more sources.',
  },
  certaintyOfDate: { zh: '此日期{tag}', en: 'This date: {tag}' },
  dataCertaintyHeading: { zh: '每个日期有多确定', en: 'How sure each date is' },
  dataCertaintyText: {
    zh: '每个发布日期、实施日期和历史事件都标明可信度，由其来源推算：有两个或以上来源（或一个官方来源）为“已确认”，只有一个来源为“单一来源”；本站自行推断的在内容中明确标为“推断”，不会被标得比来源所能支持的更确定。来源给出的日期不一致时，所有说法都保留：published_claims、effective_claims 和各事件的 other_claims 列出每一项说法及其依据和来源，第一项是本站所用的说法。当前状态的依据（status_today_basis）取自它所依据的最不确定的事实。',
    en: 'Every issue date, effective date and event says how sure it is, worked out from its sources: two or more sources (or one official source) make it confirmed, one source leaves it one-source; what this site infers is marked “inferred” in the content, and nothing is marked surer than its sources allow. Where sources give different dates, every claim is kept: published_claims, effective_claims and each event’s other_claims list each claim with its basis and sources, the one this site shows first. What a status today rests on (status_today_basis) is the least sure of the facts it follows from.',
  },
  dateDiffers: { zh: '{date}来源不一：{dates}', en: 'Sources differ on the {date}: {dates}' },
  dateWordIssue: { zh: '发布日期', en: 'issue date' },
  dateWordEffective: { zh: '实施日期', en: 'effective date' },
  countsOfWhich: { zh: '其中{list}', en: 'of which {list}' },
  countsBasisPart: { zh: '{basis}{n}项', en: '{n} {basis}' },
  // A researcher's journeys (issue 19): the table's filters, sort and downloads, what changed since the draft,
  // the official record where none is linked, the matrix as a way in, the empty sub-areas.
  filterRisk: { zh: '风险类别', en: 'Risk' },
  filterChanged: { zh: 'V1.0以来', en: 'Since V1.0' },
  filterChangedYes: { zh: '状态有变化', en: 'Status changed' },
  sortPart: { zh: '按部分分组', en: 'Grouped by part' },
  sortNumber: { zh: '按编号', en: 'By number' },
  sortPublished: { zh: '按发布日期（新→旧）', en: 'By issue date, newest first' },
  sortEffective: { zh: '按实施日期（新→旧）', en: 'By effective date, newest first' },
  tableCaptionFiltered: { zh: '{title} · 显示 {n} / {total} 项', en: '{title} · {n} of {total} shown' },
  downloadAllData: { zh: '全部数据', en: 'All data' },
  downloadTheseRows: { zh: '下载这些行（CSV）', en: 'Download these rows (CSV)' },
  downloadFailed: { zh: '无法读取 standards.csv，请改用“全部数据”。', en: 'standards.csv could not be read: use “All data” instead.' },
  filterIgnoredUnknown: {
    zh: '地址中的“{key}={value}”不是本表的选项，已改为“全部”。',
    en: 'The address asks for “{key}={value}”, which this table does not offer: showing all instead.',
  },
  filterIgnoredRepeated: {
    zh: '地址中的“{key}”给出了不止一个值（{value}），已改为“全部”。',
    en: 'The address gives “{key}” more than one value ({value}): showing all instead.',
  },
  filterIgnoredTooLong: {
    zh: '地址中的文字筛选超过 {max} 个字符，未予采用。',
    en: 'The text filter in the address is longer than {max} characters and was not applied.',
  },
  dateDisputedShort: { zh: '来源不一', en: 'sources differ' },
  sinceDraftHeading: { zh: '自2025年1月征求意见稿以来', en: 'Since the January 2025 draft' },
  sinceDraftAsOf: { zh: '由截至 {date} 的日期和事件推算。', en: 'Worked out from dates and events as of {date}.' },
  sinceDraftMoved: { zh: '{n} 项由V1.0中的“{from}”变为今天的“{to}”', en: '{n} moved from “{from}” in V1.0 to “{to}” today' },
  sinceDraftNone: { zh: '没有标准的状态发生变化。', en: 'No standard’s status has changed.' },
  sinceDraftLater: { zh: '此后发布、不属于V1.0的文件：{n} 份', en: 'Documents published since, not part of V1.0: {n}' },
  sinceDraftInTable: { zh: '在表格中只看状态有变化的标准', en: 'Only the standards whose status changed, in the table' },
  sinceDraftEach: { zh: '逐项查看', en: 'Each one' },
  officialRecordNotLinked: { zh: '官方记录未在本站链接', en: 'Official record not linked here' },
  officialRecordWhereNational: {
    zh: '没有来源给出它在官方平台上的页面地址。可在全国标准信息公共服务平台（{hosts}）按编号 {number} 查询。',
    en: 'No source gives its page on an official platform. Look it up by its number, {number}, on the national standards platform ({hosts}).',
  },
  officialRecordWhereNoNumber: {
    zh: '没有来源给出它在官方平台上的页面地址；它也没有已知的编号，可在全国标准信息公共服务平台（{hosts}）按标题查询。',
    en: 'No source gives its page on an official platform, and it has no known number: look it up by title on the national standards platform ({hosts}).',
  },
  officialRecordWhereOther: {
    zh: '没有来源给出它在官方平台（{hosts}）上的页面地址。',
    en: 'No source gives its page on an official platform ({hosts}).',
  },
  emptyAreasLine: { zh: '尚无已识别标准的子领域（{n} 个）：{list}。', en: 'Sub-areas with no identified standard ({n}): {list}.' },
  matrixCellLink: { zh: '{risk} × {part}：{count}', en: '{risk} × {part}: {count}' },
  matrixLegendShade: { zh: '底色越浓，关联标准越多（数字始终写出）', en: 'The stronger the tint, the more linked standards (the number is always written)' },
  matrixLegendNode: { zh: '◆ 该部分整体与该风险关联', en: '◆ the part as a whole is linked to the risk' },
  matrixNodeShort: { zh: '整体关联', en: 'whole part' },
  matrixNodeCell: { zh: '该部分整体与该风险关联', en: 'the part as a whole is linked to this risk' },
  matrixLegendLink: { zh: '每个数字都链接到这些标准', en: 'Each number links to those standards' },

  // Search: numbers answered from the page, traditional Chinese, and the index failing to load.
  searchAsSimplified: { zh: '已按简体字检索：{query}', en: 'Searched in simplified Chinese: {query}' },
  searchUnavailable: {
    zh: '全文搜索未能加载，现在只能按标准编号和标题查找。',
    en: 'Full-text search could not be loaded; only standard numbers and titles can be looked up now.',
  },
  // Regulations and the links standards make to them.
  regulations: { zh: '法规与政策', en: 'Regulations' },
  regulationsLead: {
    zh: '本站标准所支撑或与之相关的法律、部门规章、规范性文件和政策框架。每条关联都注明关系类型、来源和可信度；多数标准没有找到任何来源把它与某部法规联系起来，这本身也是一个发现。',
    en: 'The laws, departmental rules, normative documents and policy frameworks that standards on this site support or are linked to. Each link gives its relation, sources and confidence; for most standards no source ties them to any regulation, which is itself a finding.',
  },
  regulationsLinkCount: { zh: '有来源的关联：{sourced} 项；本站推断：{inferred} 项', en: 'Sourced links: {sourced}; our own reading: {inferred}' },
  regulationsOnStandardsPage: { zh: '这些标准支撑哪些法规？见“法规与政策”。', en: 'Which regulations do these standards support? See Regulations.' },
  regulationSupported: { zh: '所支撑的法规', en: 'Regulation it supports' },
  regulationNoneFound: {
    zh: '未见来源：我们的来源中没有把本标准与任何法规联系起来的说法。',
    en: 'None found in our sources: no source we have read ties this standard to a regulation.',
  },
  regulationOurReading: { zh: '本站推断（没有来源）', en: 'Our own reading (no source)' },
  regulationOurReadingNote: {
    zh: '以下是本站按主题作出的解读，不是来源记载的事实，不计入“所支撑的法规”。',
    en: 'What follows is the site’s own reading from the subject matter, not a fact any source records, and it is not counted as a regulation the standard supports.',
  },
  regulationCaveat: { zh: '注意', en: 'Note' },
  regulationLinkedStandards: { zh: '关联的标准', en: 'Standards linked to it' },
  regulationNoLinkedStandards: { zh: '没有来源把本站的任何标准与它联系起来。', en: 'No source ties any standard on this site to it.' },
  regulationKind: { zh: '类型', en: 'Kind' },
  regulationIssuers: { zh: '制定机关', en: 'Issued by' },
  regulationNumber: { zh: '文号', en: 'Document number' },
  regulationDates: { zh: '日期', en: 'Dates' },
  regulationOfficialText: { zh: '官方文本', en: 'Official text' },
  regulationIdentity: { zh: '标题与制定机关', en: 'Titles and issuers' },
  regulationRelation: { zh: '关系', en: 'Relation' },
  regulationCopy: { zh: '副本', en: 'copy' },
  regulationCopyOf: { zh: '副本，原件为：{what}', en: 'a copy of {what}' },
  internationalRefs: { zh: '国际标准与文本', en: 'International references' },
  internationalDegree: { zh: '采用程度', en: 'Degree' },
  llmsRegulations: { zh: '法规与政策', en: 'Regulations' },
  dataFileRelationships: {
    zh: '本站的全部关系，一条边一行：标准→框架节点、标准→风险、标准→法规、标准→国际标准或文本、标准→标准（相关、代替）。每行有关系类型、可信度和来源编号，可直接导入电子表格或图分析工具（CSV 为 UTF-8 带字节顺序标记）。',
    en: 'Every relationship on the site, one edge a row: standard → framework node, → risk, → regulation, → international standard or text, and standard → standard (related, replaces). Each row has its relation, confidence and source ids, and loads straight into a spreadsheet or a graph tool (the CSV is UTF-8 with a byte-order mark).',
  },
  dataRelationshipsFields: { zh: 'relationships.csv / relationships.json 的字段', en: 'Fields of relationships.csv / relationships.json' },
} as const satisfies Record<string, Bilingual>;

type Strings = typeof strings;

/** The names of the {placeholders} in a string ("{ dataset, standard }" is prose, not a placeholder). */
type PlaceholdersIn<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${string}${' ' | ','}${string}` ? never : Name) | PlaceholdersIn<Rest>
  : never;
/** The placeholders of a string, in either language. */
export type Placeholders<K extends keyof Strings> = PlaceholdersIn<Strings[K][Locale]>;

/** Keys whose two languages name different placeholders. */
type Mismatched = {
  [K in keyof Strings]: [PlaceholdersIn<Strings[K]['zh']>] extends [PlaceholdersIn<Strings[K]['en']>]
    ? [PlaceholdersIn<Strings[K]['en']>] extends [PlaceholdersIn<Strings[K]['zh']>]
      ? never
      : K
    : K;
}[keyof Strings];
/** Compiles only while every string names the same placeholders in both languages; otherwise the error names the key. */
type _PlaceholdersAgree = NoKeys<Mismatched>;
type NoKeys<K extends never> = K;

/** A string shown as it is. */
export type StringKey = { [K in keyof Strings]: [Placeholders<K>] extends [never] ? K : never }[keyof Strings];
/** A string with {placeholders}, shown through `tf` (or filled in by a browser script, see `template`). */
export type TemplateKey = Exclude<keyof Strings, StringKey>;

/** Every string, both languages of each: for tests and for places that need a key's two texts at once. */
export const STRINGS: Readonly<Record<keyof Strings, Bilingual>> = strings;

export function t(locale: Locale, key: StringKey): string {
  return strings[key][locale];
}

/** Each template cut at its {placeholders} (text, name, text, …), once: a large site's pages fill the same few templates hundreds of thousands of times. */
const cut = new Map<string, string[]>();

/** A string with its {placeholders} filled in; every placeholder needs its value, and no other is allowed. */
export function tf<K extends TemplateKey>(locale: Locale, key: K, values: Record<Placeholders<K>, string | number>): string {
  const given = values as Record<string, string | number>;
  const id = `${locale}\u0000${key}`;
  let parts = cut.get(id);
  if (!parts) cut.set(id, (parts = template(locale, key).split(/\{(\w+)\}/)));
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    text += (name in given ? String(given[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return text;
}

/** A string with its {placeholders} left in, for a browser script that fills them in as the reader works. */
export function template(locale: Locale, key: TemplateKey): string {
  return strings[key][locale];
}

/**
 * A string cut at its {placeholders}, for markup in their place (a <time>, a link):
 * the text around them as strings, each placeholder as `{ slot }`, in the order the language puts them.
 */
export function tSlots<K extends TemplateKey>(locale: Locale, key: K): (string | { slot: Placeholders<K> })[] {
  return template(locale, key)
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 === 1 ? { slot: piece as Placeholders<K> } : piece))
    .filter((piece) => piece !== '');
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
/** Whether a count takes the singular in a language: 1 in English; never in Chinese, which has no plural. */
function isSingular(locale: Locale, n: number): boolean {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(HTML_LANG[locale])));
  return rules.select(n) === 'one';
}

/** The words after a count of standards: " 项标准", " standard" or " standards". */
export function standardsUnit(locale: Locale, n: number): string {
  return t(locale, isSingular(locale, n) ? 'standardsUnitOne' : 'standardsUnitOther');
}

/** A count of standards: "12 项标准", "1 standard", "12 standards". */
export function standardsCount(locale: Locale, n: number): string {
  return `${n}${standardsUnit(locale, n)}`;
}

/**
 * How each language strings pieces of text together. Kept apart from the strings,
 * which are never empty: Chinese sentences follow each other with nothing between.
 */
const JOINERS = {
  zh: { items: '、', clauses: '；', sentences: '' },
  en: { items: ', ', clauses: '; ', sentences: ' ' },
} as const satisfies Record<Locale, Record<string, string>>;
export type Joiner = keyof (typeof JOINERS)[Locale];

/** What goes between items of a list ("甲、乙" / "a, b"), clauses ("甲；乙" / "a; b") or sentences ("甲。乙。" / "A. B."). */
export function separator(locale: Locale, joiner: Joiner): string {
  return JOINERS[locale][joiner];
}
