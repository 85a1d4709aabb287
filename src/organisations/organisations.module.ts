import { Module } from '@nestjs/common';
import { EventRegistry } from '../event-sourcing/event-registry';
import { DeactivateOrganisationHandler } from './commands/deactivate-organisation';
import { RegisterOrganisationHandler } from './commands/register-organisation';
import { RenameOrganisationHandler } from './commands/rename-organisation';
import { ORGANISATION_EVENTS } from './organisation.events';
import { OrganisationsController } from './organisations.controller';
import { GetOrganisationHandler } from './queries/get-organisation';

@Module({
  controllers: [OrganisationsController],
  providers: [RegisterOrganisationHandler, RenameOrganisationHandler, DeactivateOrganisationHandler, GetOrganisationHandler],
})
export class OrganisationsModule {
  constructor(registry: EventRegistry) {
    registry.register(...ORGANISATION_EVENTS);
  }
}
