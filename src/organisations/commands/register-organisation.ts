import { Decide } from '../../event-sourcing/decide';
import { newAggregateIdFor } from '../../event-sourcing/event-ids';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { RegisterOrganisationDto } from '../dto/register-organisation.dto';
import { organisationDecider } from '../organisation.decider';

/** A coordinator registers an organisation; with an Idempotency-Key its id comes from the key. */
export class RegisterOrganisation extends Decide<typeof organisationDecider> {
  constructor(details: RegisterOrganisationDto, context: CommandContext) {
    const organisationId = newAggregateIdFor(context, 'organisation');
    const data = { organisationId, ...details, region: details.region ?? null };
    super(organisationDecider, organisationId, { type: 'RegisterOrganisation', data }, context, true);
  }
}
