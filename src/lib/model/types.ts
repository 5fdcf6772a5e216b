/**
 * The shapes of the model, as types only. The model (taxonomy.ts), its
 * validation (validate.ts) and the walks the browser shares (walk.ts)
 * all import them from here, so no module imports another in a circle and
 * browser code pulls in no zod. The raw shapes a loader hands over are
 * content's (content/raw.ts), named here too for the model's readers.
 */
import type {
  Claim,
  DatedFact,
  DocumentData,
  HistoryEvent,
  LaterDocumentData,
  NodeData,
  PageData,
  RiskData,
  SourceData,
  StandardData,
} from '../content/schema';
import type { TimelineEvent } from './events';
import type { SinceDraft } from './since-draft';
import type { Bilingual, FactConfidence, Locale, StatusBasis, TodayStatus } from '../base/vocabulary';

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
export type Weighed<T extends Claim> = Omit<T, 'confidence'> & { confidence: FactConfidence };
/** A date or an event as the model carries it: its main claim weighed, and every other claim weighed too. */
export type WeighedFact<T extends Claim & { otherClaims: Claim[] }> = Omit<Weighed<T>, 'otherClaims'> & { otherClaims: Weighed<Claim>[] };

/** A date or event as pages show it: its main claim and the claims that disagree, each with how sure it is. */
export type DateFact = WeighedFact<DatedFact>;
export type DatedEvent = WeighedFact<HistoryEvent>;

export type Standard = Omit<StandardData, 'dates' | 'history' | 'statusBasis'> &
  Located & {
    dates: { published?: DateFact; effective?: DateFact };
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
}
