import { AccessDenied } from './access-denied';
import { AggregateNotFound } from './domain-errors';
import { Principal, Role } from './principal';

/** Coordinators may do everything; anyone else needs one of `roles`. */
export function requireRole(principal: Principal, roles: Role[], action: string): void {
  if (principal.role === 'coordinator' || roles.includes(principal.role)) return;
  throw new AccessDenied(`to ${action} you need to be ${[...roles, 'coordinator'].join(' or ')}; you are ${principal.role}`, 'RoleNeeded', {
    roles: [...roles, 'coordinator'],
    role: principal.role,
  });
}

/** Coordinators may act for any organisation; anyone else only for their own. */
export function requireOwnOrganisation(principal: Principal, organisationId: string | null, action: string): void {
  if (principal.role === 'coordinator' || (organisationId !== null && principal.organisationId === organisationId)) return;
  throw new AccessDenied(`only the organisation ${organisationId ?? '(none)'} or a coordinator may ${action}`, 'OwnOrganisationOnly', {
    organisationId,
  });
}

/** The account itself or a coordinator. */
export function requireSelfOrCoordinator(principal: Principal, accountId: string, action: string): void {
  if (principal.role === 'coordinator' || principal.accountId === accountId) return;
  throw new AccessDenied(`only the account itself or a coordinator may ${action}`, 'OwnAccountOnly');
}

/**
 * Donors read only the forums they fund (and what comes from them); everyone else reads everything. What a
 * donor may not see answers 404 exactly as if it did not exist: a 403 would tell that it exists (and its title).
 */
export function requireFundedByDonor(principal: Principal, funders: string[], kind: string, id: string): void {
  if (principal.role !== 'donor') return;
  if (principal.organisationId !== null && funders.includes(principal.organisationId)) return;
  throw new AggregateNotFound(kind, id);
}
