/**
 * Every content field is defined here, once. `src/content.config.ts` points the
 * collections at the files; the taxonomy model validates entries against these
 * schemas so that a bad file fails the build with its path, the field, the value
 * and what was expected — the same message in the build and in the tests.
 *
 * Every field says what it means here, through zod's `.meta()` (a description,
 * and an example where the value has a shape); docs/fields.md is generated
 * from these (`npm run fields`), and a unit test fails when a field has no
 * description or the file is stale.
 */
import { z } from 'astro/zod';
import { isValidPartialDate } from '../base/dates';
import { isHttpsUrl } from './safe-url';
import { parseStandardNumber } from '../base/standard-number';
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
} from '../base/vocabulary';
import { ADOPTION_DEGREES, INTERNATIONAL_RELATIONS, ISSUERS, REGULATION_KINDS, REGULATION_RELATIONS } from '../base/vocabulary';

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
const confidence = z.enum(CONFIDENCE).meta({
  description: 'How sure the site is: confirmed (two independent sources, or a primary one), one-source, inferred (our reasoning), unverified or unknown.',
});
const sources = z
  .array(sourceId)
  .min(1, { error: 'at least one source id' })
  .meta({ description: 'The sources this rests on, by their ids in content/sources.yaml.', examples: [['S-xuxinfan', 'S-zp-comparative']] });
/** Node and risk ids, as a standard, a risk or a relation names them. */
const entryIds = (description: string, example: string[]) => z.array(entryId).meta({ description, examples: [example] });
/** An absolute https address: http is not private, and other schemes (javascript:, data:) can run code. */
const httpsUrl = z
  .string()
  .max(2000, { error: 'an address of at most 2000 characters' })
  .refine(isHttpsUrl, { error: 'an absolute https URL without spaces (http:, javascript: and data: addresses are not accepted)' })
  .meta({ description: 'An absolute https address.', examples: ['https://www.tc260.org.cn/'] });
/** Words a reader might search with that the titles do not contain: synonyms, older names, abbreviations. */
const keywords = z
  .strictObject({
    zh: z.array(text).default([]).meta({ description: 'Chinese search words.', examples: [['生成式人工智能', 'AIGC']] }),
    en: z.array(text).default([]).meta({ description: 'English search words.', examples: [['generative AI', 'GenAI']] }),
  })
  .default({ zh: [], en: [] })
  .meta({ description: 'Words a reader might search with that the titles do not contain: synonyms, older names, abbreviations.' });

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
    .optional()
    .meta({ description: 'The official letter of a part (A–E); a sub-area has none known and leaves it out.', examples: ['C'] }),
  level: z.enum(NODE_LEVELS).meta({ description: 'A part of the framework (the five lettered parts) or an area within a part.' }),
  parent: entryId.optional().meta({ description: 'The id of the part an area belongs to; a part has none.', examples: ['c'] }),
  order: z.number().int().positive().meta({ description: 'Its place among its siblings, from 1.', examples: [2] }),
  title: bilingual.meta({ description: 'Its name, in Chinese and English.', examples: [{ zh: '生成式人工智能安全', en: 'Generative AI security' }] }),
  summary: bilingualSummary.meta({ description: 'What it covers, in a few sentences, in both languages.' }),
  confidence: z
    .strictObject({
      existence: confidence.meta({ description: 'How sure it is that V1.0 has this part or area.' }),
      summary: confidence.meta({ description: 'How sure the summary of what it covers is.' }),
    })
    .meta({ description: 'How sure the site is of the node, by facet.' }),
  sources,
  note: bilingualNote.meta({ description: 'What a reader should know about how it was worked out, in both languages.' }),
  keywords,
});

/**
 * One claim about when something happened: the date, what it rests on and its
 * sources. How sure it is follows from the sources (two or more independent
 * ones, or a primary one: confirmed; one: one source) unless `confidence`
 * says otherwise; that field may only say less than the sources would, never more.
 */
