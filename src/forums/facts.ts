import type { OrganisationKind } from '../organisations/organisation.events';

/**
 * What a command handler looked up in other aggregates and passes inside the command,
 * so that deciders stay pure.
 */
export interface OrganisationFacts {
  organisationId: string;
  name: string;
  kind: OrganisationKind | null;
  status: 'unregistered' | 'active' | 'deactivated';
}

export interface ForumFacts {
  forumId: string;
  title: string;
  startDate: string;
  funders: string[];
}

export function describeOrganisation(facts: OrganisationFacts): string {
  return facts.status === 'unregistered' ? `organisation ${facts.organisationId}` : `"${facts.name}" (${facts.organisationId})`;
}
