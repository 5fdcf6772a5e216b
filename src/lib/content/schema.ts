/**
 * Every content field is defined here, once. `src/content.config.ts` points the
 * collections at the files; the taxonomy model validates entries against these
 * schemas so that a bad file fails the build with its path, the field, the value
 * and what was expected — the same message in the build and in the tests.
 */
import { z } from 'astro/zod';
import { isValidPartialDate } from '../model/dates';
import { isHttpsUrl } from './safe-url';
import { parseStandardNumber } from '../model/standard-number';
import { ID_PATTERN } from './layout';
import {
  CONFIDENCE,
  EVENTS,
  FACT_CONFIDENCE,
  KINDS,
  LATER_KINDS,
  MEMBERSHIP,
  NODE_LEVELS,
  RECORD_STAGES,
  RISK_GROUPS,
  STATUS_BASES,
  STATUSES,
} from '../model/vocabulary';

const SOURCE_ID_PATTERN = /^S-[A-Za-z0-9-]+$/;

/**
 * Text fields, by what they hold: a title or label fits on a line, a summary in
 * a short paragraph, a note in a few; longer prose belongs in the entry's body.
 * Whitespace alone is not a text.
 */
export const TEXT_LIMITS = { short: 200, summary: 500, note: 1500 } as const;
const TEXT_KIND_NAME: Record<keyof typeof TEXT_LIMITS, string> = { short: 'a title or other short text', summary: 'a summary', note: 'a note' };
const limitedText = (kind: keyof typeof TEXT_LIMITS) =>
  z
    .string()
    .trim()
    .min(1, { error: 'a non-empty text (whitespace alone is not a text)' })
    .max(TEXT_LIMITS[kind], {
      error: (issue) =>
        `${TEXT_KIND_NAME[kind]} of at most ${TEXT_LIMITS[kind]} characters (this one has ${String(issue.input).length}); longer prose belongs in the body`,
    });
const text = limitedText('short');
const summaryText = limitedText('summary');
const noteText = limitedText('note');
const bilingual = z.strictObject({ zh: text, en: text });
const bilingualSummary = z.strictObject({ zh: summaryText, en: summaryText });
const bilingualNote = z.strictObject({ zh: noteText, en: noteText });
const entryId = z.string().regex(ID_PATTERN, { error: 'an entry id: lower-case letters, digits and hyphens' });
const sourceId = z.string().regex(SOURCE_ID_PATTERN, { error: 'a source id such as S-sesec' });
const partialDate = z
  .string({ error: 'a date written as a quoted string "YYYY-MM-DD" (or "YYYY" / "YYYY-MM")' })
  .refine(isValidPartialDate, { error: 'a real date "YYYY-MM-DD" (or "YYYY" / "YYYY-MM")' });
const confidence = z.enum(CONFIDENCE);
const sources = z.array(sourceId).min(1, { error: 'at least one source id' });
/** An absolute https address: http is not private, and other schemes (javascript:, data:) can run code. */
const httpsUrl = z
  .string()
  .max(2000, { error: 'an address of at most 2000 characters' })
  .refine(isHttpsUrl, { error: 'an absolute https URL without spaces (http:, javascript: and data: addresses are not accepted)' });
/** Words a reader might search with that the titles do not contain: synonyms, older names, abbreviations. */
const keywords = z.strictObject({ zh: z.array(text).default([]), en: z.array(text).default([]) }).default({ zh: [], en: [] });

const standardNumber = z.string().superRefine((value, ctx) => {
  const parsed = parseStandardNumber(value);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: 'a standard number such as "GB/T 45654-2025", "GB 45438-2025", "TC260-003" or "TC260-PG-20233A"' });
  } else if (parsed.canonical !== value) {
    ctx.addIssue({ code: 'custom', message: `the canonical spelling "${parsed.canonical}"` });
  }
});

export const nodeSchema = z.strictObject({
  /** Official letter code of a part; sub-areas have none known, so they carry only their id. */
  code: z
    .string()
    .regex(/^[A-Z]$/, { error: 'a single capital letter (A–E)' })
    .optional(),
  level: z.enum(NODE_LEVELS),
  parent: entryId.optional(),
  order: z.number().int().positive(),
  title: bilingual,
  summary: bilingualSummary,
  confidence: z.strictObject({ existence: confidence, summary: confidence }),
  sources,
  note: bilingualNote,
  keywords,
});

/**
 * One claim about when something happened: the date, what it rests on and its
 * sources. How sure it is follows from the sources (two or more independent
 * ones, or a primary one: confirmed; one: one source) unless `confidence`
 * says otherwise; that field may only say less than the sources would, never more.
 */
