import { RuleViolated } from '../kernel/domain-errors';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { organisationDecider } from '../organisations/organisation.decider';

/** An account can only belong to a registered, active organisation. */
export async function requireActiveOrganisation(repository: EventSourcedRepository, organisationId: string | null): Promise<void> {
  if (organisationId === null) return;
  const organisation = await repository.load(organisationDecider, organisationId);
  if (!organisation.exists)
    throw new RuleViolated('organisationId', `no organisation ${organisationId} is registered`, 'OrganisationNotRegistered', { organisationId });
  if (organisation.state.status !== 'active') {
    throw new RuleViolated('organisationId', `the organisation "${organisation.state.name}" is deactivated`, 'OrganisationDeactivated', {
      name: organisation.state.name,
    });
  }
}
