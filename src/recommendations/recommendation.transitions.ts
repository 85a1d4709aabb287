import { TransitionRefused } from '../event-sourcing/domain-errors';
import { RecommendationCommandType } from './recommendation.commands';
import { RecommendationState } from './recommendation.state';

type Status = RecommendationState['status'];

/**
 * The state machine: the statuses from which each command is allowed.
 * Every other (command, status) pair is refused with a message saying what must happen first.
 */
export const ALLOWED_FROM: Record<RecommendationCommandType, readonly Status[]> = {
  ProposeRecommendation: ['not_proposed'],
  AssignRecommendation: ['proposed'],
  AcceptRecommendation: ['assigned'],
  DeclineRecommendation: ['assigned'],
  StartWorkOnRecommendation: ['accepted'],
  ReportProgress: ['accepted', 'in_progress'],
  ChangeDueDate: ['assigned', 'accepted', 'in_progress'],
  ReassignRecommendation: ['assigned', 'accepted', 'in_progress'],
  MarkRecommendationImplemented: ['accepted', 'in_progress'],
  VerifyImplementation: ['implemented'],
  DisputeImplementation: ['implemented'],
  WithdrawRecommendation: ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented'],
  CorrectEffectiveDate: ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn'],
};

/** The command in the users' words, as it appears in refusals: "cannot <action>: ...". */
export const ACTION: Record<RecommendationCommandType, string> = {
  ProposeRecommendation: 'propose',
  AssignRecommendation: 'assign',
  AcceptRecommendation: 'accept',
  DeclineRecommendation: 'decline',
  StartWorkOnRecommendation: 'start work',
  ReportProgress: 'report progress',
  ChangeDueDate: 'change the due date',
  ReassignRecommendation: 'reassign',
  MarkRecommendationImplemented: 'mark implemented',
  VerifyImplementation: 'verify the implementation',
  DisputeImplementation: 'dispute the implementation',
  WithdrawRecommendation: 'withdraw',
  CorrectEffectiveDate: 'correct an effective date',
};

const WHAT_FIRST: Record<Status, string> = {
  not_proposed: 'propose it on its forum first',
  proposed: 'a coordinator must assign it to a responsible organisation first',
  assigned: 'the responsible organisation must accept it first',
  accepted: 'the responsible organisation must mark it implemented first',
  in_progress: 'the responsible organisation must mark it implemented first',
  implemented: 'a donor or coordinator must dispute the implementation to reopen the work first',
  verified: 'a verified implementation is final',
  withdrawn: 'a withdrawal is final',
};

const started = (status: Status) => status === 'accepted' || status === 'in_progress';

function whatFirst(type: RecommendationCommandType, status: Status): string {
  if (type === 'ProposeRecommendation') return 'it already exists';
  if (type === 'AssignRecommendation' && (status === 'assigned' || started(status))) {
    return 'it already has a responsible organisation; reassign it instead';
  }
  if (type === 'AcceptRecommendation' && started(status)) return 'the responsible organisation has already accepted it';
  if (type === 'DeclineRecommendation' && started(status)) {
    return 'the responsible organisation has already accepted it; a coordinator may reassign or withdraw it';
  }
  if (type === 'StartWorkOnRecommendation' && status === 'in_progress') return 'work has already started';
  if (type === 'MarkRecommendationImplemented' && status === 'implemented') {
    return 'a donor or coordinator may now verify or dispute it';
  }
  return WHAT_FIRST[status];
}

/** `RecommendationDueDateChanged` → `due date changed`, for messages. */
export function describeEventType(type: string): string {
  return type
    .replace(/^Recommendation/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

export function describeStatus(status: Status): string {
  return status === 'not_proposed' ? 'not proposed' : status.replace('_', ' ');
}

/** Throws TransitionRefused unless the state machine allows the command in the current status. */
export function requireAllowed(type: RecommendationCommandType, { status }: RecommendationState): void {
  if (ALLOWED_FROM[type].includes(status)) return;
  throw new TransitionRefused(
    status,
    `cannot ${ACTION[type]}: the recommendation is ${describeStatus(status)}; ${whatFirst(type, status)}`,
    'NotAllowedInStatus',
    {
      command: type,
      status,
    },
  );
}
