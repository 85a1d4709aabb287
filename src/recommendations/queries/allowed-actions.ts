import type { Principal } from '../../kernel/principal';
import { AccessDenied } from '../../kernel/access-denied';
import { AggregateNotFound, TransitionRefused } from '../../kernel/domain-errors';
import { AccessFacts, authoriseRecommendationCommand, needsResponsible } from '../recommendation-access';
import { RecommendationCommandType } from '../recommendation.commands';
import { RecommendationState } from '../recommendation.state';
import { requireAllowed } from '../recommendation.transitions';

/** The commands on an existing recommendation, each by the rest of its route's path (POST /recommendations/:id/<segment>). */
export const ROUTE_SEGMENT = {
  AssignRecommendation: 'assign',
  AcceptRecommendation: 'accept',
  DeclineRecommendation: 'decline',
  StartWorkOnRecommendation: 'start',
  ReportProgress: 'progress',
  MarkRecommendationImplemented: 'implemented',
  VerifyImplementation: 'verify',
  DisputeImplementation: 'dispute',
  ChangeDueDate: 'due-date',
  ReassignRecommendation: 'reassign',
  WithdrawRecommendation: 'withdraw',
  CorrectEffectiveDate: 'effective-date-corrections',
  CorrectRecommendation: 'corrections/content',
} as const satisfies Partial<Record<RecommendationCommandType, string>>;

export type AllowedAction = (typeof ROUTE_SEGMENT)[keyof typeof ROUTE_SEGMENT];
const TYPES = Object.keys(ROUTE_SEGMENT) as (keyof typeof ROUTE_SEGMENT)[];

/** Whether the access policy needs the responsible organisation's facts to decide for this caller. */
export function needsResponsibleFacts(actor: Principal): boolean {
  return TYPES.some((type) => needsResponsible(actor, type));
}

/** Whether the checks pass; a refusal of the state machine or the access policy is a no, anything else is thrown. */
function passes(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (error instanceof TransitionRefused || error instanceof AccessDenied || error instanceof AggregateNotFound) return false;
    throw error;
  }
}

/**
 * What this caller may do to the recommendation as it stands: the commands that neither the state machine
 * (`requireAllowed`) nor the access policy (`authoriseRecommendationCommand`) would refuse. The same two checks
 * the commands themselves run, so the list cannot disagree with them; what a command's body may still break
 * (a due date before the forum) is for the command to say.
 */
export function allowedActions(actor: Principal, state: RecommendationState, facts: AccessFacts): AllowedAction[] {
  return TYPES.filter((type) => passes(() => (requireAllowed(type, state), authoriseRecommendationCommand(actor, type, facts)))).map(
    (type) => ROUTE_SEGMENT[type],
  );
}
