import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { FactsLookup } from '../../forums/facts.lookup';
import { AssignData } from '../recommendation.commands';
import { RecommendationCommandRunner } from './recommendation-command-runner';

export type Assignment = Omit<AssignData, 'recommendationId'>;

/** A coordinator gives the recommendation to a responsible organisation, with supporters and a due date. */
export class AssignRecommendation extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly assignment: Assignment,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AssignRecommendation)
export class AssignRecommendationHandler implements ICommandHandler<AssignRecommendation> {
  constructor(
    private readonly runner: RecommendationCommandRunner,
    private readonly lookup: FactsLookup,
  ) {}

  async execute({ recommendationId, assignment, context }: AssignRecommendation): Promise<CommandResult> {
    const { responsibleOrganisationId, supportingOrganisationIds } = assignment;
    const organisations = await this.lookup.organisations([responsibleOrganisationId, ...supportingOrganisationIds]);
    const data = { recommendationId, ...assignment };
    return this.runner.run({ type: 'AssignRecommendation', recommendationId, data, organisations, context });
  }
}
