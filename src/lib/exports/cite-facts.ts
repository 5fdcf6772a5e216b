/**
 * What a citation file may say of a standard's issue, shared by CSL-JSON,
 * BibLaTeX, classic BibTeX and RIS: who issued it, and which issue date may
 * stand as a date (never an inference).
 */
import type { StandardRecord } from './record';

/**
 * Who a citation names as author and publisher, in each language: the issuers
 * where the rule names them; for a project not yet issued, its committee; none
 * for an issued standard whose issuers are not found (never the committee).
 */
export function authorsOf(r: StandardRecord): { zh: string[]; en: string[] } | null {
  if (r.issuers) return { zh: r.issuers.names.map((n) => n.zh), en: r.issuers.names.map((n) => n.en) };
  if (r.published === null && r.committee) return { zh: [r.committee], en: [r.committee] };
  return null;
}

/** The issue date a citation may carry as a date: the main claim, unless it is our inference. */
export function citableIssueDate(r: StandardRecord): string | null {
  return r.published && r.published_claims[0]?.confidence !== 'inferred' ? r.published : null;
}
