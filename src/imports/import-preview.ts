import type { RefusalParams } from '../kernel/refusal-reasons';
import type { ForumDetails } from '../forums/forum.events';
import type { Priority } from '../recommendations/recommendation.events';
import type { ColumnKey } from './template-columns';

export interface RowProblem {
  field: ColumnKey | 'row';
  rule: string;
  /** In English; `rule` and `params` are for a translation. */
  message: string;
  params?: RefusalParams;
  /** For an organisation not registered: the registered names nearest to it. */
  suggestions?: string[];
}

/** A change an edited file makes to a recommendation imported before (same reference). */
export interface Correction {
  field: 'text' | 'themes' | 'targetRegions' | 'sdgTargets' | 'cedawAreas' | 'mechanisms' | 'priority';
  before: string | string[] | null;
  after: string | string[];
}

export type ForumAction = 'create' | 'recorded' | 'earlier-row';
export type RecommendationAction = 'create' | 'recorded' | 'correct';
export type AssignmentAction = 'create' | 'recorded' | 'none' | 'differs';

export interface RowPreview {
  row: number;
  reference: string;
  forum: { id: string; title: string; action: ForumAction };
  recommendation: { id: string; action: RecommendationAction };
  assignment: { action: AssignmentAction; responsible: string | null; dueDate: string | null };
  corrections: Correction[];
  problems: RowProblem[];
  /** What the import leaves as it is and why (an assignment that differs from the one recorded). */
  notes: string[];
}

export interface ImportSummary {
  rows: number;
  invalidRows: number;
  forumsToCreate: number;
  recommendationsToCreate: number;
  assignmentsToCreate: number;
  correctionsProposed: number;
}

/** What the preview answers: every row checked, and what a commit would create. */
export interface ImportPreview {
  valid: boolean;
  summary: ImportSummary;
  /** Each column's header in en, ru and tg, for naming a problem's field in the reader's language. */
  columns: { key: ColumnKey; en: string; ru: string; tg: string }[];
  rows: RowPreview[];
}

/** The commands a commit sends, each with the id the import derives from the row's reference. */
export interface ImportWork {
  forums: { row: number; commandId: string; details: ForumDetails; effectiveAt: string }[];
  proposals: {
    row: number;
    commandId: string;
    forumId: string;
    body: { text: string; themes: string[]; targetRegions: string[]; sdgTargets: string[]; cedawAreas: string[]; mechanisms: string[]; priority: Priority };
    effectiveAt: string;
  }[];
  assignments: {
    row: number;
    commandId: string;
    recommendationId: string;
    body: { responsibleOrganisationId: string; supportingOrganisationIds: string[]; dueDate: string };
    effectiveAt: string;
  }[];
  corrections: { row: number; reference: string; recommendationId: string; corrections: Correction[] }[];
}
