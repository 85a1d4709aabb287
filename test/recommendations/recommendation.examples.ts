import { OrganisationFacts } from '../../src/forums/facts';
import { AssignmentFacts, RecommendationCommand, RecommendationFacts, TaggingFacts } from '../../src/recommendations/recommendation.commands';
import * as E from '../../src/recommendations/recommendation.events';
import { RecommendationState } from '../../src/recommendations/recommendation.state';

/** Examples for the recommendation lifecycle: one forum, three organisations, a history per status. */
export const id = 'r1';
export const forum = { forumId: 'f1', title: 'Khatlon conference', startDate: '2024-05-10', funders: ['inl'] };
export const time = { now: '2025-01-15T10:00:00.000Z', effectiveAt: '2025-01-15T10:00:00.000Z' };
export const facts: RecommendationFacts = { forum, time };

export const committee: OrganisationFacts = { organisationId: 'committee', name: 'Committee on Women', kind: 'committee', status: 'active' };
export const legalAid: OrganisationFacts = { organisationId: 'legal-aid', name: 'Legal Aid Centre', kind: 'legal_aid', status: 'active' };
export const closed: OrganisationFacts = { organisationId: 'closed', name: 'Closed NGO', kind: 'ngo', status: 'deactivated' };
/** The vocabularies know 'education', 'prevention' and Khatlon (TJ-KT) with its district Bokhtar, and have retired 'gender'. */
export const taggingFacts: TaggingFacts = {
  ...facts,
  tags: {
    themes: { education: 'current', prevention: 'current', gender: 'retired' },
    targetRegions: { 'TJ-KT': 'current', 'TJ-KT-BKH': 'current' },
    sdgTargets: { '5.2': 'current' },
  },
};
export const assignmentFacts: AssignmentFacts = { ...facts, organisations: [committee, legalAid, closed] };

export const evidence: E.Evidence[] = [{ kind: 'document', title: 'Order No. 12', url: null, reference: 'Order No. 12 of 1 June 2024' }];

export const proposed = new E.RecommendationProposed({
  recommendationId: id,
  forumId: 'f1',
  text: 'Train school psychologists to recognise and refer cases of violence',
  themes: ['education'],
  targetRegions: ['TJ-KT'],
  priority: 'high',
});
export const assigned = new E.RecommendationAssigned({
  recommendationId: id,
  responsibleOrganisationId: 'committee',
  supportingOrganisationIds: ['legal-aid'],
  dueDate: '2025-06-30',
});
export const accepted = new E.RecommendationAccepted({ recommendationId: id, organisationId: 'committee' });
export const workStarted = new E.RecommendationWorkStarted({ recommendationId: id, organisationId: 'committee' });
export const implemented = new E.RecommendationImplemented({
  recommendationId: id,
  organisationId: 'committee',
  summary: '120 psychologists trained',
  evidence,
});
export const verified = new E.ImplementationVerified({ recommendationId: id, note: null });
export const withdrawn = new E.RecommendationWithdrawn({ recommendationId: id, reason: 'duplicate', previousStatus: 'proposed' });

/** A history that leads to each status. */
export const historyFor: Record<RecommendationState['status'], E.RecommendationEvent[]> = {
  not_proposed: [],
  proposed: [proposed],
  assigned: [proposed, assigned],
  accepted: [proposed, assigned, accepted],
  in_progress: [proposed, assigned, accepted, workStarted],
  implemented: [proposed, assigned, accepted, workStarted, implemented],
  verified: [proposed, assigned, accepted, workStarted, implemented, verified],
  withdrawn: [proposed, withdrawn],
};

/** A valid example of each command. */
export const commands: { [T in RecommendationCommand['type']]: Extract<RecommendationCommand, { type: T }> } = {
  ProposeRecommendation: { type: 'ProposeRecommendation', data: proposed.data, facts: taggingFacts },
  AssignRecommendation: { type: 'AssignRecommendation', data: assigned.data, facts: assignmentFacts },
  AcceptRecommendation: { type: 'AcceptRecommendation', data: { recommendationId: id }, facts },
  DeclineRecommendation: { type: 'DeclineRecommendation', data: { recommendationId: id, reason: 'not our mandate' }, facts },
  StartWorkOnRecommendation: { type: 'StartWorkOnRecommendation', data: { recommendationId: id }, facts },
  ReportProgress: {
    type: 'ReportProgress',
    data: { recommendationId: id, note: 'curriculum drafted', evidence, percentComplete: 30 },
    facts,
  },
  ChangeDueDate: { type: 'ChangeDueDate', data: { recommendationId: id, dueDate: '2025-12-31', reason: 'budget delayed' }, facts },
  ReassignRecommendation: {
    type: 'ReassignRecommendation',
    data: { recommendationId: id, responsibleOrganisationId: 'legal-aid', dueDate: null, reason: 'mandate moved' },
    facts: assignmentFacts,
  },
  MarkRecommendationImplemented: {
    type: 'MarkRecommendationImplemented',
    data: { recommendationId: id, summary: '120 psychologists trained', evidence },
    facts,
  },
  VerifyImplementation: { type: 'VerifyImplementation', data: { recommendationId: id, note: null }, facts },
  DisputeImplementation: { type: 'DisputeImplementation', data: { recommendationId: id, reason: 'no attendance lists' }, facts },
  WithdrawRecommendation: { type: 'WithdrawRecommendation', data: { recommendationId: id, reason: 'duplicate' }, facts },
  CorrectEffectiveDate: {
    type: 'CorrectEffectiveDate',
    data: { recommendationId: id, revision: 1, effectiveAt: '2024-06-01T09:00:00.000Z', reason: 'typed July for June' },
    facts: {
      ...facts,
      target: { revision: 1, type: 'RecommendationAssigned', effectiveAt: '2024-07-01T09:00:00.000Z' },
      previous: { type: 'RecommendationProposed', effectiveAt: '2024-05-10T09:00:00.000Z' },
      next: null,
    },
  },
  CorrectRecommendation: {
    type: 'CorrectRecommendation',
    data: {
      recommendationId: id,
      content: { text: 'Train school psychologists and teachers to recognise and refer cases of violence' },
      reason: 'copied from the draft',
    },
    facts: taggingFacts,
  },
};
