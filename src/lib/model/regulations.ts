/**
 * The regulations in the model: each fact weighed (copies not counted,
 * regulation-certainty.ts), with the standards linked to it gathered from the
 * standards' own `regulations` links, sourced links first.
 */
import type { Claim, RegulationData } from '../content/schema';
import { confidenceOfCitations, type SourceWeights } from './regulation-certainty';
import type { Located, Regulation, RegulationLinkOf, Standard } from './types';
import { REGULATION_DATES, REGULATION_RELATIONS, type FactConfidence, type RegulationDate } from '../base/vocabulary';

function weighed<T extends { sources: string[]; confidence?: FactConfidence | undefined }>(
  claim: T,
  weights: SourceWeights,
): T & { confidence: FactConfidence } {
  return { ...claim, confidence: claim.confidence ?? confidenceOfCitations(claim.sources, weights) };
}

/** Sourced relations before the site's own readings, then the standards in display order. */
function compareLinks(a: RegulationLinkOf, b: RegulationLinkOf, order: Map<string, number>): number {
  return REGULATION_RELATIONS.indexOf(a.relation) - REGULATION_RELATIONS.indexOf(b.relation) || order.get(a.standard)! - order.get(b.standard)!;
}

export function buildRegulations(regulations: readonly (RegulationData & Located)[], standards: readonly Standard[], weights: SourceWeights): Regulation[] {
  const order = new Map(standards.map((s, i) => [s.id, i]));
  const linksOf = Map.groupBy(
    standards.flatMap((s) => s.regulations.map((l): RegulationLinkOf => ({ ...l, standard: s.id }))),
    (l) => l.regulation,
  );
  return regulations
    .map((r): Regulation => {
      const dates: Partial<Record<RegulationDate, Claim & { confidence: FactConfidence }>> = {};
      for (const d of REGULATION_DATES) {
        const c = r.dates[d];
        if (c) dates[d] = weighed(c, weights);
      }
      const number = r.number ? weighed(r.number, weights) : undefined;
      const citedSources = [
        ...new Set([
          ...r.identity.sources,
          ...(r.number?.sources ?? []),
          ...Object.values(dates).flatMap((c) => c.sources),
          ...(r.officialText?.sources ?? []),
        ]),
      ];
      const { number: _number, officialText: _officialText, ...rest } = r;
      return {
        ...rest,
        identity: weighed(r.identity, weights),
        ...(number ? { number } : {}),
        ...(r.officialText ? { officialText: weighed(r.officialText, weights) } : {}),
        dates,
        links: (linksOf.get(r.id) ?? []).sort((a, b) => compareLinks(a, b, order)),
        citedSources,
      };
    })
    .sort(
      (a, b) =>
        b.links.filter((l) => l.relation !== 'inferred').length - a.links.filter((l) => l.relation !== 'inferred').length ||
        a.title.en.localeCompare(b.title.en),
    );
}
