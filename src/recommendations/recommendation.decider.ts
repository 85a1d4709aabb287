import { Decider } from '../event-sourcing/decider';
import { RuleViolated } from '../kernel/domain-errors';
import { CommandOf, RecommendationCommand } from './recommendation.commands';
import * as E from './recommendation.events';
import { checkCorrection, checkDueDate, checkEffectiveTime, checkFollowsPrevious, checkTags, requireAssignable } from './recommendation.rules';
import { RecommendationState, evolve, initialState } from './recommendation.state';
import { optionalEvidence, recordedEvidence } from './recommendation-evidence.rules';
import { requireAllowed } from './recommendation.transitions';

type Event = E.RecommendationEvent;
export type { RecommendationCommand } from './recommendation.commands';
export type { RecommendationState } from './recommendation.state';

function assign({ data, facts }: CommandOf<'AssignRecommendation'>): Event[] {
  checkDueDate(data.dueDate, facts);
  requireAssignable('responsibleOrganisationId', data.responsibleOrganisationId, facts);
  for (const id of data.supportingOrganisationIds) {
    if (id === data.responsibleOrganisationId) {
      throw new RuleViolated('supportingOrganisationIds', `organisation ${id} is already the responsible organisation`, 'SupportingIsResponsible', {
        organisationId: id,
      });
    }
    requireAssignable('supportingOrganisationIds', id, facts);
  }
  return [new E.RecommendationAssigned(data)];
}

function reassign({ data, facts }: CommandOf<'ReassignRecommendation'>, state: RecommendationState): Event[] {
  const previousOrganisationId = state.responsibleOrganisationId as string;
  if (data.responsibleOrganisationId === previousOrganisationId) {
    const message = `the recommendation is already assigned to organisation ${previousOrganisationId}`;
    throw new RuleViolated('responsibleOrganisationId', message, 'AlreadyAssignedTo', { organisationId: previousOrganisationId });
  }
  requireAssignable('responsibleOrganisationId', data.responsibleOrganisationId, facts);
  if (data.dueDate !== null) checkDueDate(data.dueDate, facts);
  const { recommendationId, responsibleOrganisationId, reason } = data;
  const dueDate = data.dueDate ?? (state.dueDate as string);
  const reassigned = { recommendationId, previousOrganisationId, responsibleOrganisationId, dueDate, reason };
  return [new E.RecommendationReassigned(reassigned)];
}

function changeDueDate({ data, facts }: CommandOf<'ChangeDueDate'>, state: RecommendationState): Event[] {
  checkDueDate(data.dueDate, facts);
  if (data.dueDate === state.dueDate) return [];
  return [new E.RecommendationDueDateChanged({ ...data, previousDueDate: state.dueDate as string })];
}

function reportProgress({ data, facts }: CommandOf<'ReportProgress'>, state: RecommendationState): Event[] {
  const progress = new E.RecommendationProgressReported({ ...data, evidence: recordedEvidence(data.evidence, facts) });
  if (state.status === 'in_progress') return [progress];
  const { recommendationId } = data;
  return [new E.RecommendationWorkStarted({ recommendationId, organisationId: responsible(state) }), progress];
}

function markImplemented({ data, facts }: CommandOf<'MarkRecommendationImplemented'>, state: RecommendationState): Event[] {
  if (data.evidence.length === 0) {
    throw new RuleViolated('evidence', 'an implementation needs at least one piece of evidence (a link or a document)', 'EvidenceNeeded');
  }
  return [new E.RecommendationImplemented({ ...data, evidence: recordedEvidence(data.evidence, facts), organisationId: responsible(state) })];
}

const responsible = (state: RecommendationState) => state.responsibleOrganisationId as string;

function decideAllowed(command: RecommendationCommand, state: RecommendationState): Event[] {
  const { recommendationId } = command.data;
  switch (command.type) {
    case 'ProposeRecommendation':
      checkTags(command.data, command.facts);
      return [new E.RecommendationProposed(command.data)];
    case 'AssignRecommendation':
      return assign(command);
    case 'AcceptRecommendation':
      return [new E.RecommendationAccepted({ recommendationId, organisationId: responsible(state) })];
    case 'DeclineRecommendation':
      return [new E.RecommendationDeclined({ ...command.data, organisationId: responsible(state) })];
    case 'StartWorkOnRecommendation':
      return [new E.RecommendationWorkStarted({ recommendationId, organisationId: responsible(state) })];
    case 'ReportProgress':
      return reportProgress(command, state);
    case 'ChangeDueDate':
      return changeDueDate(command, state);
    case 'ReassignRecommendation':
      return reassign(command, state);
    case 'MarkRecommendationImplemented':
      return markImplemented(command, state);
    case 'VerifyImplementation': {
      const { evidence, ...verified } = command.data;
      return [new E.ImplementationVerified({ ...verified, ...optionalEvidence(evidence, command.facts) })];
    }
    case 'DisputeImplementation': {
      const { evidence, ...disputed } = command.data;
      return [new E.ImplementationDisputed({ ...disputed, ...optionalEvidence(evidence, command.facts) })];
    }
    case 'WithdrawRecommendation':
      return [new E.RecommendationWithdrawn({ ...command.data, previousStatus: state.status as E.RecommendationStatus })];
    case 'CorrectEffectiveDate':
      return correctEffectiveDate(command);
    case 'CorrectRecommendation':
      return correctContent(command, state);
  }
}

function correctEffectiveDate(command: CommandOf<'CorrectEffectiveDate'>): Event[] {
  checkCorrection(command);
  const target = command.facts.target as { type: string; effectiveAt: string };
  const { recommendationId, revision, effectiveAt, reason } = command.data;
  return [
    new E.RecommendationEffectiveDateCorrected({
      recommendationId,
      revision,
      eventType: target.type,
      previousEffectiveAt: target.effectiveAt,
      effectiveAt,
      reason,
    }),
  ];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the fields that differ from what stands are recorded, each with what it was; a correction that changes nothing is refused. */
function correctContent({ data, facts }: CommandOf<'CorrectRecommendation'>, state: RecommendationState): Event[] {
  const changed: Partial<E.RecommendationContent> = {};
  const previous: Partial<E.RecommendationContent> = {};
  for (const field of E.CONTENT_FIELDS) {
    const value = data.content[field];
    if (value === undefined || same(value, state[field])) continue;
    Object.assign(changed, { [field]: value });
    Object.assign(previous, { [field]: state[field] });
  }
  if (Object.keys(changed).length === 0) {
    throw new RuleViolated('content', 'the correction changes nothing: every field given already reads so', 'CorrectionChangesNothing');
  }
  checkTags(changed, facts);
  return [new E.RecommendationCorrected({ recommendationId: data.recommendationId, changed, previous, reason: data.reason })];
}

const CORRECTIONS: readonly string[] = ['CorrectEffectiveDate', 'CorrectRecommendation'];

/** The status must allow the command (409), then its content must keep the rules (422). */
function decide(command: RecommendationCommand, state: RecommendationState): Event[] {
  requireAllowed(command.type, state);
  if (!CORRECTIONS.includes(command.type)) {
    checkEffectiveTime(command.facts);
    checkFollowsPrevious(command.facts, state);
  }
  return decideAllowed(command, state);
}

export const recommendationDecider: Decider<RecommendationCommand, Event, RecommendationState> = {
  kind: 'recommendation',
  initialState,
  decide,
  evolve,
};
