import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository, HistoryEntry } from '../../event-sourcing/event-sourced-repository';
import { CorrectionFacts } from '../recommendation.commands';
import { Recommendation } from '../recommendation.aggregate';
import { RecommendationCommandRunner } from './recommendation-command-runner';

/** A coordinator puts right the effective time of an earlier event (never overwriting it), with a reason. */
export class CorrectEffectiveDate extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly correction: { revision: number; effectiveAt: string; reason: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

const CORRECTION = 'RecommendationEffectiveDateCorrected';

/** When each event took effect, earlier corrections applied; corrections themselves take no effect. */
export function effectiveTimeline(history: HistoryEntry[]): { revision: number; type: string; effectiveAt: string }[] {
  const corrected = new Map<number, string>();
  for (const entry of history) {
    if (entry.type === CORRECTION) corrected.set((entry.data as { revision: number }).revision, (entry.data as { effectiveAt: string }).effectiveAt);
  }
  return history
    .filter((entry) => entry.type !== CORRECTION)
    .map((entry) => ({ revision: Number(entry.revision), type: entry.type, effectiveAt: corrected.get(Number(entry.revision)) ?? entry.metadata.effectiveAt }));
}

@CommandHandler(CorrectEffectiveDate)
export class CorrectEffectiveDateHandler implements ICommandHandler<CorrectEffectiveDate> {
  constructor(
    private readonly runner: RecommendationCommandRunner,
    private readonly repository: EventSourcedRepository,
  ) {}

  execute({ recommendationId, correction, context }: CorrectEffectiveDate): Promise<CommandResult> {
    return this.runner.run({
      type: 'CorrectEffectiveDate',
      recommendationId,
      data: { recommendationId, ...correction },
      context,
      lookUp: () => this.neighbours(recommendationId, correction.revision),
    });
  }

  private async neighbours(recommendationId: string, revision: number): Promise<Pick<CorrectionFacts, 'target' | 'previous' | 'next'>> {
    const { history } = await this.repository.loadWithHistory(Recommendation.create, recommendationId);
    const timeline = effectiveTimeline(history);
    const at = timeline.findIndex((entry) => entry.revision === revision);
    if (at < 0) return { target: null, previous: null, next: null };
    return { target: timeline[at], previous: timeline[at - 1] ?? null, next: timeline[at + 1] ?? null };
  }
}
