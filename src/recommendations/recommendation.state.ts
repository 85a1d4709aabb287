import { Evidence, Priority, RecommendationEvent, RecommendationStatus } from './recommendation.events';

export interface RecommendationState {
  /** `not_proposed` only before the first event: a stored recommendation always has a known status. */
  status: RecommendationStatus | 'not_proposed';
  forumId: string | null;
  text: string;
  themes: string[];
  targetRegions: string[];
  priority: Priority | null;
  /** ISO 3166-1 alpha-2, when the action is asked of another country than the forum's. */
  targetCountry: string | null;
  /** Who made it: a speaker or a panel. */
  madeBy: string | null;
  /** Codes of the SDG targets, CEDAW areas and mechanisms (empty in recommendations proposed before they were recorded). */
  sdgTargets: string[];
  cedawAreas: string[];
  mechanisms: string[];
  responsibleOrganisationId: string | null;
  supportingOrganisationIds: string[];
  dueDate: string | null;
  /** The last percentage reported since the last dispute, if any (see percentCompleteOf for what is shown). */
  percentComplete: number | null;
  progressReports: number;
  /** The claim of implementation standing now (cleared when disputed), with the revision of its event. */
  implementation: { summary: string; evidence: Evidence[]; revision: number } | null;
  /** How many events the stream holds: the revision of the next one. */
  events: number;
  /** The last event that took effect (corrections do not), with its effective time as corrected. */
  lastEffective: { revision: number; type: string; effectiveAt: string } | null;
}

export const initialState: RecommendationState = {
  status: 'not_proposed',
  forumId: null,
  text: '',
  themes: [],
  targetRegions: [],
  priority: null,
  targetCountry: null,
  madeBy: null,
  sdgTargets: [],
  cedawAreas: [],
  mechanisms: [],
  responsibleOrganisationId: null,
  supportingOrganisationIds: [],
  dueDate: null,
  percentComplete: null,
  progressReports: 0,
  implementation: null,
  events: 0,
  lastEffective: null,
};

const unassigned = { responsibleOrganisationId: null, supportingOrganisationIds: [], dueDate: null };

/** Folds an event into the state, and keeps count of the stream's events and of when the last one took effect. */
export function evolve(state: RecommendationState, event: RecommendationEvent): RecommendationState {
  const next = { ...evolveLifecycle(state, event), events: state.events + 1 };
  if (event.type === 'RecommendationEffectiveDateCorrected' || event.type === 'RecommendationCorrected') return next;
  return { ...next, lastEffective: { revision: state.events, type: event.type, effectiveAt: event.effectiveAt ?? '' } };
}

function evolveLifecycle(state: RecommendationState, event: RecommendationEvent): RecommendationState {
  switch (event.type) {
    case 'RecommendationProposed': {
      const { forumId, text, themes, targetRegions, priority } = event.data;
      const targetCountry = event.data.targetCountry ?? null;
      const madeBy = event.data.madeBy ?? null;
      const tags = { sdgTargets: event.data.sdgTargets ?? [], cedawAreas: event.data.cedawAreas ?? [], mechanisms: event.data.mechanisms ?? [] };
      return { ...state, status: 'proposed', forumId, text, themes, targetRegions, priority, targetCountry, madeBy, ...tags };
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
      return { ...state, status: 'implemented', implementation: { summary, evidence, revision: state.events } };
    }
    case 'RecommendationImplementationVerified':
      return { ...state, status: 'verified' };
    case 'RecommendationImplementationDisputed':
      return { ...state, status: 'in_progress', implementation: null, percentComplete: null };
    case 'RecommendationWithdrawn':
      return { ...state, status: 'withdrawn' };
    case 'RecommendationCorrected':
      return { ...state, ...event.data.changed };
    case 'RecommendationEffectiveDateCorrected': {
      const { revision, effectiveAt } = event.data;
      const last = state.lastEffective;
      return last && last.revision === revision ? { ...state, lastEffective: { ...last, effectiveAt } } : state;
    }
  }
}

/** % complete, one definition everywhere: 100 once an implementation stands, else the last percent reported since the last dispute. */
export function percentCompleteOf(status: string, lastReported: number | null): number | null {
  return status === 'implemented' || status === 'verified' ? 100 : lastReported;
}
