import { Injectable } from '@nestjs/common';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { OrganisationFacts, commandTimeOf } from '../../forums/facts';
import { FactsLookup } from '../../forums/facts.lookup';
import { authoriseRecommendationCommand, needsResponsible } from '../recommendation-access';
import { Recommendation } from '../recommendation.aggregate';
import { CommandOf, RecommendationCommand, RecommendationCommandType } from '../recommendation.commands';

export interface RecommendationRequest<T extends RecommendationCommandType> {
  type: T;
  recommendationId: string;
  data: CommandOf<T>['data'];
  context: CommandContext;
  /** Facts about the organisations an assignment names. */
  organisations?: OrganisationFacts[];
  /** Only when proposing: the forum the new recommendation comes from. */
  forumId?: string;
  /** Facts the command needs from the stream itself (a correction: the event it corrects and its neighbours). */
  lookUp?: (recommendation: Recommendation) => Promise<object>;
}

/**
 * What every recommendation command handler does: load the recommendation, look up its forum
 * (and the responsible organisation), check who may act, and let the decider decide with those
 * facts inside the command. The repository saves with the expected revision and retries.
 */
@Injectable()
export class RecommendationCommandRunner {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lookup: FactsLookup,
  ) {}

  async run<T extends RecommendationCommandType>(request: RecommendationRequest<T>): Promise<CommandResult> {
    const { type, recommendationId, context } = request;
    // With If-Match, who may act is checked first: a 412 would tell anyone the current revision.
    if (context.expectedRevision !== undefined && type !== 'ProposeRecommendation') await this.authoriseAsItStands(request);
    return this.repository.execute(Recommendation.create, recommendationId, context, type, (recommendation) => this.decide(recommendation, request), {
      creates: type === 'ProposeRecommendation',
    });
  }

  private async authoriseAsItStands<T extends RecommendationCommandType>({ type, recommendationId, context }: RecommendationRequest<T>): Promise<void> {
    const recommendation = await this.repository.load(Recommendation.create, recommendationId);
    if (!recommendation.exists) return; // the repository answers 404
    await this.authorise(recommendation, type, context);
  }

  private async authorise(recommendation: Recommendation, type: RecommendationCommandType, context: CommandContext, forumId?: string) {
    const { state } = recommendation;
    const forum = await this.lookup.forum(forumId ?? (state.forumId as string));
    const responsibleId = state.responsibleOrganisationId;
    const needed = responsibleId !== null && needsResponsible(context.actor, type);
    const responsible = needed ? await this.lookup.organisation(responsibleId) : null;
    authoriseRecommendationCommand(context.actor, type, { recommendationId: recommendation.id, forum, responsible });
    return forum;
  }

  private async decide<T extends RecommendationCommandType>(
    recommendation: Recommendation,
    { type, data, context, organisations = [], forumId, lookUp }: RecommendationRequest<T>,
  ): Promise<void> {
    const forum = await this.authorise(recommendation, type, context, forumId);
    const facts = { forum, time: commandTimeOf(context), organisations, ...(lookUp ? await lookUp(recommendation) : {}) };
    recommendation.execute({ type, data, facts } as RecommendationCommand, facts.time.effectiveAt);
  }
}
