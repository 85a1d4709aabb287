import { Module } from '@nestjs/common';
import { EventRegistry } from '../event-sourcing/event-registry';
import { ORGANISATION_EVENTS } from './organisation.events';
import { OrganisationsController } from './organisations.controller';
import { GetOrganisationHandler } from './queries/get-organisation';

@Module({
  controllers: [OrganisationsController],
  providers: [GetOrganisationHandler],
})
export class OrganisationsModule {
  constructor(registry: EventRegistry) {
    registry.register(...ORGANISATION_EVENTS);
  }
}
