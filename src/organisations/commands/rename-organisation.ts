import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { organisationDecider } from '../organisation.decider';

/** A coordinator renames an organisation. */
export class RenameOrganisation extends Decide<typeof organisationDecider> {
  constructor(organisationId: string, name: string, context: CommandContext) {
    super(organisationDecider, organisationId, { type: 'RenameOrganisation', data: { organisationId, name } }, context);
  }
}
