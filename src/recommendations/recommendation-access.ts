import type { Principal } from '../auth/principal';
import { AccessDenied } from '../event-sourcing/access-denied';
import { ForumFacts, OrganisationFacts, describeOrganisation } from '../forums/facts';
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
  forum: ForumFacts;
  /** The responsible organisation now, or null when the recommendation has none. */
  responsible: OrganisationFacts | null;
}

function whoMay(type: RecommendationCommandType): string {
  if (STAKEHOLDER_MAY.includes(type)) return 'a coordinator or the responsible organisation';
  if (DONOR_MAY.includes(type)) return "a coordinator or a donor funding the recommendation's forum";
  return 'a coordinator';
}

const actingFor = (actor: Principal) => `you act for organisation ${actor.organisationId ?? '(none)'}`;

function requireResponsible(actor: Principal, type: RecommendationCommandType, { responsible }: AccessFacts): void {
  if (responsible === null) {
    const message = `to ${ACTION[type]}, the recommendation must be assigned to your organisation; it is not assigned to any`;
    throw new AccessDenied(message);
  }
  if (actor.organisationId !== responsible.organisationId) {
    throw new AccessDenied(
      `to ${ACTION[type]}, you must act for the responsible organisation ${describeOrganisation(responsible)}; ${actingFor(actor)}`,
    );
  }
}

function requireFunder(actor: Principal, type: RecommendationCommandType, { forum }: AccessFacts): void {
  if (actor.organisationId === null || !forum.funders.includes(actor.organisationId)) {
    const funders = forum.funders.length > 0 ? forum.funders.join(', ') : 'none recorded';
    throw new AccessDenied(
      `to ${ACTION[type]}, you must act for a donor funding the forum "${forum.title}" (funders: ${funders}); ${actingFor(actor)}`,
    );
  }
}

/**
 * Who may do what to a recommendation: coordinators everything; a stakeholder only the
 * responsible organisation's part, for its own organisation; a donor only verify or dispute,
 * for forums it funds; viewers nothing. Throws AccessDenied (403) naming what is needed.
 */
export function authoriseRecommendationCommand(actor: Principal, type: RecommendationCommandType, facts: AccessFacts): void {
  if (actor.role === 'coordinator') return;
  if (actor.role === 'stakeholder' && STAKEHOLDER_MAY.includes(type)) return requireResponsible(actor, type, facts);
  if (actor.role === 'donor' && DONOR_MAY.includes(type)) return requireFunder(actor, type, facts);
  throw new AccessDenied(`a ${actor.role} may not ${ACTION[type]}; only ${whoMay(type)} may`);
}

/** Whether the check needs the responsible organisation's facts (to name it when refusing). */
export function needsResponsible(actor: Principal, type: RecommendationCommandType): boolean {
  return actor.role === 'stakeholder' && STAKEHOLDER_MAY.includes(type);
}
