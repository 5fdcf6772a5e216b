/**
 * Validation of content as the loaders hand it over: every entry against its
 * schema (src/lib/content/schema.ts) and every cross-reference between files. All
 * problems are collected and thrown at once as a ContentError, each naming the
 * file, the field, the value and what was expected.
 */
import type { z } from 'astro/zod';
import { hanShare, languageBlocks } from '../content/bilingual';
import { ContentError, type ContentIssue } from '../content/error';
import { isStrictlyBefore } from '../base/dates';
import { certaintyIssues, RECORD_CLAIM_FIELDS } from './certainty-checks';
import { historyIssues } from './history-checks';
import { checkLaterDocuments, withoutV1Claims } from './later';
import { internationalIssues, regulationIssues, regulationLinkIssues } from './regulation-checks';
import { sourceWeights } from './regulation-certainty';
import {
  documentSchema,
  laterDocumentSchema,
  nodeSchema,
  pageSchema,
  regulationSchema,
  riskSchema,
  sourceSchema,
  standardSchema,
  type DocumentData,
  type LaterDocumentData,
  type NodeData,
  type PageData,
  type RegulationData,
  type RiskData,
  type SourceData,
  type StandardData,
} from '../content/schema';
import { kindForPrefix, parseStandardNumber } from '../base/standard-number';
import { ENTRY_FOLDERS, type Collection } from '../content/layout';
import type { Located, RawContent, RawEntry } from './types';
import { DATE_EVENTS, EVENTS_AFTER_ISSUE, EVENTS_BEFORE_ISSUE, LOCALES } from '../base/vocabulary';

/** Entries that passed every check, still in file order. */
export interface ValidContent {
  nodes: (NodeData & Located)[];
  standards: (StandardData & Located)[];
  risks: (RiskData & Located)[];
  pages: (PageData & Located)[];
  sources: (SourceData & Located)[];
  document: DocumentData & Located;
  later: (LaterDocumentData & Located)[];
  regulations: (RegulationData & Located)[];
}

type Schema = z.ZodType;

function fileOf(collection: string, e: RawEntry): string {
  return e.filePath ?? `content/${collection}/${e.id}`;
}

/** Validate entries of one collection against their schema, collecting issues. */
function parseCollection<T>(
  collection: string,
  entries: RawEntry[],
  schema: Schema,
  issues: ContentIssue[],
  { requireBody, unreadable }: { requireBody: boolean; unreadable: boolean },
): (T & Located)[] {
  const out: (T & Located)[] = [];
  // A collection whose file failed to load has been reported once already.
  if (unreadable) return out;
  if (entries.length === 0) {
    issues.push({ file: `content/${collection}/`, field: '(collection)', value: undefined, expected: `at least one entry in the "${collection}" collection` });
    return out;
  }
  for (const e of entries) {
    if (e.unreadable) continue;
    const file = fileOf(collection, e);
    const result = schema.safeParse(e.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file, field: issue.path.join('.') || '(front matter)', value: valueAt(e.data, issue.path), expected: expectedFor(issue) });
      }
      continue;
    }
    if (requireBody && !e.bodyUnreadable) checkBody(file, e.body ?? '', issues);
    out.push({ ...(result.data as T), id: e.id, file });
  }
  return out;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function expectedFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return issue.message.startsWith('Invalid input') ? `a value of type ${issue.expected}` : issue.message;
    case 'unrecognized_keys':
      return `no unknown fields (found ${issue.keys.map((k) => JSON.stringify(k)).join(', ')})`;
    case 'too_small':
      return issue.message.startsWith('Too small') ? `at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'items' : ''}`.trim() : issue.message;
    default:
      return issue.message;
  }
}