const claimFields = {
  date: partialDate.meta({
    description: 'When it happened: a quoted "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only that much is known.',
    examples: ['2025-04-25', '2025-11'],
  }),
  basis: bilingualNote.optional().meta({
    description: 'What the claim rests on ("the standard\'s cover", "the national platform\'s listing"), in both languages. Needed wherever sources differ.',
  }),
  sources,
  confidence: z.enum(FACT_CONFIDENCE).optional().meta({
    description:
      'Only to say less than the sources would: "inferred" marks our inference, "one-source" says that agreeing sources are not independent. Left out, it follows from the sources.',
  }),
};
const claim = z.strictObject(claimFields);
/** Claims that disagree with the main one, each with its basis and sources; the page shows the main one first. */
const otherClaims = z
  .array(claim)
  .default([])
  .meta({ description: 'Claims that disagree with the main one, each with its basis and sources; the page shows the main one first.' });

/** A standard's issue or effective date: the main claim, and any claims that disagree with it. */
const datedFact = z.strictObject({ ...claimFields, otherClaims }).meta({
  description: 'The main claim (date, basis, sources, confidence), and any claims that disagree with it.',
  examples: [{ date: '2025-04-25', sources: ['S-xuxinfan', 'S-zp-comparative'] }],
});

const historyEvent = z.strictObject({
  ...claimFields,
  event: z.enum(EVENTS).meta({ description: 'What happened. The issue and effective dates go in `dates`, not here.' }),
  note: bilingualNote.meta({
    description: 'What happened, in a sentence, in both languages.',
    examples: [{ zh: '发布征求意见稿，意见截止2024年7月22日。', en: 'Draft released for comment; comments were due by 22 July 2024.' }],
  }),
  // Checked in history-checks.ts.
  successor: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({
      description:
        'On a "superseded" event, what replaced it: the id of a standard in content/standards/, or, where the successor is not in content, its number as issued.',
      examples: ['gb-t-45654-2025', 'GB/T 45654-2025'],
    }),
  otherClaims,
});

/**
 * One claim about a field of a standard's record (its ICS code, its drafting
 * organisations): the value, what it rests on and its sources. How sure it is
 * follows from the sources, as for a date's claim; `confidence` may only say less.
 */
const recordClaimFields = {
  basis: bilingualNote.optional().meta({
    description: 'What the claim rests on ("the standard\'s cover", "the national platform\'s listing as copied by …"), in both languages.',
  }),
  sources,
  confidence: z.enum(FACT_CONFIDENCE).optional().meta({
    description: 'Only to say less than the sources would: "inferred" marks our inference, "one-source" says that agreeing sources are not independent.',
  }),
};
const textClaim = z.strictObject({ value: text.meta({ description: 'The value, as the source gives it.' }), ...recordClaimFields });
/** A classification code as printed: a source that gives only the class's name gives no code, and none is recorded. */
const codeClaim = (pattern: RegExp, example: string) =>
  z.strictObject({
    value: z
      .string()
      .regex(pattern, { error: `a code as printed, such as "${example}" (a class's name alone is not a code: leave the field out)` })
      .meta({ description: 'The code as printed.', examples: [example] }),
    ...recordClaimFields,
  });
/** A list as a source gives it: whether the source gives it whole, and whether it is the published standard's or its draft's. */
const listClaim = z.strictObject({
  value: z
    .array(text)
    .min(1, { error: 'at least one name' })
    .meta({ description: 'The names, in the order the source gives them.' }),
  complete: z.boolean().meta({ description: 'False where the source\'s list is cut off or ends in "等" (and others): the pages say the list is incomplete.' }),
  stage: z.enum(RECORD_STAGES).default('published').meta({
    description: '"draft" where the list comes from a draft\'s drafting explanation, not the published standard: the final list may differ.',
  }),
  ...recordClaimFields,
});
/** A standard this one replaces: the id of a standard in content, or the number of one that is not. */
const replacesClaim = z.strictObject({
  standard: z
    .string()
    .trim()
    .min(1)
    .meta({ description: 'The id of a standard in content, or the number of one that is not.', examples: ['GB/T 20979-2007'] }),
  ...recordClaimFields,
});