const claimFields = {
  date: partialDate,
  /** What the claim rests on: "the standard's cover", "the national platform's listing". Needed wherever sources differ. */
  basis: bilingualNote.optional(),
  sources,
  /** "inferred" marks our inference; "one-source" says that agreeing sources are not independent. */
  confidence: z.enum(FACT_CONFIDENCE).optional(),
};
const claim = z.strictObject(claimFields);
/** Claims that disagree with the main one, each with its basis and sources; the page shows the main one first. */
const otherClaims = z.array(claim).default([]);

/** A standard's issue or effective date: the main claim, and any claims that disagree with it. */
const datedFact = z.strictObject({ ...claimFields, otherClaims });

const historyEvent = z.strictObject({
  ...claimFields,
  event: z.enum(EVENTS),
  note: bilingualNote,
  /**
   * On a "superseded" event, what replaced it: the id of a standard in
   * content/standards/ ("gb-t-45654-2025"), or, where the successor is not in
   * content, its number as issued ("GB/T 45654-2025"). Checked in history-checks.ts.
   */
  successor: z.string().trim().min(1).optional(),
  otherClaims,
});

/**
 * One claim about a field of a standard's record (its ICS code, its drafting
 * organisations): the value, what it rests on and its sources. How sure it is
 * follows from the sources, as for a date's claim; `confidence` may only say less.
 */
const recordClaimFields = {
  /** What the claim rests on: "the standard's cover", "the national platform's listing as copied by …". */
  basis: bilingualNote.optional(),
  sources,
  confidence: z.enum(FACT_CONFIDENCE).optional(),
};
const textClaim = z.strictObject({ value: text, ...recordClaimFields });
/** A classification code as printed: a source that gives only the class's name gives no code, and none is recorded. */
const codeClaim = (pattern: RegExp, example: string) =>
  z.strictObject({
    value: z.string().regex(pattern, { error: `a code as printed, such as "${example}" (a class's name alone is not a code: leave the field out)` }),
    ...recordClaimFields,
  });
/** A list as a source gives it: whether the source gives it whole, and whether it is the published standard's or its draft's. */
const listClaim = z.strictObject({
  value: z.array(text).min(1, { error: 'at least one name' }),
  /** False where the source's list is cut off or ends in "等" (and others): the pages say the list is incomplete. */
  complete: z.boolean(),
  /** "draft" where the list comes from a draft's drafting explanation, not the published standard: the final list may differ. */
  stage: z.enum(RECORD_STAGES).default('published'),
  ...recordClaimFields,
});
/** A standard this one replaces: the id of a standard in content, or the number of one that is not. */
const replacesClaim = z.strictObject({ standard: z.string().trim().min(1), ...recordClaimFields });

export const standardSchema = z.strictObject({
  number: standardNumber.optional(),
  title: bilingual,
  kind: z.enum(KINDS),
  /** Status as of V1.0 (January 2025); what happened later lives in `history`. */
  status: z.enum(STATUSES),
  /** Whether V1.0 lists it: its own table was not recovered, so mostly inferred. */
  membership: z.enum(MEMBERSHIP),
  committee: text.optional(),
  /**
   * The sources that give `title.en` as the standard's own English title (on its
   * cover or its official record); left out where `title.en` is this site's translation.
   */
  titleEnSources: sources.optional(),
  /** 主管部门: the department in charge of the standard, where a source gives it. */
  competentDepartment: textClaim.optional(),
  /** The ICS code printed on the cover (International Classification for Standards), where a source gives the code. */
  ics: codeClaim(/^\d{2}\.\d{3}(\.\d{2})?$/, '35.030').optional(),
  /** The CCS code printed on the cover (China's Classification for Standards), where a source gives the code. */
  ccs: codeClaim(/^[A-Z]\d{2}$/, 'L80').optional(),
  /** 起草单位: the drafting organisations, in the order the source gives them. */
  draftingUnits: listClaim.optional(),
  /** 起草人: the drafters, in the order the source gives them. */
  drafters: listClaim.optional(),
  /**
   * Standards this one replaces (代替). The other direction, "replaced by", is
   * worked out from these and from `superseded` events, so each link is given once.
   */
  replaces: z.array(replacesClaim).default([]),
  /** Issue and effective dates, each with its sources; the only place these two events are given for a standard. */
  dates: z.strictObject({ published: datedFact.optional(), effective: datedFact.optional() }).optional(),
  /** Every other dated event, oldest first (drafts, announcements, supersession, withdrawal…). */
  history: z.array(historyEvent).default([]),
  nodes: z.array(entryId),
  risks: z.array(entryId),
  related: z.array(z.strictObject({ standard: entryId, note: bilingualNote })).default([]),
  sources,
  /**
   * How sure each facet is. `dates` is worked out from the claims in `dates`
   * (certainty.ts) and is left out where there are any: given by hand, it may
   * only say less than those claims, never more or otherwise.
   */
  confidence: z.strictObject({ identity: confidence, dates: confidence.optional(), placement: confidence, risks: confidence }),
  note: bilingualNote,
  keywords,
  /** The date this entry's facts were last verified against its sources. */
  checked: partialDate,
  /** The standard's page on an official platform, where a source gives its URL. */
  officialRecord: z.strictObject({ url: httpsUrl, sources }).optional(),
  /**
   * What the status today rests on, where content knows it rests on less than
   * its dated facts show (worked out from them otherwise): it may say less than
   * the facts, never more.
   */
  statusBasis: z.enum(STATUS_BASES).optional(),
});

