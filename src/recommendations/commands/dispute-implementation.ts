import { ReasonDto } from '../dto/reason.dto';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';

const disputeImplementation = (recommendationId: string, { reason }: ReasonDto): Sent<'DisputeImplementation'> => ({
  type: 'DisputeImplementation',
  data: { recommendationId, reason },
});

/** A donor funding the forum (or a coordinator) disputes the claimed implementation, with a reason: the work reopens. */
export class DisputeImplementation extends OnRecommendation {
  constructor(recommendationId: string, body: ReasonDto, context: CommandContext) {
    super(disputeImplementation(recommendationId, body), context);
  }
}
