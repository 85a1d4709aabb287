import { Decide } from '../../event-sourcing/decide';
import { newAggregateIdFor } from '../../event-sourcing/event-ids';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { forumDecider } from '../forum.decider';
import { ForumDetails } from '../forum.events';

/** A coordinator records a forum; with an Idempotency-Key its id comes from the key. */
export class RecordForum extends Decide<typeof forumDecider> {
  constructor(details: ForumDetails, context: CommandContext) {
    const forumId = newAggregateIdFor(context, 'forum');
    super(forumDecider, forumId, { type: 'RecordForum', data: { forumId, ...details } }, context, true);
  }
}
