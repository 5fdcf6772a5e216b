/**
 * The data a reader can take away as JSON: every standard's record (in
 * standards.json, and each in its own file), the framework tree with risks.
 * Each file names the dataset version, the build date and the licence so a copy
 * can be traced back. The record is defined in record.ts; the CSV is a flat
 * view of it (csv.ts).
 */
import { LICENCE, type DatasetBlock, type RecordFile, type StandardRecord, type StandardsFile } from './record';
import { standardsUnder, type Standard, type Taxonomy } from '../model/taxonomy';
import { perStandard } from '../model/per-standard';
import type { Replacement } from '../model/types';
import { absoluteUrls } from '../site/urls';
import { start } from '../base/dates';
import { officialRecordAbsenceBilingual } from '../i18n/record-text';
import { datesNote } from './dates-note';
import { prettyJsonPieces } from './pieces';
import {
  DATE_EVENTS,
  CONFIDENCE_LABEL,
  EVENT_LABEL,
  KIND_LABEL,
  MEMBERSHIP_LABEL,
  STATUS_BASIS_LABEL,
  STATUS_LABEL,
  TODAY_STATUS_LABEL,
  type Bilingual,
  type FactConfidence,
} from '../base/vocabulary';

export interface ExportMeta {
  datasetVersion: string;
  buildDate: string;
  /** Absolute URL of the site, for links back to each entry. */
  siteUrl: string;
}

const DOC_TITLE = '人工智能安全标准体系（V1.0）（征求意见稿）';

export function datasetBlock(meta: ExportMeta): DatasetBlock {
  const u = absoluteUrls(meta.siteUrl);
  return {
    title: DOC_TITLE,
    version: meta.datasetVersion,
    built: meta.buildDate,
    site: meta.siteUrl,
    licence: { ...LICENCE },
    schema: u.data('standards.schema.json'),
    documentation: u.href('zh', { page: 'about-data' }),
  };
}

/** The letter of the part a standard is placed in, or null where it is not placed. */
export function partOf(tax: Taxonomy, s: Standard): string | null {
  const first = s.nodes[0];
  return first ? (tax.node(tax.node(first).path[0]!).code ?? null) : null;
}

const copy = (b: Bilingual): Bilingual => ({ zh: b.zh, en: b.en });

type WeighedClaim = { date: string; basis?: Bilingual | undefined; sources: string[]; confidence: FactConfidence };

function claimJson(c: WeighedClaim) {
  return {
    date: c.date,
    basis: c.basis ? copy(c.basis) : null,
    sources: [...c.sources],
    confidence: c.confidence,
    confidence_label: copy(CONFIDENCE_LABEL[c.confidence]),
  };
}

/** A record field's claim: its value with what it rests on, its sources and how sure it is. */
function recordClaimJson<V>(c: { value: V; basis?: Bilingual | undefined; sources: string[]; confidence: FactConfidence }) {
  return {
    value: c.value,
    basis: c.basis ? copy(c.basis) : null,
    sources: [...c.sources],
    confidence: c.confidence,
    confidence_label: copy(CONFIDENCE_LABEL[c.confidence]),
  };
}

function replacementJson(r: Replacement) {
  return {
    standard: r.id,
    number: r.number,
    date: r.date ?? null,
    basis: r.basis ? copy(r.basis) : null,
    sources: [...r.sources],
    confidence: r.confidence,
    confidence_label: copy(CONFIDENCE_LABEL[r.confidence]),
  };
}

/** A date's claims, the main one first; none where the date is not known. */
function claimsOf(fact: (WeighedClaim & { otherClaims: WeighedClaim[] }) | undefined) {
  return fact ? [fact, ...fact.otherClaims].map(claimJson) : [];
}

/** The whole story: the issue and effective dates as events beside the others, oldest first, as the page and the timeline tell it. */
function storyOf(s: Standard) {
  const dated = DATE_EVENTS.flatMap((event) => {
    const fact = s.dates[event];
    return fact ? [{ ...fact, event, note: undefined, successor: undefined }] : [];
  });
  return [...dated, ...s.history].sort((a, b) => start(a.date).localeCompare(start(b.date)) || b.date.length - a.date.length);
}

