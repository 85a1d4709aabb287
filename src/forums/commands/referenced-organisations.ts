import { ForumDetails } from '../forum.events';

/** The organisations a forum's details name, whose facts the decider needs. */
export function referencedOrganisations(details: Partial<ForumDetails>): string[] {
  const organisers = (details.organisers ?? []).flatMap(({ organisationId }) => (organisationId ? [organisationId] : []));
  return [...(details.funders ?? []), ...organisers];
}
