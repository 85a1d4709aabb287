import fc from 'fast-check';
import type { OrganisationFacts } from '../forums/facts';
import type { Principal } from '../kernel/principal';
import { authoriseRecommendationCommand, refusalNamesResponsible } from './recommendation-access';
import { RecommendationCommandType } from './recommendation.commands';

const TYPES: RecommendationCommandType[] = [
  'AssignRecommendation',
  'AcceptRecommendation',
  'DeclineRecommendation',
  'StartWorkOnRecommendation',
  'ReportProgress',
  'ChangeDueDate',
  'ReassignRecommendation',
  'MarkRecommendationImplemented',
  'VerifyImplementation',
  'DisputeImplementation',
  'WithdrawRecommendation',
  'CorrectEffectiveDate',
  'CorrectRecommendation',
];
const ORGANISATIONS = ['org-a', 'org-b', 'org-c'];
const forum = { forumId: 'forum-1', title: 'Forum', startDate: '2020-01-01', funders: ['org-b'] };

function factsOf(organisationId: string): OrganisationFacts {
  return { organisationId, name: `The organisation ${organisationId}`, kind: null, status: 'active' };
}

/** The refusal a check throws (its class, message, code and details), or null when it passes. */
function outcome(check: () => void): unknown {
  try {
    check();
    return null;
  } catch (error) {
    return { name: (error as Error).constructor.name, ...(error as object), message: (error as Error).message };
  }
}

describe('the access check with the responsible organisation read only when a refusal names it', () => {
  it('passes and refuses exactly as it does with the organisation always read', () => {
    const actor = fc.record({
      accountId: fc.constant('account-1'),
      organisationId: fc.option(fc.constantFrom(...ORGANISATIONS)),
      role: fc.constantFrom('coordinator', 'stakeholder', 'donor', 'viewer') as fc.Arbitrary<Principal['role']>,
    });
    fc.assert(
      fc.property(actor, fc.constantFrom(...TYPES), fc.option(fc.constantFrom(...ORGANISATIONS)), (principal, type, responsibleId) => {
        const always = { recommendationId: 'rec-1', forum, responsible: responsibleId === null ? null : factsOf(responsibleId) };
        const onlyToName = {
          ...always,
          responsible:
            responsibleId === null
              ? null
              : refusalNamesResponsible(principal, type, responsibleId)
                ? factsOf(responsibleId)
                : { organisationId: responsibleId },
        };
        expect(outcome(() => authoriseRecommendationCommand(principal, type, onlyToName))).toEqual(
          outcome(() => authoriseRecommendationCommand(principal, type, always)),
        );
      }),
      { numRuns: 500 },
    );
  });
});
