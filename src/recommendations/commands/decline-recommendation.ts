import { ReasonDto } from '../dto/reason.dto';
import { Sent } from '../recommendation-command';

/** The responsible organisation declines the assignment, with a reason: it goes back to the coordinator. */
export const declineRecommendation = (recommendationId: string, { reason }: ReasonDto): Sent<'DeclineRecommendation'> => ({
  type: 'DeclineRecommendation',
  data: { recommendationId, reason },
});