/**
 * One standard's record, the same object in standards.json and in its own file. Made once per standard and address:
 * its pages, its own files and every export that lists it ask for it, about a dozen times a standard.
 */
export const standardRecordJson: (tax: Taxonomy, s: Standard, meta: ExportMeta) => StandardRecord = perStandard(makeRecordJson, exportMetaKey);

/** What an export made once per standard varies with besides the standard: the site's address and the build date. */
export function exportMetaKey(meta: ExportMeta): string {
  return `${meta.siteUrl}\u0000${meta.buildDate}`;
}

function makeRecordJson(tax: Taxonomy, s: Standard, meta: ExportMeta): StandardRecord {
  const u = absoluteUrls(meta.siteUrl);
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
    status_today_basis: s.statusBasis,
    status_today_basis_label: s.statusBasis ? copy(STATUS_BASIS_LABEL[s.statusBasis]) : null,
    status_today_as_of: meta.buildDate,
    status_in_v1: s.status,
    status_in_v1_label: copy(STATUS_LABEL[s.status]),
    membership_in_v1: s.membership,
    membership_in_v1_label: copy(MEMBERSHIP_LABEL[s.membership]),
    committee: s.committee ?? null,
    title_en_sources: s.titleEnSources ? [...s.titleEnSources] : null,
    issuers: s.issuers ? { names: s.issuers.names.map(copy), basis: copy(s.issuers.basis), confidence: s.issuers.confidence } : null,
    competent_department: s.competentDepartment ? recordClaimJson(s.competentDepartment) : null,
    ics: s.ics ? recordClaimJson(s.ics) : null,
    ccs: s.ccs ? recordClaimJson(s.ccs) : null,
    drafting_units: s.draftingUnits
      ? { ...recordClaimJson(s.draftingUnits), value: [...s.draftingUnits.value], complete: s.draftingUnits.complete, stage: s.draftingUnits.stage }
      : null,
    drafters: s.drafters ? { ...recordClaimJson(s.drafters), value: [...s.drafters.value], complete: s.drafters.complete, stage: s.drafters.stage } : null,
    replaces: s.replaces.map(replacementJson),
    replaced_by: s.replacedBy.map(replacementJson),
    published: s.dates.published?.date ?? null,
    effective: s.dates.effective?.date ?? null,
    published_claims: claimsOf(s.dates.published),
    effective_claims: claimsOf(s.dates.effective),
    dates_note: datesNote(s),
    checked: s.checked,
    official_record: s.officialRecord ? { url: s.officialRecord.url, sources: s.officialRecord.sources.map(source) } : null,
    official_record_note: officialRecordAbsenceBilingual(s),
    history: storyOf(s).map((h) => ({
      date: h.date,
      event: h.event,
      event_label: copy(EVENT_LABEL[h.event]),
      note: h.note ? copy(h.note) : null,
      sources: [...h.sources],
      successor: h.successor ?? null,
      basis: h.basis ? copy(h.basis) : null,
      confidence: h.confidence,
      confidence_label: copy(CONFIDENCE_LABEL[h.confidence]),
      other_claims: h.otherClaims.map(claimJson),
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
    url: u.href('zh', { page: 'standard', id: s.id }),
    url_en: u.href('en', { page: 'standard', id: s.id }),
    record: u.data(`standards/${s.id}.json`),
  };
}

export function standardsJson(tax: Taxonomy, meta: ExportMeta): StandardsFile {
  return { dataset: datasetBlock(meta), standards: tax.standards.map((s) => standardRecordJson(tax, s, meta)) };
}

/** standards.json as written, in pieces, a record at a time (pieces.ts): the text of `standardsJson`, indented by two. */
export function standardsJsonPieces(tax: Taxonomy, meta: ExportMeta): Iterable<string> {
  function* records() {
    for (const s of tax.standards) yield standardRecordJson(tax, s, meta);
  }
  return prettyJsonPieces({ dataset: datasetBlock(meta) } satisfies Omit<StandardsFile, 'standards'>, 'standards', records());
}

/** A single standard's record file: the dataset block and the record. */
export function standardRecordFile(tax: Taxonomy, s: Standard, meta: ExportMeta): RecordFile {
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
