import { LogoOwner, LogoReference } from '../../reporting-framework/reporting-framework.events';
import { ReportingFrameworkState } from '../../reporting-framework/reporting-framework.decider';
import type { ReportTerms } from './report-terms';

/**
 * One transition of a recommendation as the tracker read model recorded it. Loaded for a donor report's period, a row
 * that took effect before the period has `from` null, no actor and no evidence (they show only for the period's transitions).
 */
export interface HistoryRow {
  /** The position of the event (of the corrected event, for a row that corrects its effective time). */
  position: bigint;
  /** The event's revision in its stream: the order recorded, kept by a row that corrects an effective time. */
  revision: number;
  /** When a correction of its effective time was recorded; null while it stands. */
  supersededAt: string | null;
  type: string;
  from: string;
  to: string;
  responsibleId: string | null;
  dueDate: string | null;
  effectiveAt: string;
  recordedAt: string;
  actor: { accountId: string | null; organisationId: string | null; role: string | null };
  note: string | null;
  evidence: EvidenceItem[];
  percentComplete: number | null;
}

export interface EvidenceItem {
  kind: string;
  title: string;
  url: string | null;
  reference: string | null;
  /** Absent in evidence recorded before it could be said. */
  public?: boolean;
  /** An uploaded file (kind `file`): its SHA-256 lets a reader check that the file they hold is the one recorded. */
  file?: { sha256: string; name: string; mediaType: string; size: number };
}

/** A corrected text, themes, priority or targets (event RecommendationCorrected): the fields as the API names them. */
export interface ContentCorrection {
  position: bigint;
  recordedAt: string;
  /** The status it had when corrected (a correction changes no status). */
  status: string;
  actor: { accountId: string | null; organisationId: string | null; role: string | null };
  reason: string;
  changed: Record<string, unknown>;
  previous: Record<string, unknown>;
}

export interface RecommendationRecord {
  id: string;
  forumId: string;
  /** Text, priority, themes, regions, targetCountry and madeBy as corrected by the data position (see contentKnownAt for a report's asOf). */
  text: string;
  priority: string | null;
  themes: string[];
  regions: string[];
  targetCountry: string | null;
  madeBy: string | null;
  /** In the order recorded (by position). */
  history: HistoryRow[];
  /** Corrections of the content made by the data position, in the order recorded. */
  corrections: ContentCorrection[];
}

export interface ForumRecord {
  id: string;
  title: string;
  kind: string;
  startDate: string;
  endDate: string | null;
  country: string | null;
  region: string | null;
  programme: string | null;
  participants: number | null;
  funders: string[];
  /** 'month': the dates are the first and last day of their months, shown as months (docs/figures.md). */
  datePrecision: 'day' | 'month';
  countriesVisited: string[];
}

export interface OrganisationRecord {
  name: string;
  kind: string | null;
}

/** Everything a report is computed from, read from the tracker read model at one position. */
export interface ReportSource {
  /** The data position, `commit/prepare`; null for an empty store. */
  position: string | null;
  organisations: Map<string, OrganisationRecord>;
  forums: ForumRecord[];
  recommendations: RecommendationRecord[];
  framework: ReportingFrameworkState | null;
  /** The framework's logos that this instance holds (by owner), read from DATA_DIR; never part of a report's data. */
  logoImages?: Partial<Record<LogoOwner, { mediaType: LogoReference['mediaType']; base64: string }>>;
  /** The vocabularies' terms, passed with the job (report-terms.ts); without them tags show as their codes and themes map by their words. */
  terms?: ReportTerms;
}

export interface ReportScope {
  donorId?: string;
  forumId?: string;
  organisationId?: string;
  recommendationId?: string;
}

/** Recommendations whose history has been read, of all in the report's scope. */
export type LoadProgress = (loaded: number, total: number) => void;
