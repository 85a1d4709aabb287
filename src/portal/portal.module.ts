import { Module } from '@nestjs/common';
import { CommandFactsRegistry } from '../event-sourcing/decide';
import { EventRegistry } from '../event-sourcing/event-registry';
import { ForumsModule } from '../forums/forums.module';
import { PortalController } from './portal.controller';
import { PortalData } from './portal-data';
import { PortalRateLimit } from './portal-rate-limit';
import { PublicationController } from './publication.controller';
import { PublicationFacts } from './publication-facts';
import { PublicationReadModel } from './publication-read-model';
import { publicationDecider } from './publication.decider';
import { PUBLICATION_EVENTS } from './publication.events';
import { GetPublicationHandler } from './queries/get-publication';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';

/** The public portal (docs/portal.md): publishing forums, the public pages and the open data. */
@Module({
  imports: [ForumsModule, VocabulariesModule],
  controllers: [PublicationController, PortalController],
  providers: [PublicationFacts, PublicationReadModel, PortalData, PortalRateLimit, GetPublicationHandler],
})
export class PortalModule {
  constructor(registry: EventRegistry, commandFacts: CommandFactsRegistry, facts: PublicationFacts) {
    registry.register(...PUBLICATION_EVENTS);
    commandFacts.register(publicationDecider, facts);
  }
}
