import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AggregateNotFound } from '../../kernel/domain-errors';
import { EventSourcedRepository, HistoryEntry } from '../../event-sourcing/event-sourced-repository';

import { OrganisationState, organisationDecider } from '../organisation.decider';

export interface OrganisationView extends OrganisationState {
  id: string;
  revision: bigint;
  history: HistoryEntry[];
}

export class GetOrganisation extends Query<OrganisationView> {
  constructor(readonly organisationId: string) {
    super();
  }
}

@QueryHandler(GetOrganisation)
export class GetOrganisationHandler implements IQueryHandler<GetOrganisation> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ organisationId }: GetOrganisation): Promise<OrganisationView> {
    const { aggregate, history } = await this.repository.loadWithHistory(organisationDecider, organisationId);
    if (aggregate.revision === null) throw new AggregateNotFound('organisation', organisationId);
    return { id: organisationId, revision: aggregate.revision, ...aggregate.state, history };
  }
}
