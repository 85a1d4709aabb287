import { recommendationDecider } from '../../../src/recommendations/recommendation.decider';
import { RECOMMENDATION_STATUSES, RecommendationEvent } from '../../../src/recommendations/recommendation.events';
import { RecommendationState } from '../../../src/recommendations/recommendation.state';
import { HistoryEntry } from './scenario';

type Status = RecommendationState['status'];
const ACTIVE: Status[] = ['assigned', 'accepted', 'in_progress'];

/**
 * The lifecycle stated per stored event, independently of the decider's command table:
 * the statuses an event may follow, and the status it leads to ('same' keeps it).
 */
const EVENT_RULES: Record<RecommendationEvent['type'], { from: Status[]; to: Status | 'same' }> = {
  RecommendationProposed: { from: ['not_proposed'], to: 'proposed' },
  RecommendationAssigned: { from: ['proposed'], to: 'assigned' },
  RecommendationAccepted: { from: ['assigned'], to: 'accepted' },
  RecommendationDeclined: { from: ['assigned'], to: 'proposed' },
  RecommendationWorkStarted: { from: ['accepted'], to: 'in_progress' },
  RecommendationProgressReported: { from: ['in_progress'], to: 'same' },
  RecommendationDueDateChanged: { from: ACTIVE, to: 'same' },
  RecommendationReassigned: { from: ACTIVE, to: 'assigned' },
  RecommendationImplemented: { from: ['accepted', 'in_progress'], to: 'implemented' },
  RecommendationImplementationVerified: { from: ['implemented'], to: 'verified' },
  RecommendationImplementationDisputed: { from: ['implemented'], to: 'in_progress' },
  RecommendationWithdrawn: { from: ['proposed', ...ACTIVE, 'implemented'], to: 'withdrawn' },
  RecommendationEffectiveDateCorrected: { from: ['proposed', ...ACTIVE, 'implemented', 'verified', 'withdrawn'], to: 'same' },
  RecommendationCorrected: { from: ['proposed', ...ACTIVE, 'implemented', 'verified', 'withdrawn'], to: 'same' },
};

/**
 * Replays a stored history through the decider's evolve and checks that every event was allowed
 * where it stands, that revisions have no gaps and that the state is valid. Returns the state.
 */
export function replayAndCheck(history: HistoryEntry[]): RecommendationState {
  expect(history.map((entry) => entry.revision)).toEqual(history.map((_, i) => String(i)));
  let state = recommendationDecider.initialState;
  for (const entry of history) {
    const rule = EVENT_RULES[entry.type as RecommendationEvent['type']];
    expect({ event: entry.type, after: state.status, allowed: rule?.from.includes(state.status) }).toEqual({
      event: entry.type,
      after: state.status,
      allowed: true,
    });
    const expected = rule.to === 'same' ? state.status : rule.to;
    state = recommendationDecider.evolve(state, {
      type: entry.type,
      data: entry.data,
      effectiveAt: entry.metadata.effectiveAt,
    } as unknown as RecommendationEvent);
    expect(state.status).toBe(expected);
  }
  expect(RECOMMENDATION_STATUSES).toContain(state.status);
  checkInvariants(state);
  return state;
}

const COMMITTED: Status[] = [...ACTIVE, 'implemented', 'verified'];

function checkInvariants(state: RecommendationState): void {
  if (state.status === 'proposed') expect([state.responsibleOrganisationId, state.dueDate]).toEqual([null, null]);
  if (COMMITTED.includes(state.status)) {
    expect(state.responsibleOrganisationId).not.toBeNull();
    expect(state.dueDate).not.toBeNull();
  }
  if (state.status === 'implemented' || state.status === 'verified') expect(state.implementation).not.toBeNull();
  if (state.status === 'proposed' || ACTIVE.includes(state.status)) expect(state.implementation).toBeNull();
  expect(state.supportingOrganisationIds).not.toContain(state.responsibleOrganisationId);
  if (state.percentComplete !== null) expect(state.percentComplete >= 0 && state.percentComplete <= 100).toBe(true);
}
