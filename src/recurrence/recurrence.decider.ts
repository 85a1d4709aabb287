import { Decider } from '../event-sourcing/decider';
import { RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import { RecommendationRepeatLinked, RecommendationRepeatUnlinked, RecurrenceEvent } from './recurrence.events';

/** When each of the two was proposed (ISO 8601), as the facts found them; null when the earlier one is unknown. */
export interface LinkRepeatData {
  recommendationId: string;
  earlierId: string;
  proposedAt: string;
  earlierProposedAt: string | null;
}

export type RecurrenceCommand = { type: 'LinkRepeat'; data: LinkRepeatData } | { type: 'UnlinkRepeat'; data: { recommendationId: string; earlierId: string } };

export interface RecurrenceState {
  /** The earlier recommendations this one is linked as repeating. */
  earlierIds: string[];
}

const initialState: RecurrenceState = { earlierIds: [] };

function link({ data }: Extract<RecurrenceCommand, { type: 'LinkRepeat' }>, state: RecurrenceState): RecurrenceEvent[] {
  const { recommendationId, earlierId, proposedAt, earlierProposedAt } = data;
  if (earlierId === recommendationId) throw new RuleViolated('earlierId', 'a recommendation cannot repeat itself', 'RepeatOfItself');
  if (earlierProposedAt === null) throw new RuleViolated('earlierId', `no recommendation ${earlierId} is recorded`, 'EarlierRecommendationUnknown');
  if (earlierProposedAt >= proposedAt) {
    throw new RuleViolated('earlierId', `the earlier one was proposed ${earlierProposedAt}, not before this one (${proposedAt})`, 'RepeatNotEarlier', {
      earlierProposedAt,
      proposedAt,
    });
  }
  if (state.earlierIds.includes(earlierId)) throw new TransitionRefused('linked', 'this repeat is already linked', 'RepeatAlreadyLinked');
  return [new RecommendationRepeatLinked({ recommendationId, earlierId })];
}

function unlink({ data }: Extract<RecurrenceCommand, { type: 'UnlinkRepeat' }>, state: RecurrenceState): RecurrenceEvent[] {
  if (!state.earlierIds.includes(data.earlierId)) throw new TransitionRefused('unlinked', 'this repeat is not linked', 'RepeatNotLinked');
  return [new RecommendationRepeatUnlinked(data)];
}

function decide(command: RecurrenceCommand, state: RecurrenceState): RecurrenceEvent[] {
  switch (command.type) {
    case 'LinkRepeat':
      return link(command, state);
    case 'UnlinkRepeat':
      return unlink(command, state);
  }
}

function evolve(state: RecurrenceState, event: RecurrenceEvent): RecurrenceState {
  switch (event.type) {
    case 'RecommendationRepeatLinked':
      return { earlierIds: [...state.earlierIds, event.data.earlierId] };
    case 'RecommendationRepeatUnlinked':
      return { earlierIds: state.earlierIds.filter((id) => id !== event.data.earlierId) };
  }
}

/** Which earlier recommendations a recommendation repeats, in a stream of its own (`recurrence-<recommendationId>`). */
export const recurrenceDecider: Decider<RecurrenceCommand, RecurrenceEvent, RecurrenceState> = { kind: 'recurrence', initialState, decide, evolve };
