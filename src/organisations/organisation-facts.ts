import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CommandFacts, SentCommand } from '../event-sourcing/decide';
import { EventStore, positionToString } from '../event-store/event-store.port';
import { NameFacts, OrganisationCommand, organisationDecider } from './organisation.decider';
import { sameOrganisationName } from './organisation-name';
import { ListOrganisations } from './queries/list-organisations';

const ALL = 100_000;
const RECENT = 50;

/**
 * Registering and renaming bring the organisations already named so (ignoring case, spaces and quotes), read from the
 * read model once it has every event stored so far. Two registrations of one name sent at the same instant can both pass.
 */
@Injectable()
export class OrganisationFacts implements CommandFacts<typeof organisationDecider> {
  constructor(
    private readonly queries: QueryBus,
    @Inject(EventStore) private readonly store: EventStore,
  ) {}

  async complete(command: SentCommand): Promise<OrganisationCommand> {
    const sent = command as OrganisationCommand;
    if (sent.type !== 'RegisterOrganisation' && sent.type !== 'RenameOrganisation') return sent;
    return { ...sent, facts: await this.namesakes(sent.data.name) };
  }

  private async namesakes(name: string): Promise<NameFacts> {
    // The read model waits only for an event it projects: the last organisation event among the latest, else the last one.
    const latest = await this.store.readAll({ direction: 'backwards', maxCount: RECENT });
    const last = latest.find((event) => event.streamId.startsWith('organisation-')) ?? latest[0];
    const minPosition = last ? positionToString(last.position) : undefined;
    const page = await this.queries.execute(new ListOrganisations({ page: 1, pageSize: ALL }, minPosition));
    const namesakes = page.items.filter((organisation) => sameOrganisationName(organisation.name, name));
    return { namesakes: namesakes.map(({ id, name: existing }) => ({ organisationId: id, name: existing })) };
  }
}
