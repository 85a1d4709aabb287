import { requireOwnOrganisation, requireRole } from '../kernel/access-policy';
import type { Principal } from '../kernel/principal';
import { AccessDenied } from '../kernel/access-denied';
import { AggregateNotFound } from '../kernel/domain-errors';
import { ForumFacts, OrganisationFacts } from '../forums/facts';
import { RecommendationCommandType } from './recommendation.commands';
import { ACTION } from './recommendation.transitions';

/** What the responsible organisation's stakeholders may do; coordinators may do everything. */
const STAKEHOLDER_MAY: readonly RecommendationCommandType[] = [
  'AcceptRecommendation',
  'DeclineRecommendation',
  'StartWorkOnRecommendation',
  'ReportProgress',
  'MarkRecommendationImplemented',
];
/** What a donor funding the recommendation's forum may do. */
const DONOR_MAY: readonly RecommendationCommandType[] = ['VerifyImplementation', 'DisputeImplementation'];

export interface AccessFacts {
  recommendationId: string;
  forum: ForumFacts;
  /**
   * The responsible organisation now, or null when the recommendation has none; its other facts only where a refusal
   * would name it (see refusalNamesResponsible), since its own stakeholders pass on its id alone.
   */
  responsible: ResponsibleFacts | null;
}

export type ResponsibleFacts = Pick<OrganisationFacts, 'organisationId'> & Partial<OrganisationFacts>;

function requireResponsible(actor: Principal, type: RecommendationCommandType, { responsible }: AccessFacts): void {
  if (responsible === null) {
    throw new AccessDenied(`only a coordinator may ${ACTION[type]}: the recommendation is not assigned to any organisation`, 'NotAssigned');
  }
  if (actor.organisationId === responsible.organisationId) return;
  const action = `${ACTION[type]} (the recommendation is assigned to "${responsible.name}")`;
  requireOwnOrganisation(actor, responsible.organisationId, action);
}

/** A donor that does not fund the forum may not see the recommendation: 404, as for one that does not exist. */
function requireFunder(actor: Principal, { forum, recommendationId }: AccessFacts): void {
  if (actor.organisationId !== null && forum.funders.includes(actor.organisationId)) return;
  throw new AggregateNotFound('recommendation', recommendationId);
}

/**
 * Who may do what to a recommendation: coordinators everything; a stakeholder only the
 * responsible organisation's part, for its own organisation; a donor only verify or dispute,
 * for forums it funds; viewers nothing. Throws AccessDenied (403) naming what is needed.
 */
export function authoriseRecommendationCommand(actor: Principal, type: RecommendationCommandType, facts: AccessFacts): void {
  if (STAKEHOLDER_MAY.includes(type)) {
    requireRole(actor, ['stakeholder'], ACTION[type]);
    if (actor.role === 'stakeholder') requireResponsible(actor, type, facts);
  } else if (DONOR_MAY.includes(type)) {
    requireRole(actor, ['donor'], ACTION[type]);
    if (actor.role === 'donor') requireFunder(actor, facts);
  } else {
    requireRole(actor, [], ACTION[type]);
  }
}

/** Whether the check needs the responsible organisation's facts (to name it when refusing). */
export function needsResponsible(actor: Principal, type: RecommendationCommandType): boolean {
  return actor.role === 'stakeholder' && STAKEHOLDER_MAY.includes(type);
}

/** Whether this command's check needs more than the responsible organisation's id: it refuses, naming the organisation. */
export function refusalNamesResponsible(actor: Principal, type: RecommendationCommandType, responsibleId: string): boolean {
  return needsResponsible(actor, type) && actor.organisationId !== responsibleId;
}
