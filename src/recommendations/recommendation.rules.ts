import { RuleViolated } from '../event-sourcing/domain-errors';
import { OrganisationFacts, describeOrganisation, requireNotInFuture, startOfDateAnywhere } from '../forums/facts';
import { AssignmentFacts, RecommendationFacts } from './recommendation.commands';

/** effectiveAt is not in the future, and not before the forum began. */
export function checkEffectiveTime({ time, forum }: RecommendationFacts): void {
  requireNotInFuture(time);
  if (Date.parse(time.effectiveAt) < startOfDateAnywhere(forum.startDate)) {
    throw new RuleViolated(
      'effectiveAt',
      `effectiveAt ${time.effectiveAt} is before the forum "${forum.title}" started on ${forum.startDate}`,
    );
  }
}

export function checkDueDate(dueDate: string, { forum }: RecommendationFacts): void {
  if (dueDate < forum.startDate) {
    throw new RuleViolated('dueDate', `dueDate ${dueDate} is before the forum "${forum.title}" started on ${forum.startDate}`);
  }
}

function factsAbout(organisationId: string, facts: AssignmentFacts): OrganisationFacts {
  const known = facts.organisations.find((organisation) => organisation.organisationId === organisationId);
  return known ?? { organisationId, name: '', kind: null, status: 'unregistered' };
}

/** Only registered, active organisations can be given something to do. */
export function requireAssignable(field: string, organisationId: string, facts: AssignmentFacts): void {
  const organisation = factsAbout(organisationId, facts);
  if (organisation.status === 'unregistered') {
    throw new RuleViolated(field, `organisation ${organisationId} is not registered; register it first`);
  }
  if (organisation.status === 'deactivated') {
    const message = `organisation ${describeOrganisation(organisation)} is deactivated; nothing can be assigned to it`;
    throw new RuleViolated(field, message);
  }
}