/**
 * A standard's link to a regulation in content/regulations/: how they relate,
 * in our words, and what says so. Only an "inferred" link, the site's own
 * reading, may have no source (regulation-checks.ts holds the cross-file rules).
 */
const regulationLink = z.strictObject({
  regulation: entryId.meta({ description: 'The id of the regulation, a file in content/regulations/.', examples: ['ai-content-labeling-measures'] }),
  relation: z.enum(REGULATION_RELATIONS).meta({
    description:
      'How they relate: supports (the standard, its drafting explanation or an official explainer says so), referenced-by (the regulation names the standard), related-analysis (a named analysis links them), inferred (no source: the site\'s own reading).',
  }),
  note: bilingualNote.meta({ description: 'What the link is, in our own words, in both languages.' }),
  caveat: bilingualNote.optional().meta({ description: 'What a reader should keep in mind: what was not read, what the link does not show.' }),
  sources: z.array(sourceId).default([]).meta({ description: 'The sources that state the link; only an inferred link may have none.', examples: [['S-cac-labeling-explainer']] }),
  confidence: z.enum(FACT_CONFIDENCE).meta({ description: 'How sure the link is; it may not say more than its sources give.' }),
});
/** A sourced reference from a standard to an international standard or text; rows no source gives are not written. */
const internationalRef = z.strictObject({
  counterpart: text.meta({
    description: 'The international standard or text as its publisher names it.',
    examples: ['ISO/IEC 22989:2022', 'EU AI Act, Article 50'],
  }),
  relation: z.enum(INTERNATIONAL_RELATIONS).meta({ description: 'adopts (the standard adopts it), cites (the standard cites it), compared-in (a published analysis compares them).' }),
  degree: z.enum(ADOPTION_DEGREES).optional().meta({ description: 'On an "adopts" row, how closely: IDT, MOD or NEQ.' }),
  note: bilingualNote.meta({ description: 'What the reference is, in our own words, in both languages.' }),
  caveat: bilingualNote.optional().meta({ description: 'What a reader should keep in mind about the reference.' }),
  sources,
  confidence: z.enum(FACT_CONFIDENCE).meta({ description: 'How sure the reference is; it may not say more than its sources give.' }),
});

