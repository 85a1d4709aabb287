import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { FactsLookup } from '../../forums/facts.lookup';
import { PublicationState, publicationDecider } from '../publication.decider';

export interface PublicationView extends PublicationState {
  forumId: string;
  /** -1 before the forum was ever published. */
  revision: bigint;
}

/** Whether a forum is published, from its publication stream (read-your-writes, for the coordinators' page). */
export class GetPublication extends Query<PublicationView> {
  constructor(readonly forumId: string) {
    super();
  }
}

@QueryHandler(GetPublication)
export class GetPublicationHandler implements IQueryHandler<GetPublication> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lookup: FactsLookup,
  ) {}

  async execute({ forumId }: GetPublication): Promise<PublicationView> {
    await this.lookup.forum(forumId);
    const stream = await this.repository.load(publicationDecider, forumId);
    return { forumId, revision: stream.revision ?? -1n, ...stream.state };
  }
}
