import { Decider } from '../event-sourcing/decider';
import { TransitionRefused } from '../kernel/domain-errors';
import { ForumPublished, ForumPublishedData, ForumUnpublished, ForumUnpublishedData, Licence, PublicationEvent } from './publication.events';

export type PublicationCommand = { type: 'PublishForum'; data: ForumPublishedData } | { type: 'UnpublishForum'; data: ForumUnpublishedData };

export interface PublicationState {
  status: 'unpublished' | 'published';
  licence: Licence | null;
}

const initialState: PublicationState = { status: 'unpublished', licence: null };

/** Publishing again under the same licence changes nothing; under another licence it records the new one. */
function publish({ data }: Extract<PublicationCommand, { type: 'PublishForum' }>, state: PublicationState): PublicationEvent[] {
  if (state.status === 'published' && state.licence === data.licence) return [];
  return [new ForumPublished(data)];
}

function unpublish({ data }: Extract<PublicationCommand, { type: 'UnpublishForum' }>, state: PublicationState): PublicationEvent[] {
  if (state.status !== 'published') {
    throw new TransitionRefused(state.status, 'cannot unpublish: the forum is not published', 'ForumNotPublished');
  }
  return [new ForumUnpublished(data)];
}

function decide(command: PublicationCommand, state: PublicationState): PublicationEvent[] {
  switch (command.type) {
    case 'PublishForum':
      return publish(command, state);
    case 'UnpublishForum':
      return unpublish(command, state);
  }
}

function evolve(state: PublicationState, event: PublicationEvent): PublicationState {
  switch (event.type) {
    case 'ForumPublished':
      return { status: 'published', licence: event.data.licence };
    case 'ForumUnpublished':
      return { ...state, status: 'unpublished' };
  }
}

/**
 * Whether a forum is on the public portal, in a stream of its own (`publication-<forumId>`) beside the forum's.
 * Not `forum-publication-…`: the read models take every stream starting with `forum-` for a forum's.
 */
export const publicationDecider: Decider<PublicationCommand, PublicationEvent, PublicationState> = { kind: 'publication', initialState, decide, evolve };