export const standardSchema = z.strictObject({
  number: standardNumber.optional().meta({
    description: 'The number in its canonical spelling (the file name is this in lower case with hyphens); left out while the standard has none.',
    examples: ['GB/T 45654-2025', 'TC260-003'],
  }),
  title: bilingual.meta({
    description: 'Its title, in Chinese and English.',
    examples: [{ zh: '网络安全技术 生成式人工智能服务安全基本要求', en: 'Cybersecurity technology — Basic security requirements for generative AI services' }],
  }),
  kind: z.enum(KINDS).meta({ description: 'What sort of document it is: a mandatory or recommended national standard, a technical document, a practice guide.' }),
  status: z.enum(STATUSES).meta({
    description: 'Its status in V1.0 (January 2025). What happened later goes in `history`; the site derives the status today from the dates.',
  }),
  membership: z.enum(MEMBERSHIP).meta({
    description: 'Whether V1.0 lists it: confirmed (a source says so), inferred, or candidate (no source says so). V1.0\'s own list was not recovered.',
  }),
  committee: text.optional().meta({ description: 'The technical committee responsible for it.', examples: ['TC260'] }),
  titleEnSources: sources.optional().meta({
    description: "The sources that give `title.en` as the standard's own English title (on its cover or its official record); left out where `title.en` is this site's translation.",
  }),
  competentDepartment: textClaim.optional().meta({
    description: '主管部门: the department in charge of the standard, where a source gives it, with the claim\'s basis and sources.',
  }),
  ics: codeClaim(/^\d{2}\.\d{3}(\.\d{2})?$/, '35.030')
    .optional()
    .meta({ description: 'The ICS code printed on the cover (International Classification for Standards), where a source gives the code.' }),
  ccs: codeClaim(/^[A-Z]\d{2}$/, 'L80')
    .optional()
    .meta({ description: "The CCS code printed on the cover (China's Classification for Standards), where a source gives the code." }),
  draftingUnits: listClaim.optional().meta({ description: '起草单位: the drafting organisations, in the order the source gives them.' }),
  drafters: listClaim.optional().meta({ description: '起草人: the drafters, in the order the source gives them.' }),
  replaces: z
    .array(replacesClaim)
    .default([])
    .meta({
      description:
        'Standards this one replaces (代替). The other direction, "replaced by", is worked out from these and from `superseded` events, so each link is given once.',
    }),
  dates: z
    .strictObject({
      published: datedFact.optional().meta({ description: 'When it was issued, with its sources.' }),
      effective: datedFact.optional().meta({ description: 'When it takes or took effect, with its sources.' }),
    })
    .optional()
    .meta({ description: 'The issue and effective dates, each with its sources: the only place these two events are given for a standard.' }),
  history: z
    .array(historyEvent)
    .default([])
    .meta({ description: 'Every other dated event, oldest first (drafts, announcements, supersession, withdrawal…), each with its sources.' }),
  nodes: entryIds('The framework areas (or parts) it is placed in, by id; the first decides its part on the timeline.', ['c-generative-ai-security']),
  risks: entryIds('The risk categories it addresses, by id.', ['application-cyberspace', 'inherent-data']),
  related: z
    .array(
      z.strictObject({
        standard: entryId.meta({ description: 'The id of the related standard.', examples: ['tc260-003'] }),
        note: bilingualNote.meta({ description: 'How the two relate, in both languages.' }),
      }),
    )
    .default([])
    .meta({ description: 'Other standards it relates to, each with a note on how.' }),
  sources,
  confidence: z
    .strictObject({
      identity: confidence.meta({ description: 'How sure its number and title are.' }),
      dates: confidence.optional().meta({
        description:
          'How sure its dates are: worked out from the claims in `dates` (certainty.ts) and left out where there are any; given by hand, it may only say less than those claims.',
      }),
      placement: confidence.meta({ description: 'How sure its place in the framework is.' }),
      risks: confidence.meta({ description: 'How sure the risks it is linked to are.' }),
    })
    .meta({ description: 'How sure the site is of the standard, by facet.' }),
  note: bilingualNote.meta({ description: 'What a reader should know about how sure the facts are and why, in both languages.' }),
  keywords,
  checked: partialDate.meta({ description: "The date this entry's facts were last verified against its sources.", examples: ['2026-11-26'] }),
  officialRecord: z
    .strictObject({ url: httpsUrl.meta({ description: 'The address of the official record.' }), sources })
    .optional()
    .meta({
      description: "The standard's page on an official platform, where a source gives its address.",
      examples: [{ url: 'https://std.samr.gov.cn/gb/search/gbDetailed?id=33D40F1160BF5D92E06397BE0A0A5B93', sources: ['S-xuxinfan'] }],
    }),
  statusBasis: z.enum(STATUS_BASES).optional().meta({
    description:
      'What the status today rests on, where content knows it rests on less than its dated facts show (worked out from them otherwise): it may say less than the facts, never more.',
  }),
  regulations: z.array(regulationLink).default([]).meta({
    description: 'The regulations it supports or is linked to, each with its relation, a note in our words and its sources.',
    examples: [
      {
        regulation: 'ai-content-labeling-measures',
        relation: 'supports',
        note: { zh: '本标准配合该办法实施。', en: 'The standard supports the Measures.' },
        sources: ['S-cac-labeling-explainer'],
        confidence: 'confirmed',
      },
    ],
  }),
  international: z.array(internationalRef).default([]).meta({
    description: 'Its sourced international references: adoption (with IDT, MOD or NEQ), citation, published comparison. Rows no source gives are not written.',
  }),
});

