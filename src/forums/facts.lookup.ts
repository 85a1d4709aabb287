import { Injectable } from '@nestjs/common';
import { AggregateNotFound } from '../kernel/domain-errors';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { organisationDecider } from '../organisations/organisation.decider';
import { ForumFacts, OrganisationFacts } from './facts';
import { forumDecider } from './forum.decider';

/** Loads other aggregates and reduces them to the facts a command needs inside it. */
@Injectable()
export class FactsLookup {
  constructor(private readonly repository: EventSourcedRepository) {}

  async organisation(organisationId: string): Promise<OrganisationFacts> {
    const { state } = await this.repository.load(organisationDecider, organisationId);
    return { organisationId, name: state.name, kind: state.kind, status: state.status };
  }

  organisations(organisationIds: Iterable<string>): Promise<OrganisationFacts[]> {
    return Promise.all([...new Set(organisationIds)].map((id) => this.organisation(id)));
  }

  /** The forum's facts; AggregateNotFound (404) when it was never recorded. */
  async forum(forumId: string): Promise<ForumFacts> {
    const forum = await this.repository.load(forumDecider, forumId);
    if (!forum.exists) throw new AggregateNotFound('forum', forumId);
    const { title, startDate, funders } = forum.state;
    return { forumId, title, startDate, funders };
  }
}
