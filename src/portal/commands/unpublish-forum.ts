import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { publicationDecider } from '../publication.decider';

/** A coordinator takes a forum off the public portal and out of the open data, with a reason or none. */
export class UnpublishForum extends Decide<typeof publicationDecider> {
  constructor(forumId: string, reason: string | null, context: CommandContext) {
    super(publicationDecider, forumId, { type: 'UnpublishForum', data: { forumId, reason } }, context, true);
  }
}
