import { ReasonDto } from '../dto/reason.dto';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';

const declineRecommendation = (recommendationId: string, { reason }: ReasonDto): Sent<'DeclineRecommendation'> => ({
  type: 'DeclineRecommendation',
  data: { recommendationId, reason },
});

/** The responsible organisation declines the assignment, with a reason: it goes back to the coordinator. */
export class DeclineRecommendation extends OnRecommendation {
  constructor(recommendationId: string, body: ReasonDto, context: CommandContext) {
    super(declineRecommendation(recommendationId, body), context);
  }
}
