import { EventSourcedAggregate } from '../event-sourcing/event-sourced-aggregate';
import { ForumCommand, ForumState, forumDecider } from './forum.decider';
import { ForumEvent } from './forum.events';

export class Forum extends EventSourcedAggregate<ForumCommand, ForumEvent, ForumState> {
  readonly kind = 'forum';

  constructor(id: string) {
    super(id, forumDecider);
  }

  static create = (id: string) => new Forum(id);
}
