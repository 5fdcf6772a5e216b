/**
 * Checks that a standard's story holds together, beyond what each field's
 * schema can see: a history that contradicts itself, a supersession that does
 * not say what replaced it, a `checked` date in the future, an official record
 * off the official platforms. Today's status is derived from these facts, so a
 * contradiction here would show readers a wrong status; it fails the build instead.
 */
import type { ContentIssue } from '../content/error';
import { isStrictlyBefore, start } from '../base/dates';
import type { StandardData } from '../content/schema';
import { parseStandardNumber } from '../base/standard-number';
import { OFFICIAL_RECORD_HOSTS } from '../base/vocabulary';

export interface HistoryCheckContext {
  /** Ids of every standard file in content, valid or not. */
  standardIds: ReadonlySet<string>;
  /** Ids of every source in content/sources.yaml. */
  sourceIds: ReadonlySet<string>;
  /** The build date, "YYYY-MM-DD". */
  today: string;
}

type LocatedStandard = StandardData & { id: string; file: string };

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function historyIssues(standards: readonly LocatedStandard[], ctx: HistoryCheckContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // A successor written as a number must not be a standard we have a page for: link it by id instead.
  const idByNumber = new Map(standards.filter((s) => s.number).map((s) => [parseStandardNumber(s.number!)?.canonical ?? s.number!, s.id]));
  for (const s of standards) {
    successorIssues(s, ctx, idByNumber, issues);
    replacesIssues(s, standards, ctx, idByNumber, issues);
    withdrawalIssues(s, issues);
    issues.push(...checkedDateIssues(s.file, s.checked, ctx.today));
    officialRecordIssues(s, ctx, issues);
  }
  return issues;
}

function successorIssues(s: LocatedStandard, ctx: HistoryCheckContext, idByNumber: Map<string, string>, issues: ContentIssue[]): void {
  s.history.forEach((h, i) => {
    const field = `history.${i}.successor`;
    if (h.event !== 'superseded') {
      if (h.successor !== undefined)
        issues.push({ file: s.file, field, value: h.successor, expected: `no successor on a "${h.event}" event (only a "superseded" event names one)` });
      return;
    }
    if (h.successor === undefined) {
      issues.push({
        file: s.file,
        field,
        value: undefined,
        expected: 'what replaced it: the id of a standard in content/standards/, or the number of one that is not in content',
      });
      return;
    }
    const value = h.successor;
    if (value === s.id) {
      issues.push({ file: s.file, field, value, expected: 'another standard than this one' });
      return;
    }
    if (ID_PATTERN.test(value)) {
      if (!ctx.standardIds.has(value))
        issues.push({
          file: s.file,
          field,
          value,
          expected: 'the id of an existing standard in content/standards/ (or, for one not in content, its number such as "GB/T 45654-2025")',
        });
      return;
    }
    const parsed = parseStandardNumber(value);
    if (!parsed) {
      issues.push({ file: s.file, field, value, expected: 'the id of a standard in content/standards/, or a standard number such as "GB/T 45654-2025"' });
    } else if (parsed.canonical !== value) {
      issues.push({ file: s.file, field, value, expected: `the canonical spelling "${parsed.canonical}"` });
    } else if (idByNumber.has(parsed.canonical)) {
      issues.push({ file: s.file, field, value, expected: `the id "${idByNumber.get(parsed.canonical)}": that standard is in content, so link it by id` });
    }
  });
}

/**
 * What a standard replaces: an existing standard by id, or one not in content
 * by its number; and never a link that the other standard's `superseded` event
 * already gives (each link is written once; "replaced by" is worked out).
 */
function replacesIssues(
  s: LocatedStandard,
  standards: readonly LocatedStandard[],
  ctx: HistoryCheckContext,
  idByNumber: Map<string, string>,
  issues: ContentIssue[],
): void {
  (s.replaces ?? []).forEach((r, i) => {
    const field = `replaces.${i}.standard`;
    const value = r.standard;
    if (value === s.id) {
      issues.push({ file: s.file, field, value, expected: 'another standard than this one' });
    } else if (ID_PATTERN.test(value)) {
      if (!ctx.standardIds.has(value)) {
        issues.push({
          file: s.file,
          field,
          value,
          expected: 'the id of an existing standard in content/standards/ (or, for one not in content, its number such as "GB/T 20979-2007")',
        });
      } else if (standards.find((o) => o.id === value)?.history.some((h) => h.event === 'superseded' && h.successor === s.id)) {
        issues.push({
          file: s.file,
          field,
          value,
          expected: `no such entry: ${value}'s "superseded" event already names this standard as its successor, and a link is given once`,
        });
      }
    } else {
      const parsed = parseStandardNumber(value);
      if (!parsed)
        issues.push({ file: s.file, field, value, expected: 'the id of a standard in content/standards/, or a standard number such as "GB/T 20979-2007"' });
      else if (parsed.canonical !== value) issues.push({ file: s.file, field, value, expected: `the canonical spelling "${parsed.canonical}"` });
      else if (idByNumber.has(parsed.canonical))
        issues.push({ file: s.file, field, value, expected: `the id "${idByNumber.get(parsed.canonical)}": that standard is in content, so link it by id` });
    }
  });
}

function withdrawalIssues(s: LocatedStandard, issues: ContentIssue[]): void {
  const withdrawn = s.history.find((h) => h.event === 'withdrawn');
  if (!withdrawn) return;
  const after = (date: string | undefined) => date !== undefined && isStrictlyBefore(withdrawn.date, date);
  const expected = (what: string) =>
    `${what} on or before the "withdrawn" event (${withdrawn.date}): a withdrawn standard cannot take effect or be issued later`;
  const { published, effective } = s.dates ?? {};
  if (effective && after(effective.date))
    issues.push({ file: s.file, field: 'dates.effective.date', value: effective.date, expected: expected('an effective date') });
  if (published && after(published.date))
    issues.push({ file: s.file, field: 'dates.published.date', value: published.date, expected: expected('an issue date') });
}

/** A `checked` date must not be later than the build: facts cannot have been verified in the future. */
export function checkedDateIssues(file: string, checked: string, today: string): ContentIssue[] {
  return start(checked) > today ? [{ file, field: 'checked', value: checked, expected: `a date on or before the build date (${today})` }] : [];
}

function officialRecordIssues(s: LocatedStandard, ctx: HistoryCheckContext, issues: ContentIssue[]): void {
  const record = s.officialRecord;
  if (!record) return;
  let url: URL | undefined;
  try {
    url = new URL(record.url);
  } catch {
    url = undefined;
  }
  const hosts = OFFICIAL_RECORD_HOSTS.map((h) => `https://${h}/`).join(', ');
  if (!url || url.protocol !== 'https:') {
    issues.push({ file: s.file, field: 'officialRecord.url', value: record.url, expected: `an https URL on one of ${hosts}` });
  } else if (!(OFFICIAL_RECORD_HOSTS as readonly string[]).includes(url.hostname) || url.port !== '' || url.username !== '') {
    issues.push({ file: s.file, field: 'officialRecord.url', value: record.url, expected: `a page on one of the official platforms: ${hosts}` });
  }
  record.sources.forEach((id, i) => {
    if (!ctx.sourceIds.has(id))
      issues.push({ file: s.file, field: `officialRecord.sources.${i}`, value: id, expected: 'the id of an existing source in content/sources.yaml' });
  });
}
