/**
 * Who issued a standard, for the record and for citations. No source here
 * names the issuers standard by standard, so they follow from a rule on the
 * standard's kind and issue date, and the rule is shown as their basis:
 * - a national standard issued from July 2018 on is issued by the State
 *   Administration for Market Regulation and the Standardization
 *   Administration of China, as its cover says ("…发布"); SAMR was set up in
 *   spring 2018, and earlier standards name other bodies (AQSIQ with SAC);
 * - for one issued before then, or whose issue date is not known, the rule
 *   names nobody: the day the covers changed is not sourced here, so the site
 *   says "not found" rather than guess;
 * - a TC260 technical document or practice guide is TC260's own publication.
 */
import { start } from '../base/dates';
import { KINDS_WITH_EFFECTIVE_DATE, type Bilingual, type FactConfidence, type Kind } from '../base/vocabulary';

export const ISSUING_AUTHORITY = {
  samr: { zh: '国家市场监督管理总局', en: 'State Administration for Market Regulation' },
  sac: { zh: '国家标准化管理委员会', en: 'Standardization Administration of China' },
  tc260: { zh: 'TC260', en: 'TC260' },
} as const satisfies Record<string, Bilingual>;

/** The first issue date the rule names SAMR and SAC for. */
export const SAMR_ISSUES_FROM = '2018-07-01';

export interface Issuers {
  /** The issuing bodies, in the order the cover prints them. */
  names: Bilingual[];
  /** The rule they follow from, in words. */
  basis: Bilingual;
  /** An inference from the rule for national standards (no source names them one by one). */
  confidence: FactConfidence;
}

const NATIONAL_RULE: Bilingual = {
  zh: '一条规则：2018年7月起发布的国家标准，封面均署“国家市场监督管理总局 国家标准化管理委员会 发布”；没有来源逐项记载',
  en: 'a rule: national standards issued from July 2018 on carry "issued by the State Administration for Market Regulation and the Standardization Administration of China" on their covers; no source records it standard by standard',
};
const TC260_RULE: Bilingual = {
  zh: 'TC260技术文件和实践指南是TC260自己的出版物，编号即属TC260的系列',
  en: 'TC260 technical documents and practice guides being TC260’s own publications, numbered in its series',
};

export interface IssuerFacts {
  kind: Kind;
  committee?: string | undefined;
  number?: string | undefined;
  /** Every claim of the issue date: the rule holds only if each of them falls on or after its start. */
  issueDates: readonly string[];
}

/** The issuers by the rule above, or null where it names nobody (shown as "not found in our sources"). */
export function issuersOf({ kind, committee, number, issueDates }: IssuerFacts): Issuers | null {
  // Issued is known from its number (TC260 numbers its documents when it issues them) or an issue date; a project with neither is not issued.
  if ((kind === 'technical-document' || kind === 'practice-guide') && committee === 'TC260' && (number || issueDates.length > 0)) {
    return { names: [ISSUING_AUTHORITY.tc260], basis: TC260_RULE, confidence: 'confirmed' };
  }
  if (issueDates.length === 0) return null;
  if (KINDS_WITH_EFFECTIVE_DATE.includes(kind)) {
    if (!issueDates.every((d) => start(d) >= SAMR_ISSUES_FROM)) return null;
    return { names: [ISSUING_AUTHORITY.samr, ISSUING_AUTHORITY.sac], basis: NATIONAL_RULE, confidence: 'inferred' };
  }
  return null;
}
