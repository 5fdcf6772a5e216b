/**
 * Interface strings and labels for enumerated facts, in both languages.
 * Chinese is the document's language and the site's default.
 */
import type { Confidence, Kind, Locale, Status } from './schema';

export const DEFAULT_LOCALE: Locale = 'zh';
export const LOCALES: Locale[] = ['zh', 'en'];
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
export const LANGUAGE_NAME: Record<Locale, string> = { zh: '中文', en: 'English' };

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
  navSearch: { zh: '搜索', en: 'Search' },
  searchSite: { zh: '站内搜索', en: 'Site search' },
  searchPlaceholder: { zh: '编号、中文或英文关键词', en: 'Number or keyword' },
  searchLead: { zh: '按标准编号、中文或英文关键词查找标准、框架领域和风险。', en: 'Find a standard, framework area or risk by its number, or by a Chinese or English keyword.' },
  searchLabel: { zh: '搜索词', en: 'Search terms' },
  searchHint: { zh: '例如：GB/T 45654-2025、45654、TC260-003、人脸识别、data labeling', en: 'For example: GB/T 45654-2025, 45654, TC260-003, data labeling, 人脸识别' },
  searchNoScript: { zh: '搜索需要 JavaScript，而此浏览器已将其关闭。', en: 'Search needs JavaScript, which is turned off in this browser.' },
  searchBrowse: { zh: '改为浏览全部标准表格', en: 'Browse the table of all standards instead' },
  searchNarrow: { zh: '筛选结果', en: 'Narrow the results' },
  searchCountOne: { zh: '找到 1 条结果', en: '1 result' },
  searchCountMany: { zh: '找到 {count} 条结果', en: '{count} results' },
  searchNone: { zh: '没有找到结果。可以换个说法，或浏览全部标准。', en: 'No results. Try other words, or browse all standards.' },
  searchAsNumber: { zh: '已按标准编号检索：{numbers}', en: 'Searched as standard number: {numbers}' },
  searchLoading: { zh: '正在搜索…', en: 'Searching…' },
  searchFailed: { zh: '搜索索引未能加载。', en: 'The search index could not be loaded.' },
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
  cite: { zh: '引用本页', en: 'Cite this page' },
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
} as const satisfies Record<string, Record<Locale, string>>;

export type StringKey = keyof typeof strings;

/** The words after a count of standards: " 项标准", " standard" or " standards". */
export function standardsUnit(locale: Locale, n: number): string {
  return locale === 'zh' ? ' 项标准' : ` standard${n === 1 ? '' : 's'}`;
}

export function t(locale: Locale, key: StringKey): string {
  return strings[key][locale];
}

export const KIND_LABEL: Record<Kind, Record<Locale, string>> = {
  'mandatory-national': { zh: '强制性国家标准', en: 'Mandatory national standard' },
  'recommended-national': { zh: '推荐性国家标准', en: 'Recommended national standard' },
  'technical-document': { zh: '技术文件', en: 'Technical document' },
  'practice-guide': { zh: '网络安全标准实践指南', en: 'Practice guide' },
  other: { zh: '其他', en: 'Other' },
};

export const STATUS_LABEL: Record<Status, Record<Locale, string>> = {
  published: { zh: '已发布', en: 'Published' },
  'in-development': { zh: '在研', en: 'In development' },
  planned: { zh: '拟研制', en: 'Planned' },
  unknown: { zh: '状态未知', en: 'Status unknown' },
};

export const MEMBERSHIP_LABEL: Record<'confirmed' | 'inferred' | 'candidate', Record<Locale, string>> = {
  confirmed: { zh: '已确认列入', en: 'Confirmed as listed' },
  inferred: { zh: '推断列入', en: 'Inferred as listed' },
  candidate: { zh: '候选（未确认是否列入）', en: 'Candidate (not known to be listed)' },
};

export const MEMBERSHIP_EXPLAIN: Record<'confirmed' | 'inferred' | 'candidate', Record<Locale, string>> = {
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

export const CONFIDENCE_LABEL: Record<Confidence, Record<Locale, string>> = {
  confirmed: { zh: '已确认', en: 'Confirmed' },
  'one-source': { zh: '单一来源', en: 'One source' },
  inferred: { zh: '推断', en: 'Inferred' },
  unverified: { zh: '未核实', en: 'Unverified' },
  unknown: { zh: '未知', en: 'Unknown' },
};

export const CONFIDENCE_EXPLAIN: Record<Confidence, Record<Locale, string>> = {
  confirmed: { zh: '两个或以上独立来源一致。', en: 'Two or more independent sources agree.' },
  'one-source': { zh: '仅有一个来源，且没有相反的说法。', en: 'A single source says so, and nothing contradicts it.' },
  inferred: { zh: '本站根据间接证据作出的推断，没有来源直接这样说。', en: 'Our reasoning from indirect evidence; no source states it.' },
  unverified: { zh: '未找到支持这一说法的来源。', en: 'No source found here supports it.' },
  unknown: { zh: '没有找到相关信息。', en: 'Nothing was found.' },
};

export const CONFIDENCE_FACET: Record<'identity' | 'dates' | 'placement' | 'risks' | 'existence' | 'summary', Record<Locale, string>> = {
  identity: { zh: '编号与标题', en: 'Number and title' },
  dates: { zh: '发布与实施日期', en: 'Issue and effective dates' },
  placement: { zh: '在框架中的位置', en: 'Place in the framework' },
  risks: { zh: '风险关联', en: 'Risk links' },
  existence: { zh: '该领域存在于体系中', en: 'That this area is in the system' },
  summary: { zh: '摘要', en: 'Summary' },
};

export const EVENT_LABEL: Record<string, Record<Locale, string>> = {
  drafted: { zh: '草案', en: 'Draft' },
  submitted: { zh: '送审', en: 'Submitted for approval' },
  published: { zh: '发布', en: 'Issued' },
  announced: { zh: '公开发布', en: 'Announced' },
  effective: { zh: '实施', en: 'Effective' },
  superseded: { zh: '被替代', en: 'Superseded' },
  renamed: { zh: '更名', en: 'Renamed' },
  other: { zh: '其他', en: 'Other' },
};

export const RISK_GROUP_LABEL: Record<'inherent' | 'application', Record<Locale, string>> = {
  inherent: { zh: '内生安全风险', en: 'Inherent risks' },
  application: { zh: '应用安全风险', en: 'Application risks' },
};
