import { deciderSpecification } from '../../test/support/decider-specification';
import { RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import { recurrenceDecider } from './recurrence.decider';
import { RecommendationRepeatLinked, RecommendationRepeatUnlinked } from './recurrence.events';

const spec = deciderSpecification(recurrenceDecider);
const link = (earlierId: string, earlierProposedAt: string | null, recommendationId = 'r2') => ({
  type: 'LinkRepeat' as const,
  data: { recommendationId, earlierId, proposedAt: '2024-11-27T00:00:00.000Z', earlierProposedAt },
});
const unlink = (earlierId: string) => ({ type: 'UnlinkRepeat' as const, data: { recommendationId: 'r2', earlierId } });
const linked = new RecommendationRepeatLinked({ recommendationId: 'r2', earlierId: 'r1' });

describe('Recurrence', () => {
  it('links a recommendation to one proposed earlier', () => {
    spec.given([]).when(link('r1', '2022-05-29T00:00:00.000Z')).then([linked]);
  });

  it('links it to a second earlier one beside the first', () => {
    spec
      .given([linked])
      .when(link('r0', '2021-03-01T00:00:00.000Z'))
      .then([new RecommendationRepeatLinked({ recommendationId: 'r2', earlierId: 'r0' })]);
  });

  it('refuses to link a recommendation to itself', () => {
    spec
      .given([])
      .when(link('r2', '2024-11-27T00:00:00.000Z'))
      .thenRefused(RuleViolated, /itself/);
  });

  it('refuses an earlier one that is unknown', () => {
    spec
      .given([])
      .when(link('r9', null))
      .thenRefused(RuleViolated, /no recommendation r9/);
  });

  it('refuses one proposed later, or the same day', () => {
    spec
      .given([])
      .when(link('r3', '2025-01-10T00:00:00.000Z'))
      .thenRefused(RuleViolated, /not before/);
    spec
      .given([])
      .when(link('r3', '2024-11-27T00:00:00.000Z'))
      .thenRefused(RuleViolated, /not before/);
  });

  it('refuses a link already made', () => {
    spec
      .given([linked])
      .when(link('r1', '2022-05-29T00:00:00.000Z'))
      .thenRefused(TransitionRefused, /already linked/);
  });

  it('unlinks a link, and links it again afterwards', () => {
    spec
      .given([linked])
      .when(unlink('r1'))
      .then([new RecommendationRepeatUnlinked({ recommendationId: 'r2', earlierId: 'r1' })]);
    spec
      .given([linked, new RecommendationRepeatUnlinked({ recommendationId: 'r2', earlierId: 'r1' })])
      .when(link('r1', '2022-05-29T00:00:00.000Z'))
      .then([linked]);
  });

  it('refuses to unlink what is not linked', () => {
    spec
      .given([])
      .when(unlink('r1'))
      .thenRefused(TransitionRefused, /not linked/);
  });
});
