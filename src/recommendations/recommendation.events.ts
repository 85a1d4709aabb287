import { domainEvent } from '../event-sourcing/domain-event';

export const RECOMMENDATION_STATUSES = ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const PRIORITIES = ['low', 'medium', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const EVIDENCE_KINDS = ['link', 'document', 'file'] as const;

/** An uploaded file as the event records it: its content address (SHA-256) makes the evidence tamper-evident. */
export interface EvidenceFile {
  sha256: string;
  /** The file's name as uploaded. */
  name: string;
  /** The type found in its content (src/evidence-files), not the one it was sent with. */
  mediaType: string;
  size: number;
}

/**
 * A link (url), a document (reference such as "Order No. 12 of 1 May 2024", and maybe a url) or an uploaded
 * file. Events recorded before files and `public` existed have neither field.
 */
export interface Evidence {
  kind: (typeof EVIDENCE_KINDS)[number];
  title: string;
  url: string | null;
  reference: string | null;
  /** Shown on the public portal; false unless the one attaching it said so. */
  public?: boolean;
  /** For kind `file` only. */
  file?: EvidenceFile;
}

/** Evidence as a command claims it: a file named by its hash only, the decider records what was uploaded. */
export type EvidenceClaim = Omit<Evidence, 'file'> & { file?: { sha256: string } };

interface About {
  recommendationId: string;
}

export interface RecommendationProposedData extends About {
  forumId: string;
  text: string;
  themes: string[];
  targetRegions: string[];
  priority: Priority;
  /** ISO 3166-1 alpha-2: the country the action is asked of, when not the forum's own; left out in events before it was recorded. */
  targetCountry?: string | null;
  /** Who made the recommendation (a speaker, a panel), in free text. */
  madeBy?: string | null;
  /** Codes of the SDG targets, CEDAW areas and human-rights mechanisms it answers; left out in events before they were recorded. */
  sdgTargets?: string[];
  cedawAreas?: string[];
  mechanisms?: string[];
}
export interface RecommendationAssignedData extends About {
  responsibleOrganisationId: string;
  supportingOrganisationIds: string[];
  /** ISO date (YYYY-MM-DD). */
  dueDate: string;
}
export interface ResponsibleActionData extends About {
  /** The responsible organisation, at the time. */
  organisationId: string;
}
export interface RecommendationDeclinedData extends ResponsibleActionData {
  reason: string;
}
export interface RecommendationProgressReportedData extends About {
  note: string;
  evidence: Evidence[];
  percentComplete: number | null;
}
export interface RecommendationDueDateChangedData extends About {
  previousDueDate: string;
  dueDate: string;
  reason: string;
}
export interface RecommendationReassignedData extends About {
  previousOrganisationId: string;
  responsibleOrganisationId: string;
  /** The due date from now on: the new one if given, else the one that stood. */
  dueDate: string;
  reason: string;
}
export interface RecommendationImplementedData extends ResponsibleActionData {
  summary: string;
  evidence: Evidence[];
}
export interface ImplementationVerifiedData extends About {
  note: string | null;
  /** What the verification rests on; absent in events recorded before it could be given, and when none was. */
  evidence?: Evidence[];
}
export interface ReasonData extends About {
  reason: string;
}
export interface ImplementationDisputedData extends ReasonData {
  /** What the dispute rests on; absent in events recorded before it could be given, and when none was. */
  evidence?: Evidence[];
}
export interface RecommendationWithdrawnData extends ReasonData {
  previousStatus: RecommendationStatus;
}

/** A wrongly entered effective time of an earlier event of the stream, put right; the event itself is never changed. */
export interface RecommendationEffectiveDateCorrectedData extends About {
  /** The stream revision of the event whose effective time is corrected. */
  revision: number;
  eventType: string;
  previousEffectiveAt: string;
  effectiveAt: string;
  reason: string;
}

/**
 * What a content correction can put right: the proposal's words and tags, never its lifecycle. Tags are codes of
 * the vocabularies (src/vocabularies); events recorded before them hold free text in themes and targetRegions.
 */
export interface RecommendationContent {
  text: string;
  themes: string[];
  priority: Priority;
  targetRegions: string[];
  targetCountry: string | null;
  madeBy: string | null;
  sdgTargets: string[];
  cedawAreas: string[];
  mechanisms: string[];
}
export const CONTENT_FIELDS = ['text', 'themes', 'priority', 'targetRegions', 'targetCountry', 'madeBy', 'sdgTargets', 'cedawAreas', 'mechanisms'] as const;

/** The content fields tagged from a vocabulary, and which (the names are src/vocabularies' VOCABULARY_KINDS). */
export const TAG_FIELDS = { themes: 'themes', targetRegions: 'regions', sdgTargets: 'sdgTargets', cedawAreas: 'cedawAreas', mechanisms: 'mechanisms' } as const;
export type TagField = keyof typeof TAG_FIELDS;
export type TagVocabulary = (typeof TAG_FIELDS)[TagField];

/** A recommendation's text, themes, priority or targets entered wrongly, put right: only the fields that changed, with what they were. */
export interface RecommendationCorrectedData extends About {
  changed: Partial<RecommendationContent>;
  previous: Partial<RecommendationContent>;
  reason: string;
}

export class RecommendationProposed extends domainEvent('RecommendationProposed')<RecommendationProposedData> {}
export class RecommendationAssigned extends domainEvent('RecommendationAssigned')<RecommendationAssignedData> {}
export class RecommendationAccepted extends domainEvent('RecommendationAccepted')<ResponsibleActionData> {}
export class RecommendationDeclined extends domainEvent('RecommendationDeclined')<RecommendationDeclinedData> {}
export class RecommendationWorkStarted extends domainEvent('RecommendationWorkStarted')<ResponsibleActionData> {}
export class RecommendationProgressReported extends domainEvent('RecommendationProgressReported')<RecommendationProgressReportedData> {}
export class RecommendationDueDateChanged extends domainEvent('RecommendationDueDateChanged')<RecommendationDueDateChangedData> {}
export class RecommendationReassigned extends domainEvent('RecommendationReassigned')<RecommendationReassignedData> {}
export class RecommendationImplemented extends domainEvent('RecommendationImplemented')<RecommendationImplementedData> {}
export class ImplementationVerified extends domainEvent('RecommendationImplementationVerified')<ImplementationVerifiedData> {}
export class ImplementationDisputed extends domainEvent('RecommendationImplementationDisputed')<ImplementationDisputedData> {}
export class RecommendationWithdrawn extends domainEvent('RecommendationWithdrawn')<RecommendationWithdrawnData> {}
export class RecommendationEffectiveDateCorrected extends domainEvent('RecommendationEffectiveDateCorrected')<RecommendationEffectiveDateCorrectedData> {}
export class RecommendationCorrected extends domainEvent('RecommendationCorrected')<RecommendationCorrectedData> {}

export type RecommendationEvent =
  | RecommendationProposed
  | RecommendationAssigned
  | RecommendationAccepted
  | RecommendationDeclined
  | RecommendationWorkStarted
  | RecommendationProgressReported
  | RecommendationDueDateChanged
  | RecommendationReassigned
  | RecommendationImplemented
  | ImplementationVerified
  | ImplementationDisputed
  | RecommendationWithdrawn
  | RecommendationEffectiveDateCorrected
  | RecommendationCorrected;

export const RECOMMENDATION_EVENTS = [
  RecommendationProposed,
  RecommendationAssigned,
  RecommendationAccepted,
  RecommendationDeclined,
  RecommendationWorkStarted,
  RecommendationProgressReported,
  RecommendationDueDateChanged,
  RecommendationReassigned,
  RecommendationImplemented,
  ImplementationVerified,
  ImplementationDisputed,
  RecommendationWithdrawn,
  RecommendationEffectiveDateCorrected,
  RecommendationCorrected,
];
