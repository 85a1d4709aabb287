import { Evidence, Priority, RecommendationEvent, RecommendationStatus } from './recommendation.events';

export interface RecommendationState {
  /** `not_proposed` only before the first event: a stored recommendation always has a known status. */
  status: RecommendationStatus | 'not_proposed';
  forumId: string | null;
  text: string;
  themes: string[];
  targetRegions: string[];
  priority: Priority | null;
  responsibleOrganisationId: string | null;
  supportingOrganisationIds: string[];
  dueDate: string | null;
  /** The last percentage reported, if any. */
  percentComplete: number | null;
  progressReports: number;
  /** The claim of implementation standing now (cleared when disputed). */
  implementation: { summary: string; evidence: Evidence[] } | null;
}

export const initialState: RecommendationState = {
  status: 'not_proposed',
  forumId: null,
  text: '',
  themes: [],
  targetRegions: [],
  priority: null,
  responsibleOrganisationId: null,
  supportingOrganisationIds: [],
  dueDate: null,
  percentComplete: null,
  progressReports: 0,
  implementation: null,
};

const unassigned = { responsibleOrganisationId: null, supportingOrganisationIds: [], dueDate: null };

export function evolve(state: RecommendationState, event: RecommendationEvent): RecommendationState {
  switch (event.type) {
    case 'RecommendationProposed': {
      const { forumId, text, themes, targetRegions, priority } = event.data;
      return { ...state, status: 'proposed', forumId, text, themes, targetRegions, priority };
    }
    case 'RecommendationAssigned': {
      const { responsibleOrganisationId, supportingOrganisationIds, dueDate } = event.data;
      return { ...state, status: 'assigned', responsibleOrganisationId, supportingOrganisationIds, dueDate };
    }
    case 'RecommendationAccepted':
      return { ...state, status: 'accepted' };
    case 'RecommendationDeclined':
      return { ...state, ...unassigned, status: 'proposed' };
    case 'RecommendationWorkStarted':
      return { ...state, status: 'in_progress' };
    case 'RecommendationProgressReported':
      return {
        ...state,
        percentComplete: event.data.percentComplete ?? state.percentComplete,
        progressReports: state.progressReports + 1,
      };
    case 'RecommendationDueDateChanged':
      return { ...state, dueDate: event.data.dueDate };
    case 'RecommendationReassigned': {
      const { responsibleOrganisationId, dueDate } = event.data;
      const supportingOrganisationIds = state.supportingOrganisationIds.filter((id) => id !== responsibleOrganisationId);
      return { ...state, status: 'assigned', responsibleOrganisationId, supportingOrganisationIds, dueDate };
    }
    case 'RecommendationImplemented': {
      const { summary, evidence } = event.data;
      return { ...state, status: 'implemented', implementation: { summary, evidence } };
    }
    case 'RecommendationImplementationVerified':
      return { ...state, status: 'verified' };
    case 'RecommendationImplementationDisputed':
      return { ...state, status: 'in_progress', implementation: null };
    case 'RecommendationWithdrawn':
      return { ...state, status: 'withdrawn' };
  }
}
