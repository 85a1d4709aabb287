import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { requireFundedByDonor } from '../../kernel/access-policy';
import type { Principal } from '../../kernel/principal';
import { AggregateNotFound } from '../../kernel/domain-errors';
import { EventSourcedRepository, HistoryEntry } from '../../event-sourcing/event-sourced-repository';

import { ForumState, forumDecider } from '../forum.decider';

export interface ForumView extends ForumState {
  id: string;
  revision: bigint;
  history: HistoryEntry[];
}

export class GetForum extends Query<ForumView> {
  constructor(
    readonly forumId: string,
    readonly reader: Principal,
  ) {
    super();
  }
}

@QueryHandler(GetForum)
export class GetForumHandler implements IQueryHandler<GetForum> {
  constructor(private readonly repository: EventSourcedRepository) {}

  /** Donors read only the forums their organisation funds. */
  async execute({ forumId, reader }: GetForum): Promise<ForumView> {
    const { aggregate, history } = await this.repository.loadWithHistory(forumDecider, forumId);
    if (aggregate.revision === null) throw new AggregateNotFound('forum', forumId);
    requireFundedByDonor(reader, aggregate.state.funders, 'forum', forumId);
    return { id: forumId, revision: aggregate.revision, ...aggregate.state, history };
  }
}
