/**
 * The shapes of the model, as types only. The model (taxonomy.ts), its
 * validation (validate.ts) and the walks the browser shares (walk.ts)
 * all import them from here, so no module imports another in a circle and
 * browser code pulls in no zod.
 */
import type {
  Claim,
  DatedFact,
  DocumentData,
  HistoryEvent,
  LaterDocumentData,
  ListClaim,
  NodeData,
  PageData,
  RegulationData,
  RegulationLink,
  RiskData,
  SourceData,
  StandardData,
  TextClaim,
} from '../content/schema';
import type { Issuers } from './issuers';
import type { TimelineEvent } from './events';
import type { SinceDraft } from './since-draft';
import type { Bilingual, Confidence, DateCertainty, FactConfidence, Locale, RegulationDate, StatusBasis, TodayStatus } from '../base/vocabulary';

// The raw shapes are content/'s (raw.ts); the model's modules name them from here too.
export type { RawContent, RawEntry } from '../content/raw';

/** Where an entry came from: its id and the file to fix when it is wrong. */
export interface Located {
  id: string;
  file: string;
}

export type FrameworkNode = NodeData &
  Located & {
    /** Ids of child nodes, in order. */
    children: string[];
    /** Ids of standards placed directly in this node, in display order. */
    standards: string[];
    /** Ids of every standard at or below this node, each once, in display order. */
    below: string[];
    /** Ids of the risks linked to this node or to a node below it, or to a standard at or below it, in order. */
    risks: string[];
    /** Ids from the part down to this node (inclusive). */
    path: string[];
    depth: number;
  };

/** A claim with how sure it is, worked out (certainty.ts). */
export type Weighed<T extends Pick<Claim, 'confidence' | 'sources'>> = Omit<T, 'confidence'> & { confidence: FactConfidence };
/** A date or an event as the model carries it: its main claim weighed, and every other claim weighed too. */
export type WeighedFact<T extends Claim & { otherClaims: Claim[] }> = Omit<Weighed<T>, 'otherClaims'> & { otherClaims: Weighed<Claim>[] };

/** A date or event as pages show it: its main claim and the claims that disagree, each with how sure it is. */
export type DateFact = WeighedFact<DatedFact>;
export type DatedEvent = WeighedFact<HistoryEvent>;

/** One link between a standard and the one it replaces or is replaced by, with what it rests on. */
export interface Replacement {
  /** The other standard's id where the site holds it (link to it), else null: show its number as text. */
  id: string | null;
  number: string;
  sources: string[];
  basis?: Bilingual;
  confidence: FactConfidence;
  /** The day it took place, where a `superseded` event dates it. */
  date?: string;
}

export type Standard = Omit<
  StandardData,
  'dates' | 'history' | 'statusBasis' | 'confidence' | 'competentDepartment' | 'ics' | 'ccs' | 'draftingUnits' | 'drafters' | 'replaces'
> &
  Located & {
    /** Who issued it (发布), by the rule in issuers.ts with that rule as its basis; null where the rule names nobody ("not found"). */
    issuers: Issuers | null;
    /** 主管部门, the department in charge, where a source gives it. */
    competentDepartment?: Weighed<TextClaim>;
    /** The ICS code as printed, where a source gives the code (a name alone is not recorded). */
    ics?: Weighed<TextClaim>;
    /** The CCS code as printed, where a source gives the code. */
    ccs?: Weighed<TextClaim>;
    /** 起草单位, as a source lists them; `complete: false` where its list is cut off, `stage: "draft"` where it is the draft's. */
    draftingUnits?: Weighed<ListClaim>;
    /** 起草人, as a source lists them; same flags as draftingUnits. */
    drafters?: Weighed<ListClaim>;
    /** The standards it replaces (代替), from its own `replaces` and from other standards' `superseded` events naming it. */
    replaces: Replacement[];
    /** What replaced it (被代替), from its `superseded` events and from other standards' `replaces` naming it. */
    replacedBy: Replacement[];
    /** How sure each facet is; `dates` is the least sure of the dates' main claims (or what content says, where less). */
    confidence: StandardData['confidence'] & { dates: Confidence };
    dates: { published?: DateFact; effective?: DateFact };
    /** How sure each date is, as the "how sure" grid says it: derived from the same claims the record shows. */
    dateCertainty: { published?: DateCertainty; effective?: DateCertainty };
    history: DatedEvent[];
    /** Its status on the build date, derived once from its dates and history (status-today.ts). */
    statusToday: TodayStatus;
    /** What that status rests on (certainty.ts); null for "unknown", which claims nothing. */
    statusBasis: StatusBasis | null;
    /** Every source the entry cites, for itself, its dates, its events and its official record, each once. */
    citedSources: string[];
  };
export type Risk = RiskData & Located & { standards: string[] };
export type Page = PageData & Located;
export type Source = SourceData & { id: string };
/** A document published after V1.0: kept apart, never counted, placed or mapped as V1.0. */
export type LaterDocument = Omit<LaterDocumentData, 'history' | 'title'> &
  Located & {
    history: DatedEvent[];
    /** Its title in each language; where no source gives one, the other language's stands in, and `titleUnknown` says so. */
    title: Bilingual;
    /** The languages in which no title is known. */
    titleUnknown: Locale[];
    /** Every source the entry cites, for itself and its events, each once. */
    citedSources: string[];
  };

/** A standard's link to a regulation, as the regulation's page lists it: the link and the standard it comes from. */
export type RegulationLinkOf = RegulationLink & { standard: string };
/** A regulation with each fact weighed and the standards linked to it, sourced links first. */
export type Regulation = Omit<RegulationData, 'identity' | 'number' | 'dates' | 'officialText'> &
  Located & {
    identity: { sources: string[]; confidence: FactConfidence };
    number?: NonNullable<RegulationData['number']> & { confidence: FactConfidence };
    dates: Partial<Record<RegulationDate, Weighed<Claim>>>;
    officialText?: NonNullable<RegulationData['officialText']> & { confidence: FactConfidence };
    links: RegulationLinkOf[];
    /** Every source the entry cites, each once. */
    citedSources: string[];
  };

export interface Taxonomy {
  /** The build date, "YYYY-MM-DD": the day every status today and every "scheduled" is reckoned from. */
  today: string;
  document: DocumentData;
  /** Parts in order. */
  parts: FrameworkNode[];
  /** Every node, depth-first in display order. */
  nodes: FrameworkNode[];
  standards: Standard[];
  risks: Risk[];
  pages: Page[];
  sources: Source[];
  /** Documents published after V1.0, newest first: never counted, placed or mapped as V1.0. */
  later: LaterDocument[];
  /** The regulations, those with the most sourced links first. */
  regulations: Regulation[];
  /** Every dated event, oldest first: the notice, each standard's history, the later documents' history. */
  events: TimelineEvent[];
  /** What moved on since the January 2025 draft: standards whose status changed, and the later documents. */
  sinceDraft: SinceDraft;
  /** The events of one entry (a standard, a later document, "v1"), oldest first. */
  eventsOf(id: string): readonly TimelineEvent[];
  node(id: string): FrameworkNode;
  standard(id: string): Standard;
  /** The standard with this id, or undefined: a successor, say, may be a standard the site does not hold. */
  findStandard(id: string): Standard | undefined;
  risk(id: string): Risk;
  source(id: string): Source;
  page(id: string): Page;
  laterDocument(id: string): LaterDocument;
  regulation(id: string): Regulation;
}