function checkBody(file: string, body: string, issues: ContentIssue[]): void {
  const blocks = languageBlocks(body);
  for (const locale of LOCALES) {
    const tag = locale === 'zh' ? '<Zh>' : '<En>';
    const found = blocks[locale];
    if (found.length !== 1 || !found[0]) {
      issues.push({
        file,
        field: `body ${tag}`,
        value: found.length === 0 ? undefined : `${found.length} blocks`,
        expected: `exactly one non-empty ${tag}…${tag.replace('<', '</')} block`,
      });
      continue;
    }
    // A block written in the wrong language reads as a missing translation to its readers.
    const share = hanShare(found[0]);
    if (locale === 'zh' && share < 0.5) {
      issues.push({ file, field: `body ${tag}`, value: found[0].slice(0, 40), expected: 'Chinese prose in the <Zh> block' });
    }
    if (locale === 'en' && share > 0.05) {
      issues.push({ file, field: `body ${tag}`, value: found[0].slice(0, 40), expected: 'English prose in the <En> block' });
    }
  }
}

/** Stands for the ids of a collection that failed to load: every reference into it passes, as it cannot be checked. */
class AnyId extends Set<string> {
  override has(): boolean {
    return true;
  }
}

/** What validation needs beyond the content: the build date, after which no fact can have been checked. */
export interface ValidateOptions {
  today: string;
}

