import { Module } from '@nestjs/common';
import { CommandFactsRegistry } from '../event-sourcing/decide';
import { EventRegistry } from '../event-sourcing/event-registry';
import { OrganisationFacts } from './organisation-facts';
import { organisationDecider } from './organisation.decider';
import { ORGANISATION_EVENTS } from './organisation.events';
import { OrganisationsController } from './organisations.controller';
import { GetOrganisationHandler } from './queries/get-organisation';

@Module({
  controllers: [OrganisationsController],
  providers: [GetOrganisationHandler, OrganisationFacts],
})
export class OrganisationsModule {
  constructor(registry: EventRegistry, commandFacts: CommandFactsRegistry, facts: OrganisationFacts) {
    registry.register(...ORGANISATION_EVENTS);
    commandFacts.register(organisationDecider, facts);
  }
}
