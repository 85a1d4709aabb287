import { ReasonDto } from '../dto/reason.dto';
import { Sent } from '../recommendation-command';

/** A coordinator withdraws the recommendation, with a reason. */
export const withdrawRecommendation = (recommendationId: string, { reason }: ReasonDto): Sent<'WithdrawRecommendation'> => ({
  type: 'WithdrawRecommendation',
  data: { recommendationId, reason },
});