export function validateContent(raw: RawContent, { today }: ValidateOptions): ValidContent {
  const issues: ContentIssue[] = [...(raw.fileIssues ?? [])];
  const failed = raw.unreadable ?? {};
  const options = (c: Collection, requireBody: boolean) => ({ requireBody, unreadable: failed[c] !== undefined });
  const nodes = parseCollection<NodeData>('framework', raw.framework, nodeSchema, issues, options('framework', true));
  const standards = parseCollection<StandardData>('standards', raw.standards, standardSchema, issues, options('standards', true));
  const risks = parseCollection<RiskData>('risks', raw.risks, riskSchema, issues, options('risks', true));
  const pages = parseCollection<PageData>('pages', raw.pages, pageSchema, issues, options('pages', true));
  const sources = parseCollection<SourceData>('sources', raw.sources, sourceSchema, issues, options('sources', false));
  const documents = parseCollection<DocumentData>('document', raw.document, documentSchema, issues, options('document', false));
  // A later document's V1.0 fields are reported for what they are before the schema sees them.
  const laterRaw = raw.later.map((e) => (e.unreadable ? e : { ...e, data: withoutV1Claims(fileOf('later', e), e.data, issues) }));
  const later = laterRaw.length > 0 ? parseCollection<LaterDocumentData>('later', laterRaw, laterDocumentSchema, issues, options('later', true)) : [];
  // Like later documents, regulations are optional: a content set may hold none.
  const regulations =
    raw.regulations.length > 0 ? parseCollection<RegulationData>('regulations', raw.regulations, regulationSchema, issues, options('regulations', true)) : [];
  if (documents.length > 1) {
    issues.push({ file: documents[1]!.file, field: '(entry)', value: documents.map((d) => d.id), expected: 'exactly one document entry' });
  }

  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  // References are checked against every entry that exists, valid or not, so one
  // broken file is reported once rather than again by everything that points at it.
  // A collection that failed to load is reported once, with its one error, not again by every reference into it.
  const ids = (c: Collection) => (failed[c] === undefined ? new Set(raw[c].map((e) => e.id)) : new AnyId());
  const nodeIds = ids('framework');
  const standardIds = ids('standards');
  const riskIds = ids('risks');
  const sourceIds = ids('sources');
  for (const [c, file] of Object.entries(failed) as [Collection, string][]) {
    issues.push({
      file,
      value: undefined,
      problem: `references to the entries of this file (the "${c}" collection) could not be checked, because the file failed to load`,
      expected: 'the error reported for this file fixed; its references are checked on the next build',
    });
  }

  const ref = (file: string, field: string, id: string, known: Set<string>, what: string) => {
    if (!known.has(id)) issues.push({ file, field, value: id, expected: `the id of an existing ${what}` });
  };
  const refSources = (file: string, field: string, list: string[]) =>
    list.forEach((id, i) => ref(file, `${field}.${i}`, id, sourceIds, 'source in content/sources.yaml'));

  // The file check (content/files.ts) stops names that Astro would merge; this catches one id handed over twice by any loader.
  for (const name of ENTRY_FOLDERS) {
    const seen = new Map<string, string>();
    for (const e of raw[name]) {
      const file = fileOf(name, e);
      const prior = seen.get(e.id);
      if (prior) issues.push({ file, field: '(id)', value: e.id, expected: `an id not already used by ${prior}` });
      else seen.set(e.id, file);
    }
  }

  // Framework nodes: parents exist, parts have none, areas have one, codes are unique, no cycles.
  const codes = new Map<string, string>();
  for (const n of nodes) {
    if (n.level === 'part' && n.parent) {
      issues.push({ file: n.file, field: 'parent', value: n.parent, expected: 'no parent: a part sits at the top of the framework' });
    }
    if (n.level === 'area' && !n.parent) {
      issues.push({ file: n.file, field: 'parent', value: undefined, expected: 'the id of the part or area this area belongs to (only parts have no parent)' });
    }
    if (n.parent) ref(n.file, 'parent', n.parent, nodeIds, 'framework node in content/framework/');
    if (n.code) {
      const prior = codes.get(n.code);
      if (prior) issues.push({ file: n.file, field: 'code', value: n.code, expected: `a code not already used by ${prior}` });
      else codes.set(n.code, n.file);
    }
    refSources(n.file, 'sources', n.sources);
  }
  for (const n of nodes) {
    const seen = [n.id];
    let cur = n.parent ? nodeById.get(n.parent) : undefined;
    while (cur) {
      if (seen.includes(cur.id)) {
        issues.push({
          file: n.file,
          field: 'parent',
          value: n.parent,
          expected: `a parent chain that ends at a part (found the cycle ${[...seen, cur.id].join(' → ')})`,
        });
        break;
      }
      seen.push(cur.id);
      cur = cur.parent ? nodeById.get(cur.parent) : undefined;
    }
  }

  // Standards: numbers well-formed and unique, kind agrees with the number, references exist, history moves forward.
  const numbers = new Map<string, string>();
  for (const s of standards) {
    if (s.number) {
      const parsed = parseStandardNumber(s.number)!;
      const prior = numbers.get(parsed.canonical);
      if (prior) issues.push({ file: s.file, field: 'number', value: s.number, expected: `a number not already used by ${prior}` });
      else numbers.set(parsed.canonical, s.file);
      const implied = kindForPrefix(parsed.prefix);
      if (implied !== s.kind) issues.push({ file: s.file, field: 'kind', value: s.kind, expected: `"${implied}", as the number ${s.number} implies` });
    }
    s.nodes.forEach((id, i) => ref(s.file, `nodes.${i}`, id, nodeIds, 'framework node in content/framework/'));
    s.risks.forEach((id, i) => ref(s.file, `risks.${i}`, id, riskIds, 'risk in content/risks/'));
    s.related.forEach((r, i) => {
      ref(s.file, `related.${i}.standard`, r.standard, standardIds, 'standard in content/standards/');
      if (r.standard === s.id) issues.push({ file: s.file, field: `related.${i}.standard`, value: r.standard, expected: 'another standard than this one' });
    });
    refSources(s.file, 'sources', s.sources);
    if (s.titleEnSources) refSources(s.file, 'titleEnSources', s.titleEnSources);
    for (const key of RECORD_CLAIM_FIELDS) {
      const c = s[key];
      if (c) refSources(s.file, `${key}.sources`, c.sources);
    }
    s.replaces.forEach((r, i) => refSources(s.file, `replaces.${i}.sources`, r.sources));
    for (const type of DATE_EVENTS) {
      const fact = s.dates?.[type];
      if (!fact) continue;
      refSources(s.file, `dates.${type}.sources`, fact.sources);
      fact.otherClaims.forEach((c, j) => refSources(s.file, `dates.${type}.otherClaims.${j}.sources`, c.sources));
    }
    s.history.forEach((h, i) => {
      refSources(s.file, `history.${i}.sources`, h.sources);
      h.otherClaims.forEach((c, j) => refSources(s.file, `history.${i}.otherClaims.${j}.sources`, c.sources));
      const prev = s.history[i - 1];
      if (prev && isStrictlyBefore(h.date, prev.date)) {
        issues.push({
          file: s.file,
          field: `history.${i}.date`,
          value: h.date,
          expected: `a date on or after the previous event (${prev.date}): history is listed oldest first`,
        });
      }
    });
    const published = s.dates?.published?.date;
    if (published) eventOrderIssues(s, published, issues);
    const effective = s.dates?.effective?.date;
    if (published && effective && isStrictlyBefore(effective, published)) {
      issues.push({ file: s.file, field: 'dates.effective.date', value: effective, expected: `a date on or after dates.published (${published})` });
    }
    const firstPublished = s.history.find((h) => h.event === 'published');
    const firstEffective = s.history.find((h) => h.event === 'effective');
    if (firstPublished && firstEffective && isStrictlyBefore(firstEffective.date, firstPublished.date)) {
      issues.push({
        file: s.file,
        field: 'history',
        value: firstEffective.date,
        expected: `the "effective" event on or after the "published" event (${firstPublished.date})`,
      });
    }
  }

  for (const r of risks) {
    r.nodes.forEach((id, i) => ref(r.file, `nodes.${i}`, id, nodeIds, 'framework node in content/framework/'));
    refSources(r.file, 'sources', r.sources);
  }
  for (const d of documents) refSources(d.file, 'sources', d.sources);
  for (const d of documents) ref(d.file, 'countsReported.source', d.countsReported.source, sourceIds, 'source in content/sources.yaml');

  issues.push(...historyIssues(standards, { standardIds, sourceIds, today }));
  checkLaterDocuments(later, sourceIds, issues);
  issues.push(...certaintyIssues(standards, later, sources, today));
  const regulationContext = { regulationIds: ids('regulations'), sourceIds, weights: sourceWeights(sources) };
  issues.push(...regulationIssues(regulations, regulationContext));
  for (const s of standards) {
    issues.push(...regulationLinkIssues(s.file, s.regulations, regulationContext), ...internationalIssues(s.file, s.international, regulationContext));
  }
  for (const d of later) issues.push(...internationalIssues(d.file, d.international, regulationContext));
  if (issues.length > 0) throw new ContentError(issues);

  return { nodes, standards, risks, pages, sources, document: documents[0]!, later, regulations };
}

/** Events that must come before the issue date come on or before it; those that follow it, on or after (EVENTS_BEFORE_ISSUE). */
function eventOrderIssues(s: StandardData & Located, issued: string, issues: ContentIssue[]): void {
  s.history.forEach((h, i) => {
    if ((EVENTS_BEFORE_ISSUE as readonly string[]).includes(h.event) && isStrictlyBefore(issued, h.date)) {
      issues.push({
        file: s.file,
        field: `history.${i}.date`,
        value: h.date,
        expected: `a date on or before the issue date (dates.published, ${issued}): a standard is ${h.event} before it is issued, never after`,
      });
    }
    if ((EVENTS_AFTER_ISSUE as readonly string[]).includes(h.event) && isStrictlyBefore(h.date, issued)) {
      issues.push({
        file: s.file,
        field: `history.${i}.date`,
        value: h.date,
        expected: `a date on or after the issue date (dates.published, ${issued}): a standard is ${h.event} only once it is issued`,
      });
    }
  });
}
