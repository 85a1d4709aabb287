import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { recurrenceDecider } from '../recurrence.decider';

/** A coordinator links a recommendation to an earlier one it repeats (the facts add when each was proposed). */
export class LinkRepeat extends Decide<typeof recurrenceDecider> {
  constructor(recommendationId: string, earlierId: string, context: CommandContext) {
    super(recurrenceDecider, recommendationId, { type: 'LinkRepeat', data: { recommendationId, earlierId } }, context, true);
  }
}
