import { ReasonDto } from '../dto/reason.dto';
import { Sent } from '../recommendation-command';

/** A donor funding the forum (or a coordinator) disputes the claimed implementation, with a reason: the work reopens. */
export const disputeImplementation = (recommendationId: string, { reason }: ReasonDto): Sent<'DisputeImplementation'> => ({
  type: 'DisputeImplementation',
  data: { recommendationId, reason },
});