export const riskSchema = z.strictObject({
  group: z.enum(RISK_GROUPS),
  order: z.number().int().positive(),
  title: bilingual,
  subtypes: z.array(z.strictObject({ zh: text, en: text, confidence })).min(1),
  /** Framework nodes this risk is linked to (inferred: Annex I was not recovered). */
  nodes: z.array(entryId),
  sources,
  keywords,
});

export const pageSchema = z.strictObject({ title: bilingual, summary: bilingualSummary });

export const sourceSchema = z
  .strictObject({
    title: text,
    url: httpsUrl.optional(),
    /**
     * For a source served only over plain http, its address instead of `url`:
     * shown as text and never linked, so readers can find it without the site
     * sending them over an unprotected connection.
     */
    httpOnlyAddress: z
      .string()
      .regex(/^http:\/\/[^\s]+$/, { error: 'an absolute http:// address without spaces (a source reachable over https takes "url" instead)' })
      .optional(),
    kind: text,
    /** The issuer's own publication or an official platform's record, read: one such source confirms a fact alone. */
    primary: z.boolean().default(false),
    note: noteText.optional(),
  })
  .superRefine((source, ctx) => {
    if (source.url === undefined && source.httpOnlyAddress === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'an https:// URL (or, for a source served only over plain http, its address in "httpOnlyAddress")',
      });
    } else if (source.url !== undefined && source.httpOnlyAddress !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['httpOnlyAddress'], message: 'no httpOnlyAddress when the source has an https url' });
    }
  });

const count = z.number().int().nonnegative();
export const documentSchema = z.strictObject({
  dataset: z.strictObject({ version: text, researchedOn: partialDate }),
  title: z.strictObject({ zh: text, zhShort: text, en: text }),
  issuer: bilingual,
  notice: z.strictObject({
    number: text,
    numberNote: bilingualNote,
    date: partialDate,
    commentDeadline: partialDate,
    uploadDate: partialDate,
    attachments: z.array(bilingual).min(1),
    repost: z.strictObject({ by: text, date: partialDate }),
  }),
  countsReported: z.strictObject({
    published: z.partialRecord(z.enum(KINDS), count),
    'in-development': z.partialRecord(z.enum(KINDS), count),
    source: sourceId,
  }),
  confidence: z.strictObject({
    metadata: bilingualNote,
    parts: bilingualNote,
    areas: bilingualNote,
    counts: bilingualNote,
    membership: bilingualNote,
    placement: bilingualNote,
    risks: bilingualNote,
  }),
  sources,
  links: z.array(z.strictObject({ label: bilingual, url: httpsUrl })),
});

/** A document published after V1.0: shown apart, never counted or placed as V1.0 content. */
export const laterDocumentSchema = z.strictObject({
  /** Its number as issued, where it has one (a range such as "TC260-TR-001 … TR-005" is allowed). */
  number: text.optional(),
  /** Its title; a Chinese title no source gives is left out, and the pages say it is unknown rather than make one up. */
  title: z.strictObject({ zh: text.optional(), en: text }),
  issuer: bilingual,
  kind: z.enum(LATER_KINDS),
  history: z.array(historyEvent).min(1, { error: 'at least one dated event' }),
  url: httpsUrl.optional(),
  /** How it relates to V1.0, in our words. */
  relation: bilingualNote,
  sources,
  confidence,
  note: bilingualNote,
  keywords,
  checked: partialDate,
});

export type NodeData = z.infer<typeof nodeSchema>;
export type StandardData = z.infer<typeof standardSchema>;
export type RiskData = z.infer<typeof riskSchema>;
export type PageData = z.infer<typeof pageSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type DocumentData = z.infer<typeof documentSchema>;
export type LaterDocumentData = z.infer<typeof laterDocumentSchema>;
export type HistoryEvent = z.infer<typeof historyEvent>;
export type Claim = z.infer<typeof claim>;
export type TextClaim = z.infer<typeof textClaim>;
export type ListClaim = z.infer<typeof listClaim>;
export type ReplacesClaim = z.infer<typeof replacesClaim>;
export type DatedFact = z.infer<typeof datedFact>;
