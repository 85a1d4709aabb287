import { ReasonDto } from '../dto/reason.dto';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';

const withdrawRecommendation = (recommendationId: string, { reason }: ReasonDto): Sent<'WithdrawRecommendation'> => ({
  type: 'WithdrawRecommendation',
  data: { recommendationId, reason },
});

/** A coordinator withdraws the recommendation, with a reason. */
export class WithdrawRecommendation extends OnRecommendation {
  constructor(recommendationId: string, body: ReasonDto, context: CommandContext) {
    super(withdrawRecommendation(recommendationId, body), context);
  }
}