export const riskSchema = z.strictObject({
  group: z.enum(RISK_GROUPS).meta({ description: 'Inherent risks (of the technology itself) or application risks (of its use).' }),
  order: z.number().int().positive().meta({ description: 'Its place within its group, from 1.', examples: [1] }),
  title: bilingual.meta({ description: 'Its name, in Chinese and English.' }),
  subtypes: z
    .array(
      z.strictObject({
        zh: text.meta({ description: 'The subtype, in Chinese.' }),
        en: text.meta({ description: 'The subtype, in English.' }),
        confidence: confidence.meta({ description: 'How sure it is that the framework lists this subtype.' }),
      }),
    )
    .min(1)
    .meta({ description: 'The kinds of risk the category holds, as the framework lists them.' }),
  nodes: entryIds('Framework nodes this risk is linked to, by id (inferred: Annex I was not recovered).', ['c-generative-ai-security']),
  sources,
  keywords,
});

export const pageSchema = z.strictObject({
  title: bilingual.meta({ description: 'The page title, in Chinese and English.' }),
  summary: bilingualSummary.meta({ description: 'What the page says, in a sentence or two, in both languages: its description for search engines.' }),
});

export const sourceSchema = z
  .strictObject({
    title: text.meta({ description: 'The title of the source, as it gives it.' }),
    url: httpsUrl.optional().meta({ description: 'Its https address; a source served only over http gives `httpOnlyAddress` instead.' }),
    httpOnlyAddress: z
      .string()
      .regex(/^http:\/\/[^\s]+$/, { error: 'an absolute http:// address without spaces (a source reachable over https takes "url" instead)' })
      .optional()
      .meta({
        description:
          'For a source served only over plain http, its address instead of `url`: shown as text and never linked, so readers can find it without the site sending them over an unprotected connection.',
        examples: ['http://www.bzgfw.com/standard-page169049.html'],
      }),
    kind: text.meta({ description: 'What sort of source it is, in a few words.', examples: ['standards database', 'secondary (translation)'] }),
    primary: z.boolean().default(false).meta({
      description: "The issuer's own publication or an official platform's record, read: one such source confirms a fact alone.",
    }),
    note: noteText.optional().meta({ description: 'What a reader should know about the source.' }),
    copyOf: text.optional().meta({
      description: 'For a copy on a site that does not name itself as publisher: what it is a copy of. Cited as a copy, and never counted as the basis of a confirmed fact.',
    }),
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
/** How sure one facet of the whole is, said in both languages. */
const facetNote = (description: string) => bilingualNote.meta({ description });
export const documentSchema = z.strictObject({
  dataset: z
    .strictObject({
      version: text.meta({ description: 'The dataset version: the date of the research it rests on.', examples: ['2026-11-24'] }),
      researchedOn: partialDate.meta({ description: 'When the research was done.', examples: ['2026-11-24'] }),
    })
    .meta({ description: 'Which version of the research the site presents; every export names it.' }),
  title: z
    .strictObject({
      zh: text.meta({ description: 'The full Chinese title, as the notice gives it.', examples: ['人工智能安全标准体系（V1.0）（征求意见稿）'] }),
      zhShort: text.meta({ description: 'The Chinese title without "draft for comment", for headings.', examples: ['人工智能安全标准体系（V1.0）'] }),
      en: text.meta({ description: 'The title in English.', examples: ['AI Safety Standards System (V1.0) (Draft for Comment)'] }),
    })
    .meta({ description: "The document's title." }),
  issuer: bilingual.meta({ description: 'Who issued it, in both languages.' }),
  notice: z
    .strictObject({
      number: text.meta({ description: "The notice's number.", examples: ['网安秘字〔2025〕18号'] }),
      numberNote: bilingualNote.meta({ description: 'Where the number comes from and how sure it is, in both languages.' }),
      date: partialDate.meta({ description: 'The date of the notice.', examples: ['2025-01-26'] }),
      commentDeadline: partialDate.meta({ description: 'The last day for comments.', examples: ['2025-02-21'] }),
      uploadDate: partialDate.meta({ description: "The date the notice's PDF was uploaded.", examples: ['2025-01-24'] }),
      attachments: z.array(bilingual).min(1).meta({ description: 'The files attached to the notice, each named in both languages.' }),
      repost: z
        .strictObject({
          by: text.meta({ description: 'Who reposted it.', examples: ['中国信息安全'] }),
          date: partialDate.meta({ description: 'When.', examples: ['2025-01-27'] }),
        })
        .meta({ description: 'A repost of the notice that the site cites.' }),
    })
    .meta({ description: 'The notice that released the draft for comment.' }),
  countsReported: z
    .strictObject({
      published: z
        .partialRecord(z.enum(KINDS), count)
        .meta({ description: 'How many published standards the document reports, by kind.', examples: [{ 'recommended-national': 12, 'practice-guide': 3 }] }),
      'in-development': z
        .partialRecord(z.enum(KINDS), count)
        .meta({ description: 'How many standards in development the document reports, by kind.', examples: [{ 'mandatory-national': 1 }] }),
      source: sourceId.meta({ description: 'The source of these counts, by id.', examples: ['S-sesec'] }),
    })
    .meta({ description: 'The counts of standards the document itself reports, as a source gives them.' }),
  confidence: z
    .strictObject({
      metadata: facetNote("How sure the notice's facts (title, issuer, dates, number) are."),
      parts: facetNote("How sure the framework's five parts are."),
      areas: facetNote('How sure the areas within the parts are.'),
      counts: facetNote('How sure the reported counts are.'),
      membership: facetNote('How sure it is which standards V1.0 lists.'),
      placement: facetNote("How sure each standard's place in the framework is."),
      risks: facetNote('How sure the links between risks and standards are.'),
    })
    .meta({ description: 'How sure the site is of each facet of the document, said in words in both languages.' }),
  sources,
  links: z
    .array(
      z.strictObject({
        label: bilingual.meta({ description: 'What the link leads to, in both languages.' }),
        url: httpsUrl.meta({ description: 'Its https address.' }),
      }),
    )
    .meta({ description: 'Links to the notice and the pages about it.' }),
});

/** A document published after V1.0: shown apart, never counted or placed as V1.0 content. */
export const laterDocumentSchema = z.strictObject({
  number: text.optional().meta({
    description: 'Its number as issued, where it has one (a range is allowed).',
    examples: ['TC260-TR-001 … TR-005'],
  }),
  title: z
    .strictObject({
      zh: text.optional().meta({ description: 'Its Chinese title; left out where no source gives it, and the pages say it is unknown rather than make one up.' }),
      en: text.meta({ description: 'Its title in English.' }),
    })
    .meta({ description: 'Its title.' }),
  issuer: bilingual.meta({ description: 'Who issued it, in both languages.' }),
  kind: z.enum(LATER_KINDS).meta({ description: 'What sort of document it is.' }),
  history: z
    .array(historyEvent)
    .min(1, { error: 'at least one dated event' })
    .meta({ description: 'Its dated events, oldest first, each with its sources: at least one.' }),
  url: httpsUrl.optional().meta({ description: 'Its own page, where there is one.' }),
  relation: bilingualNote.meta({ description: 'How it relates to V1.0, in our words, in both languages.' }),
  sources,
  confidence: confidence.meta({ description: 'How sure the site is of its facts.' }),
  note: bilingualNote.meta({ description: 'What a reader should know about how sure the facts are and why, in both languages.' }),
  keywords,
  checked: partialDate.meta({ description: "The date this entry's facts were last verified against its sources.", examples: ['2026-11-26'] }),
  international: z.array(internationalRef).default([]).meta({
    description: 'Its sourced international references (a later document may cite international standards too).',
  }),
});

/**
 * A law, rule or policy document that standards support (content/regulations/).
 * Each fact is a claim with its sources; a fact no source gives is left out,
 * and its note says so, rather than filled in.
 */
export const regulationSchema = z.strictObject({
  title: bilingual.meta({ description: 'Its title, in Chinese and English.' }),
  kind: z.enum(REGULATION_KINDS).meta({ description: 'What sort of document it is.' }),
  issuers: z.array(z.enum(ISSUERS)).min(1).meta({ description: 'The bodies that issued it, by their short names.', examples: [['CAC', 'MIIT', 'MPS', 'NRTA']] }),
  identity: z
    .strictObject({ sources, confidence: z.enum(FACT_CONFIDENCE).optional().meta({ description: 'May only say less than the sources give.' }) })
    .meta({ description: 'What the titles, kind and issuers rest on.' }),
  number: z
    .strictObject({
      value: text.meta({ description: 'The document number as issued.', examples: ['国信办通字〔2025〕2号'] }),
      basis: bilingualNote.optional().meta({ description: 'What the number rests on.' }),
      sources,
      confidence: z.enum(FACT_CONFIDENCE).optional().meta({ description: 'May only say less than the sources give.' }),
    })
    .optional()
    .meta({ description: 'Its document number, a claim with its sources; left out where no source gives it.' }),
  numberNote: bilingualNote.optional().meta({ description: 'Why no number is given, or what is doubtful about one.' }),
  dates: z
    .strictObject({
      adopted: claim.optional().meta({ description: 'The date it was adopted, where a source gives it.' }),
      signed: claim.optional().meta({ description: 'The date it was signed, where a source gives it.' }),
      published: claim.optional().meta({ description: 'The date it was published.' }),
      effective: claim.optional().meta({ description: 'The date it took effect.' }),
    })
    .default({})
    .meta({ description: 'Its dates, each a claim with its sources; a date no source gives is left out.' }),
  datesNote: bilingualNote.optional().meta({ description: 'Why dates are missing, where no source gives them.' }),
  officialText: z
    .strictObject({
      url: httpsUrl,
      basis: bilingualNote.meta({ description: 'What the address rests on (for example, given by secondary sources and not read here).' }),
      sources,
    })
    .optional()
    .meta({ description: 'Where its official text is published, and what that address rests on.' }),
  officialTextNote: bilingualNote.optional().meta({ description: 'What a reader should know about the official text or its absence.' }),
  note: bilingualNote.meta({ description: 'What a reader should know about how sure these facts are.' }),
  keywords,
  checked: partialDate.meta({ description: "The date this entry's facts were last verified against its sources.", examples: ['2026-12-05'] }),
});

export type NodeData = z.infer<typeof nodeSchema>;
export type StandardData = z.infer<typeof standardSchema>;
export type RiskData = z.infer<typeof riskSchema>;
export type PageData = z.infer<typeof pageSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type DocumentData = z.infer<typeof documentSchema>;
export type LaterDocumentData = z.infer<typeof laterDocumentSchema>;
export type RegulationData = z.infer<typeof regulationSchema>;
export type RegulationLink = z.infer<typeof regulationLink>;
export type InternationalRef = z.infer<typeof internationalRef>;
export type HistoryEvent = z.infer<typeof historyEvent>;
export type Claim = z.infer<typeof claim>;
export type TextClaim = z.infer<typeof textClaim>;
export type ListClaim = z.infer<typeof listClaim>;
export type ReplacesClaim = z.infer<typeof replacesClaim>;
export type DatedFact = z.infer<typeof datedFact>;
