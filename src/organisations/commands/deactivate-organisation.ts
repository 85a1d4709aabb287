import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { organisationDecider } from '../organisation.decider';

/** A coordinator deactivates an organisation, with a reason: nothing new can be assigned to it. */
export class DeactivateOrganisation extends Decide<typeof organisationDecider> {
  constructor(organisationId: string, reason: string, context: CommandContext) {
    super(organisationDecider, organisationId, { type: 'DeactivateOrganisation', data: { organisationId, reason } }, context);
  }
}
