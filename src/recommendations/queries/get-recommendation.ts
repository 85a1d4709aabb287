import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { requireFundedByDonor } from '../../kernel/access-policy';
import type { Principal } from '../../kernel/principal';
import { AggregateNotFound } from '../../kernel/domain-errors';
import { EventSourcedRepository, HistoryEntry } from '../../event-sourcing/event-sourced-repository';
import { recommendationDecider } from '../recommendation.decider';
import { FactsLookup } from '../../forums/facts.lookup';
import { RecommendationState, percentCompleteOf } from '../recommendation.state';
import { AllowedAction, allowedActions, needsResponsibleFacts } from './allowed-actions';

export interface RecommendationView extends RecommendationState {
  id: string;
  revision: bigint;
  history: HistoryEntry[];
  /** What the reader may do to it now (allowed-actions.ts). */
  allowedActions: AllowedAction[];
}

export class GetRecommendation extends Query<RecommendationView> {
  constructor(
    readonly recommendationId: string,
    readonly reader: Principal,
  ) {
    super();
  }
}

@QueryHandler(GetRecommendation)
export class GetRecommendationHandler implements IQueryHandler<GetRecommendation> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lookup: FactsLookup,
  ) {}

  /** Donors read only the recommendations of forums their organisation funds. */
  async execute({ recommendationId, reader }: GetRecommendation): Promise<RecommendationView> {
    const { aggregate, history } = await this.repository.loadWithHistory(recommendationDecider, recommendationId);
    if (aggregate.revision === null) throw new AggregateNotFound('recommendation', recommendationId);
    const { state } = aggregate;
    const forum = await this.lookup.forum(state.forumId as string);
    requireFundedByDonor(reader, forum.funders, 'recommendation', recommendationId);
    const responsibleId = state.responsibleOrganisationId;
    const responsible = responsibleId !== null && needsResponsibleFacts(reader) ? await this.lookup.organisation(responsibleId) : null;
    const actions = allowedActions(reader, state, { recommendationId, forum, responsible });
    const percentComplete = percentCompleteOf(state.status, state.percentComplete);
    return { id: recommendationId, revision: aggregate.revision, ...state, percentComplete, history, allowedActions: actions };
  }
}
