import { domainEvent } from '../event-sourcing/domain-event';

export const ORGANISATION_KINDS = [
  'ministry',
  'committee',
  'local_authority',
  'ngo',
  'shelter',
  'legal_aid',
  'donor',
  'international_organisation',
  'embassy',
  'international_ngo',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface OrganisationRegisteredData {
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  region: string | null;
}

export class OrganisationRegistered extends domainEvent('OrganisationRegistered')<OrganisationRegisteredData> {}
export class OrganisationRenamed extends domainEvent('OrganisationRenamed')<{ organisationId: string; name: string }> {}
export class OrganisationDeactivated extends domainEvent('OrganisationDeactivated')<{
  organisationId: string;
  reason: string;
}> {}

export class OrganisationKindChanged extends domainEvent('OrganisationKindChanged')<{
  organisationId: string;
  kind: OrganisationKind;
  previousKind: OrganisationKind;
}> {}

export type OrganisationEvent = OrganisationRegistered | OrganisationRenamed | OrganisationDeactivated | OrganisationKindChanged;
export const ORGANISATION_EVENTS = [OrganisationRegistered, OrganisationRenamed, OrganisationDeactivated, OrganisationKindChanged];
