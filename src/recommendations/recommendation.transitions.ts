import { TransitionRefused } from '../kernel/domain-errors';
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
  CorrectRecommendation: ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn'],
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
  CorrectRecommendation: 'correct the recommendation',
};

/** What must happen first (or why nothing can), by a stable name: a refusal's `params.next`, translated by the interface. */
export const WHAT_FIRST = {
  proposeFirst: 'propose it on its forum first',
  assignFirst: 'a coordinator must assign it to a responsible organisation first',
  acceptFirst: 'the responsible organisation must accept it first',
  implementFirst: 'the responsible organisation must mark it implemented first',
  disputeFirst: 'a donor or coordinator must dispute the implementation to reopen the work first',
  verifiedIsFinal: 'a verified implementation is final',
  withdrawalIsFinal: 'a withdrawal is final',
  alreadyExists: 'it already exists',
  reassignInstead: 'it already has a responsible organisation; reassign it instead',
  alreadyAccepted: 'the responsible organisation has already accepted it',
  alreadyAcceptedReassignOrWithdraw: 'the responsible organisation has already accepted it; a coordinator may reassign or withdraw it',
  workAlreadyStarted: 'work has already started',
  verifyOrDispute: 'a donor or coordinator may now verify or dispute it',
} as const;
export type WhatFirst = keyof typeof WHAT_FIRST;

const FIRST_FROM: Record<Status, WhatFirst> = {
  not_proposed: 'proposeFirst',
  proposed: 'assignFirst',
  assigned: 'acceptFirst',
  accepted: 'implementFirst',
  in_progress: 'implementFirst',
  implemented: 'disputeFirst',
  verified: 'verifiedIsFinal',
  withdrawn: 'withdrawalIsFinal',
};

const started = (status: Status) => status === 'accepted' || status === 'in_progress';

function whatFirst(type: RecommendationCommandType, status: Status): WhatFirst {
  if (type === 'ProposeRecommendation') return 'alreadyExists';
  if (type === 'AssignRecommendation' && (status === 'assigned' || started(status))) return 'reassignInstead';
  if (type === 'AcceptRecommendation' && started(status)) return 'alreadyAccepted';
  if (type === 'DeclineRecommendation' && started(status)) return 'alreadyAcceptedReassignOrWithdraw';
  if (type === 'StartWorkOnRecommendation' && status === 'in_progress') return 'workAlreadyStarted';
  if (type === 'MarkRecommendationImplemented' && status === 'implemented') return 'verifyOrDispute';
  return FIRST_FROM[status];
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
  const next = whatFirst(type, status);
  throw new TransitionRefused(status, `cannot ${ACTION[type]}: the recommendation is ${describeStatus(status)}; ${WHAT_FIRST[next]}`, 'NotAllowedInStatus', {
    command: type,
    status,
    next,
  });
}
