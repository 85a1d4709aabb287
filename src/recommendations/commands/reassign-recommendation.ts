import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { FactsLookup } from '../../forums/facts.lookup';
import { ReassignData } from '../recommendation.commands';
import { RecommendationCommandRunner } from './recommendation-command-runner';

export type Reassignment = Omit<ReassignData, 'recommendationId'>;

/** A coordinator moves the recommendation to another organisation, which must accept it anew. */
export class ReassignRecommendation extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly reassignment: Reassignment,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReassignRecommendation)
export class ReassignRecommendationHandler implements ICommandHandler<ReassignRecommendation> {
  constructor(
    private readonly runner: RecommendationCommandRunner,
    private readonly lookup: FactsLookup,
  ) {}

  async execute({ recommendationId, reassignment, context }: ReassignRecommendation): Promise<CommandResult> {
    const organisations = [await this.lookup.organisation(reassignment.responsibleOrganisationId)];
    const data = { recommendationId, ...reassignment };
    return this.runner.run({ type: 'ReassignRecommendation', recommendationId, data, organisations, context });
  }
}
