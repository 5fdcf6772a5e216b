/**
 * Every standard as BibLaTeX (its @standard type), as classic BibTeX (@misc,
 * for styles that know only BibTeX's own types) and as RIS (TY  - STAND), the
 * formats reference managers and LaTeX read. Built from the same records as the JSON.
 */
import { standardRecordJson, type ExportMeta } from './export';
import type { Standard, Taxonomy } from '../model/taxonomy';
import { todayStatusText } from '../i18n/status-text';
import type { StandardRecord } from './record';
import { authorsOf, citableIssueDate } from './cite-facts';

const SITE = 'AI Safety Standards System (V1.0) Reference';

/**
 * The note a reference manager keeps with the entry: status today with what it
 * rests on ("In force (one source)"), the draft's status, an issue date that
 * sources dispute, and the official record.
 */
export function recordNote(r: StandardRecord): string {
  const status = todayStatusText(r.status_today, 'en', r.status_today_basis);
  return [
    `Status on ${r.status_today_as_of}: ${status}.`,
    `In V1.0 (Jan 2025): ${r.status_in_v1_label.en.toLowerCase()}.`,
    r.dates_note?.en ?? '',
    r.official_record ? `Official record: ${r.official_record.url}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Escape BibTeX's special characters; braces keep a title's case as written. */
export function bibEscape(value: string): string {
  return value.replace(/[\\{}%&$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/** The standards as BibTeX: all of them, or the one of a standard's own file. */
export function standardsBibtex(tax: Taxonomy, meta: ExportMeta, standards: readonly Standard[] = tax.standards): string {
  const entries = standards.map((s) => {
    const r = standardRecordJson(tax, s, meta);
    const by = authorsOf(r);
    const fields: [string, string | null | undefined][] = [
      ['title', `{${bibEscape(r.title.zh)}}`],
      ['titleaddon', bibEscape(r.title.en)],
      ['number', r.number && bibEscape(r.number)],
      ['type', bibEscape(r.kind_label.en)],
      ['author', by && bibNames(by.zh)],
      ['publisher', by && bibNames(by.zh)],
      ['organization', r.committee && bibEscape(r.committee)],
      ['date', citableIssueDate(r)],
      ['year', citableIssueDate(r)?.slice(0, 4)],
      ['language', 'chinese'],
      ['url', r.url],
      ['urldate', meta.buildDate],
      ['note', bibEscape(recordNote(r))],
      ['howpublished', bibEscape(`${SITE}, dataset version ${meta.datasetVersion}`)],
    ];
    const body = fields.filter((f): f is [string, string] => Boolean(f[1])).map(([k, v]) => `  ${k} = {${v}}`);
    return `@standard{${r.id},\n${body.join(',\n')}\n}`;
  });
  const what = standards === tax.standards ? 'every standard' : standards.map((s) => s.number ?? s.id).join(', ');
  return `% ${SITE}: ${what}, dataset version ${meta.datasetVersion}, built ${meta.buildDate}. Licence: CC BY 4.0.\n\n${entries.join('\n\n')}\n`;
}

/** Organisations as BibTeX names: each braced, so that no style splits or abbreviates it as a person's name. */
const bibNames = (names: readonly string[]) => names.map((n) => `{${bibEscape(n)}}`).join(' and ');

/** One entry as BibTeX text: its fields in order, empty ones left out. */
function bibEntry(type: string, key: string, fields: [string, string | null | undefined][]): string {
  const body = fields.filter((f): f is [string, string] => Boolean(f[1])).map(([k, v]) => `  ${k} = {${v}}`);
  return `@${type}{${key},\n${body.join(',\n')}\n}`;
}

/**
 * The standards as classic BibTeX, for the styles that know only BibTeX's own
 * entry types (plain, unsrt, alpha and most journal styles): @misc with
 * author, title, howpublished, year and note, in English where the style
 * writes English (the issuers' English names, the title with its English
 * translation in square brackets after it).
 */
export function standardsClassicBibtex(tax: Taxonomy, meta: ExportMeta, standards: readonly Standard[] = tax.standards): string {
  const entries = standards.map((s) => {
    const r = standardRecordJson(tax, s, meta);
    const by = authorsOf(r);
    const year = citableIssueDate(r)?.slice(0, 4);
    const titleEn = `${r.title.en}${r.title_en_sources ? '' : ' (our translation)'}`;
    return bibEntry('misc', r.id, [
      ['author', by && bibNames(by.en)],
      ['title', `{${bibEscape(r.title.zh)} [${bibEscape(titleEn)}]}`],
      ['howpublished', bibEscape([r.kind_label.en, r.number].filter(Boolean).join(' '))],
      ['year', year],
      ['note', bibEscape(`${recordNote(r)} Entry: ${r.url}`)],
    ]);
  });
  const what = standards === tax.standards ? 'every standard' : standards.map((s) => s.number ?? s.id).join(', ');
  return `% ${SITE}: ${what} as classic BibTeX (misc entries), dataset version ${meta.datasetVersion}, built ${meta.buildDate}. Licence: CC BY 4.0.\n\n${entries.join('\n\n')}\n`;
}

/** RIS lines are "TAG  - value"; values are single lines. */
const ris = (tag: string, value: string | null | undefined) => (value ? [`${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`] : []);

/** The standards as RIS: all of them, or the one of a standard's own file. */
export function standardsRis(tax: Taxonomy, meta: ExportMeta, standards: readonly Standard[] = tax.standards): string {
  const entries = standards.map((s) => {
    const r = standardRecordJson(tax, s, meta);
    return [
      'TY  - STAND',
      ...ris('ID', r.id),
      ...ris('TI', r.title.zh),
      ...ris('TT', r.title.en),
      ...ris('SN', r.number),
      ...ris('M3', r.kind_label.en),
      ...(authorsOf(r)?.zh ?? []).flatMap((name) => ris('AU', name)),
      ...ris('PB', authorsOf(r)?.zh.join('、')),
      ...ris('PY', citableIssueDate(r)?.slice(0, 4)),
      ...ris('DA', citableIssueDate(r)?.replaceAll('-', '/')),
      ...ris('LA', 'zh'),
      ...ris('UR', r.url),
      ...ris('Y2', meta.buildDate.replaceAll('-', '/')),
      ...ris('N1', recordNote(r)),
      ...ris('DB', `${SITE}, dataset version ${meta.datasetVersion}`),
      'ER  - ',
    ].join('\r\n');
  });
  return `${entries.join('\r\n\r\n')}\r\n`;
}
