/**
 * Cross-file checks of the regulations and of the links standards (and later
 * documents) make to them and to international texts: every id and source
 * exists, every relation says what a source says, and no confidence says more
 * than the sources give (copies not counted; regulation-certainty.ts).
 */
import type { ContentIssue } from '../content/error';
import type { Claim, InternationalRef, RegulationData, RegulationLink } from '../content/schema';
import { confidenceOfCitations, isNoSurerThan, type SourceWeights } from './regulation-certainty';
import type { Located } from './types';
import { CONFIDENCE_LABEL, REGULATION_DATES, SOURCED_REGULATION_RELATIONS, type FactConfidence } from '../base/vocabulary';

export interface RegulationCheckContext {
  regulationIds: Set<string>;
  sourceIds: Set<string>;
  weights: SourceWeights;
}

function sourceIssues(file: string, field: string, list: readonly string[], ctx: RegulationCheckContext, issues: ContentIssue[]): void {
  list.forEach((id, i) => {
    if (!ctx.sourceIds.has(id)) issues.push({ file, field: `${field}.${i}`, value: id, expected: 'the id of an existing source in content/sources.yaml' });
  });
  const twice = list.find((id, i) => list.indexOf(id) !== i);
  if (twice !== undefined) issues.push({ file, field, value: twice, expected: 'each source once' });
}

function confidenceIssue(
  file: string,
  field: string,
  stated: FactConfidence,
  sources: readonly string[],
  ctx: RegulationCheckContext,
  issues: ContentIssue[],
): void {
  const fromSources = confidenceOfCitations(sources, ctx.weights);
  if (!isNoSurerThan(stated, fromSources)) {
    issues.push({
      file,
      field,
      value: stated,
      expected: `"${fromSources}" or less: its sources cannot make it ${CONFIDENCE_LABEL[stated].en.toLowerCase()} (that takes two or more sources that are not copies, or a primary one)`,
    });
  }
}

function claimIssues(
  file: string,
  field: string,
  claim: { sources: string[]; confidence?: FactConfidence | undefined },
  ctx: RegulationCheckContext,
  issues: ContentIssue[],
) {
  sourceIssues(file, `${field}.sources`, claim.sources, ctx, issues);
  if (claim.confidence) confidenceIssue(file, `${field}.confidence`, claim.confidence, claim.sources, ctx, issues);
}

export function regulationIssues(regulations: readonly (RegulationData & Located)[], ctx: RegulationCheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const r of regulations) {
    claimIssues(r.file, 'identity', r.identity, ctx, issues);
    if (r.number) claimIssues(r.file, 'number', r.number, ctx, issues);
    for (const d of REGULATION_DATES) {
      const c: Claim | undefined = r.dates[d];
      if (c) claimIssues(r.file, `dates.${d}`, c, ctx, issues);
    }
    if (r.officialText) sourceIssues(r.file, 'officialText.sources', r.officialText.sources, ctx, issues);
    if (REGULATION_DATES.every((d) => r.dates[d] === undefined) && r.datesNote === undefined) {
      issues.push({ file: r.file, field: 'datesNote', value: undefined, expected: 'a note saying why no date is given, where no source gives one' });
    }
    if (r.number === undefined && r.numberNote === undefined) {
      issues.push({ file: r.file, field: 'numberNote', value: undefined, expected: 'a note saying why no document number is given' });
    }
  }
  return issues;
}

const SOURCED: readonly string[] = SOURCED_REGULATION_RELATIONS;

/** A standard's `regulations` links: the regulation exists, a sourced relation cites its sources, the confidence fits. */
export function regulationLinkIssues(file: string, links: readonly RegulationLink[], ctx: RegulationCheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  links.forEach((l, i) => {
    const at = `regulations.${i}`;
    if (!ctx.regulationIds.has(l.regulation)) {
      issues.push({ file, field: `${at}.regulation`, value: l.regulation, expected: 'the id of an existing regulation in content/regulations/' });
    }
    if (seen.has(l.regulation)) issues.push({ file, field: `${at}.regulation`, value: l.regulation, expected: 'each regulation once per standard' });
    seen.add(l.regulation);
    sourceIssues(file, `${at}.sources`, l.sources, ctx, issues);
    if (SOURCED.includes(l.relation)) {
      if (l.sources.length === 0) {
        issues.push({
          file,
          field: `${at}.sources`,
          value: l.sources,
          expected: `at least one source id: a "${l.relation}" link says what a source says (only an "inferred" link, the site's own reading, may have none)`,
        });
      } else if (l.confidence === 'inferred') {
        issues.push({
          file,
          field: `${at}.confidence`,
          value: l.confidence,
          expected: `"confirmed" or "one-source" on a sourced "${l.relation}" link (an inference takes the relation "inferred")`,
        });
      } else confidenceIssue(file, `${at}.confidence`, l.confidence, l.sources, ctx, issues);
    } else if (l.confidence !== 'inferred') {
      issues.push({ file, field: `${at}.confidence`, value: l.confidence, expected: '"inferred": no source states an inferred link' });
    }
  });
  return issues;
}

/** International references: an adoption says how closely, nothing else does, and the confidence fits the sources. */
export function internationalIssues(file: string, refs: readonly InternationalRef[], ctx: RegulationCheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  refs.forEach((r, i) => {
    const at = `international.${i}`;
    sourceIssues(file, `${at}.sources`, r.sources, ctx, issues);
    if (r.relation === 'adopts' && r.degree === undefined) {
      issues.push({ file, field: `${at}.degree`, value: undefined, expected: 'one of "IDT", "MOD", "NEQ": how closely the standard adopts its counterpart' });
    }
    if (r.relation !== 'adopts' && r.degree !== undefined) {
      issues.push({ file, field: `${at}.degree`, value: r.degree, expected: `no degree: only an "adopts" row has one (this row "${r.relation}")` });
    }
    if (r.confidence === 'inferred')
      issues.push({ file, field: `${at}.confidence`, value: r.confidence, expected: '"confirmed" or "one-source": international rows are sourced only' });
    else confidenceIssue(file, `${at}.confidence`, r.confidence, r.sources, ctx, issues);
  });
  return issues;
}
