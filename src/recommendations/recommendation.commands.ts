import { ForumFacts, OrganisationFacts } from '../forums/facts';
import { CommandTime } from '../kernel/command-time';
import {
  EvidenceClaim,
  EvidenceFile,
  ImplementationDisputedData,
  ImplementationVerifiedData,
  RecommendationContent,
  ReasonData,
  RecommendationProgressReportedData,
  RecommendationProposedData,
  TagField,
} from './recommendation.events';

/** What every command brings besides its data: the forum it belongs to and the clock. */
export interface RecommendationFacts {
  forum: ForumFacts;
  time: CommandTime;
  /** The uploaded files its evidence names, as far as they were uploaded (src/evidence-files). */
  files?: EvidenceFile[];
}

/** How the vocabularies know a code: offered for tagging, or kept for history only. A code they do not know is absent. */
export type TermStanding = 'current' | 'retired';

/** Propose and correct also bring how the vocabularies know each code they tag with. */
export interface TaggingFacts extends RecommendationFacts {
  tags: Partial<Record<TagField, Record<string, TermStanding>>>;
}

/** The command's evidence names files by hash only; the event records the uploaded file. */
type Claiming<D extends { evidence?: unknown }> = Omit<D, 'evidence'> & { evidence: EvidenceClaim[] };
/** Verification and dispute may name evidence (older callers did not). */
type MayClaim<D extends { evidence?: unknown }> = Omit<D, 'evidence'> & { evidence?: EvidenceClaim[] };

/** Assign and reassign also bring the facts about the organisations they name. */
export interface AssignmentFacts extends RecommendationFacts {
  organisations: OrganisationFacts[];
}

type About = { recommendationId: string };
type Plain<T extends string, D> = { type: T; data: D; facts: RecommendationFacts };

export interface AssignData extends About {
  responsibleOrganisationId: string;
  supportingOrganisationIds: string[];
  dueDate: string;
}
export interface ChangeDueDateData extends About {
  dueDate: string;
  reason: string;
}
export interface ReassignData extends About {
  responsibleOrganisationId: string;
  /** Null keeps the due date that stands. */
  dueDate: string | null;
  reason: string;
}
export interface MarkImplementedData extends About {
  summary: string;
  evidence: EvidenceClaim[];
}

export interface CorrectEffectiveDateData extends About {
  revision: number;
  effectiveAt: string;
  reason: string;
}

/** The content as it should read: the fields given (the others stay as they are). */
export interface CorrectRecommendationData extends About {
  content: Partial<RecommendationContent>;
  reason: string;
}

/** The event a correction is about and when its neighbours took effect, looked up in the stream's history. */
export interface CorrectionFacts extends RecommendationFacts {
  target: { revision: number; type: string; effectiveAt: string } | null;
  previous: { type: string; effectiveAt: string } | null;
  next: { type: string; effectiveAt: string } | null;
}

export type RecommendationCommand =
  | { type: 'ProposeRecommendation'; data: RecommendationProposedData; facts: TaggingFacts }
  | { type: 'AssignRecommendation'; data: AssignData; facts: AssignmentFacts }
  | Plain<'AcceptRecommendation', About>
  | Plain<'DeclineRecommendation', ReasonData>
  | Plain<'StartWorkOnRecommendation', About>
  | Plain<'ReportProgress', Claiming<RecommendationProgressReportedData>>
  | Plain<'ChangeDueDate', ChangeDueDateData>
  | { type: 'ReassignRecommendation'; data: ReassignData; facts: AssignmentFacts }
  | Plain<'MarkRecommendationImplemented', MarkImplementedData>
  | Plain<'VerifyImplementation', MayClaim<ImplementationVerifiedData>>
  | Plain<'DisputeImplementation', MayClaim<ImplementationDisputedData>>
  | Plain<'WithdrawRecommendation', ReasonData>
  | { type: 'CorrectEffectiveDate'; data: CorrectEffectiveDateData; facts: CorrectionFacts }
  | { type: 'CorrectRecommendation'; data: CorrectRecommendationData; facts: TaggingFacts };

export type RecommendationCommandType = RecommendationCommand['type'];
export type CommandOf<T extends RecommendationCommandType> = Extract<RecommendationCommand, { type: T }>;
