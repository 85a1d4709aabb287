import { EventSourcedAggregate } from '../event-sourcing/event-sourced-aggregate';
import { OrganisationCommand, OrganisationState, organisationDecider } from './organisation.decider';
import { OrganisationEvent } from './organisation.events';

export class Organisation extends EventSourcedAggregate<OrganisationCommand, OrganisationEvent, OrganisationState> {
  readonly kind = 'organisation';

  constructor(id: string) {
    super(id, organisationDecider);
  }

  static create = (id: string) => new Organisation(id);
}
