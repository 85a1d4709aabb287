import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { recurrenceDecider } from '../recurrence.decider';

/** A coordinator takes back a link between a recommendation and an earlier one. */
export class UnlinkRepeat extends Decide<typeof recurrenceDecider> {
  constructor(recommendationId: string, earlierId: string, context: CommandContext) {
    super(recurrenceDecider, recommendationId, { type: 'UnlinkRepeat', data: { recommendationId, earlierId } }, context, true);
  }
}
