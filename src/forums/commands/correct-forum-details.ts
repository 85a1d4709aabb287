import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { forumDecider } from '../forum.decider';
import { ForumDetails } from '../forum.events';

/** A coordinator corrects any of a forum's details, with a reason. */
export class CorrectForumDetails extends Decide<typeof forumDecider> {
  constructor(forumId: string, changes: Partial<ForumDetails>, reason: string, context: CommandContext) {
    super(forumDecider, forumId, { type: 'CorrectForumDetails', data: { forumId, changes, reason } }, context);
  }
}
