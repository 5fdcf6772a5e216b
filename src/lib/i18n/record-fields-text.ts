/**
 * A standard's record fields (issuers, competent department, ICS, CCS,
 * drafting organisations, drafters, replaces / replaced by) as plain text in
 * one language, for the print edition and the Markdown twins: each value with
 * how sure it is where that is less than confirmed, whether a list is
 * incomplete or the draft's, and its sources; "not found in our sources" where
 * none gives it.
 */
import type { Replacement, Standard } from '../model/types';
import type { FactConfidence, Locale, RecordStage } from '../base/vocabulary';
import { factConfidenceTag } from './status-text';
import { separator, t, tf, type StringKey } from './ui';

interface Claimish {
  value: string | readonly string[];
  sources: readonly string[];
  confidence: FactConfidence;
  complete?: boolean;
  stage?: RecordStage;
}

function grounds(locale: Locale, c: { sources: readonly string[]; confidence: FactConfidence; complete?: boolean; stage?: RecordStage }): string {
  const notes = [
    c.complete === false ? t(locale, 'listIncomplete') : '',
    c.stage === 'draft' ? t(locale, 'draftStage') : '',
    factConfidenceTag(c.confidence, locale) ?? '',
    c.sources.join(separator(locale, 'items')),
  ].filter(Boolean);
  return notes.length ? tf(locale, 'parenthetical', { text: notes.join(separator(locale, 'clauses')) }) : '';
}

const claimText = (locale: Locale, c: Claimish | undefined) =>
  c ? `${typeof c.value === 'string' ? c.value : c.value.join(separator(locale, 'items'))}${grounds(locale, c)}` : t(locale, 'notFoundInSources');

const linksText = (locale: Locale, list: readonly Replacement[]) =>
  list.length === 0
    ? t(locale, 'notFoundInSources')
    : list.map((r) => `${r.number}${r.date ? ` ${r.date}` : ''}${grounds(locale, r)}`).join(separator(locale, 'clauses'));

/** Each record field as [its label's key, its text], in the record table's order. */
export function recordFieldsText(s: Standard, locale: Locale): [StringKey, string][] {
  const issuers = s.issuers
    ? `${s.issuers.names.map((n) => n[locale]).join(separator(locale, 'items'))}${tf(locale, 'parenthetical', {
        text: [factConfidenceTag(s.issuers.confidence, locale), s.issuers.basis[locale]].filter(Boolean).join(separator(locale, 'clauses')),
      })}`
    : t(locale, 'notFoundInSources');
  return [
    [
      'titleEn',
      s.titleEnSources
        ? `${t(locale, 'titleEnOwn')}${tf(locale, 'parenthetical', { text: s.titleEnSources.join(separator(locale, 'items')) })}`
        : t(locale, 'titleEnOurs'),
    ],
    ['issuers', issuers],
    ['competentDepartment', claimText(locale, s.competentDepartment)],
    ['ics', claimText(locale, s.ics)],
    ['ccs', claimText(locale, s.ccs)],
    ['draftingUnits', claimText(locale, s.draftingUnits)],
    ['drafters', claimText(locale, s.drafters)],
    ['replaces', linksText(locale, s.replaces)],
    ['replacedByRecord', linksText(locale, s.replacedBy)],
  ];
}
