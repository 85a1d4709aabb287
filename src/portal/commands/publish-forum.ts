import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { publicationDecider } from '../publication.decider';
import { Licence } from '../publication.events';

/** A coordinator publishes a forum on the public portal and as open data, under a licence. */
export class PublishForum extends Decide<typeof publicationDecider> {
  constructor(forumId: string, licence: Licence, context: CommandContext) {
    super(publicationDecider, forumId, { type: 'PublishForum', data: { forumId, licence } }, context, true);
  }
}
