import { accepted, assigned, commands, historyFor, implemented, proposed, time, workStarted } from '../../test/recommendations/recommendation.examples';
import { deciderSpecification } from '../../test/support/decider-specification';
import { RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import { RecommendationCommand, RecommendationCommandType } from './recommendation.commands';
import { recommendationDecider } from './recommendation.decider';
import * as E from './recommendation.events';
import { RecommendationState } from './recommendation.state';
import { ALLOWED_FROM } from './recommendation.transitions';

type Status = RecommendationState['status'];
const spec = deciderSpecification(recommendationDecider);
const exactly = (message: string) => new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const r1 = { recommendationId: 'r1' };
const withData = <C extends RecommendationCommand>(command: C, data: Partial<C['data']>): C => ({
  ...command,
  data: { ...command.data, ...data },
});
const at = <C extends RecommendationCommand>(command: C, effectiveAt: string): C => ({
  ...command,
  facts: { ...command.facts, time: { ...time, effectiveAt } },
});

/** Every (command, status) pair the state machine refuses, with the exact message the user sees. */
const REFUSALS: [RecommendationCommandType, Status, string][] = [
  ['CorrectRecommendation', 'not_proposed', 'cannot correct the recommendation: the recommendation is not proposed; propose it on its forum first'],
  ['CorrectEffectiveDate', 'not_proposed', 'cannot correct an effective date: the recommendation is not proposed; propose it on its forum first'],
  // ProposeRecommendation
  ['ProposeRecommendation', 'proposed', 'cannot propose: the recommendation is proposed; it already exists'],
  ['ProposeRecommendation', 'assigned', 'cannot propose: the recommendation is assigned; it already exists'],
  ['ProposeRecommendation', 'accepted', 'cannot propose: the recommendation is accepted; it already exists'],
  ['ProposeRecommendation', 'in_progress', 'cannot propose: the recommendation is in progress; it already exists'],
  ['ProposeRecommendation', 'implemented', 'cannot propose: the recommendation is implemented; it already exists'],
  ['ProposeRecommendation', 'verified', 'cannot propose: the recommendation is verified; it already exists'],
  ['ProposeRecommendation', 'withdrawn', 'cannot propose: the recommendation is withdrawn; it already exists'],
  // AssignRecommendation
  ['AssignRecommendation', 'not_proposed', 'cannot assign: the recommendation is not proposed; propose it on its forum first'],
  ['AssignRecommendation', 'assigned', 'cannot assign: the recommendation is assigned; it already has a responsible organisation; reassign it instead'],
  ['AssignRecommendation', 'accepted', 'cannot assign: the recommendation is accepted; it already has a responsible organisation; reassign it instead'],
  ['AssignRecommendation', 'in_progress', 'cannot assign: the recommendation is in progress; it already has a responsible organisation; reassign it instead'],
  [
    'AssignRecommendation',
    'implemented',
    'cannot assign: the recommendation is implemented; a donor or coordinator must dispute the implementation to reopen the work first',
  ],
  ['AssignRecommendation', 'verified', 'cannot assign: the recommendation is verified; a verified implementation is final'],
  ['AssignRecommendation', 'withdrawn', 'cannot assign: the recommendation is withdrawn; a withdrawal is final'],
  // AcceptRecommendation
  ['AcceptRecommendation', 'not_proposed', 'cannot accept: the recommendation is not proposed; propose it on its forum first'],
  ['AcceptRecommendation', 'proposed', 'cannot accept: the recommendation is proposed; a coordinator must assign it to a responsible organisation first'],
  ['AcceptRecommendation', 'accepted', 'cannot accept: the recommendation is accepted; the responsible organisation has already accepted it'],
  ['AcceptRecommendation', 'in_progress', 'cannot accept: the recommendation is in progress; the responsible organisation has already accepted it'],
  [
    'AcceptRecommendation',
    'implemented',
    'cannot accept: the recommendation is implemented; a donor or coordinator must dispute the implementation to reopen the work first',
  ],
  ['AcceptRecommendation', 'verified', 'cannot accept: the recommendation is verified; a verified implementation is final'],
  ['AcceptRecommendation', 'withdrawn', 'cannot accept: the recommendation is withdrawn; a withdrawal is final'],
  // DeclineRecommendation
  ['DeclineRecommendation', 'not_proposed', 'cannot decline: the recommendation is not proposed; propose it on its forum first'],
  ['DeclineRecommendation', 'proposed', 'cannot decline: the recommendation is proposed; a coordinator must assign it to a responsible organisation first'],
  [
    'DeclineRecommendation',
    'accepted',
    'cannot decline: the recommendation is accepted; the responsible organisation has already accepted it; a coordinator may reassign or withdraw it',
  ],
  [
    'DeclineRecommendation',
    'in_progress',
    'cannot decline: the recommendation is in progress; the responsible organisation has already accepted it; a coordinator may reassign or withdraw it',
  ],
  [
    'DeclineRecommendation',
    'implemented',
    'cannot decline: the recommendation is implemented; a donor or coordinator must dispute the implementation to reopen the work first',
  ],
  ['DeclineRecommendation', 'verified', 'cannot decline: the recommendation is verified; a verified implementation is final'],
  ['DeclineRecommendation', 'withdrawn', 'cannot decline: the recommendation is withdrawn; a withdrawal is final'],
  // StartWorkOnRecommendation
  ['StartWorkOnRecommendation', 'not_proposed', 'cannot start work: the recommendation is not proposed; propose it on its forum first'],
  [
    'StartWorkOnRecommendation',
    'proposed',
    'cannot start work: the recommendation is proposed; a coordinator must assign it to a responsible organisation first',
  ],
  ['StartWorkOnRecommendation', 'assigned', 'cannot start work: the recommendation is assigned; the responsible organisation must accept it first'],
  ['StartWorkOnRecommendation', 'in_progress', 'cannot start work: the recommendation is in progress; work has already started'],
  [
    'StartWorkOnRecommendation',
    'implemented',
    'cannot start work: the recommendation is implemented; a donor or coordinator must dispute the implementation to reopen the work first',
  ],
  ['StartWorkOnRecommendation', 'verified', 'cannot start work: the recommendation is verified; a verified implementation is final'],
  ['StartWorkOnRecommendation', 'withdrawn', 'cannot start work: the recommendation is withdrawn; a withdrawal is final'],
  // ReportProgress
  ['ReportProgress', 'not_proposed', 'cannot report progress: the recommendation is not proposed; propose it on its forum first'],
  ['ReportProgress', 'proposed', 'cannot report progress: the recommendation is proposed; a coordinator must assign it to a responsible organisation first'],
  ['ReportProgress', 'assigned', 'cannot report progress: the recommendation is assigned; the responsible organisation must accept it first'],
  [
    'ReportProgress',
    'implemented',
    'cannot report progress: the recommendation is implemented; a donor or coordinator must dispute the implementation to reopen the work first',
  ],
  ['ReportProgress', 'verified', 'cannot report progress: the recommendation is verified; a verified implementation is final'],
  ['ReportProgress', 'withdrawn', 'cannot report progress: the recommendation is withdrawn; a withdrawal is final'],
  // ChangeDueDate
  ['ChangeDueDate', 'not_proposed', 'cannot change the due date: the recommendation is not proposed; propose it on its forum first'],
  ['ChangeDueDate', 'proposed', 'cannot change the due date: the recommendation is proposed; a coordinator must assign it to a responsible organisation first'],
  [
    'ChangeDueDate',
    'implemented',
    'cannot change the due date: the recommendation is implemented; a donor or coordinator must dispute the implementation to reopen the work first',
  ],
  ['ChangeDueDate', 'verified', 'cannot change the due date: the recommendation is verified; a verified implementation is final'],
  ['ChangeDueDate', 'withdrawn', 'cannot change the due date: the recommendation is withdrawn; a withdrawal is final'],
  // ReassignRecommendation
  ['ReassignRecommendation', 'not_proposed', 'cannot reassign: the recommendation is not proposed; propose it on its forum first'],
  ['ReassignRecommendation', 'proposed', 'cannot reassign: the recommendation is proposed; a coordinator must assign it to a responsible organisation first'],
  [
    'ReassignRecommendation',
    'implemented',
    'cannot reassign: the recommendation is implemented; a donor or coordinator must dispute the implementation to reopen the work first',
  ],
  ['ReassignRecommendation', 'verified', 'cannot reassign: the recommendation is verified; a verified implementation is final'],
  ['ReassignRecommendation', 'withdrawn', 'cannot reassign: the recommendation is withdrawn; a withdrawal is final'],
  // MarkRecommendationImplemented
  ['MarkRecommendationImplemented', 'not_proposed', 'cannot mark implemented: the recommendation is not proposed; propose it on its forum first'],
  [
    'MarkRecommendationImplemented',
    'proposed',
    'cannot mark implemented: the recommendation is proposed; a coordinator must assign it to a responsible organisation first',
  ],
  ['MarkRecommendationImplemented', 'assigned', 'cannot mark implemented: the recommendation is assigned; the responsible organisation must accept it first'],
  [
    'MarkRecommendationImplemented',
    'implemented',
    'cannot mark implemented: the recommendation is implemented; a donor or coordinator may now verify or dispute it',
  ],
  ['MarkRecommendationImplemented', 'verified', 'cannot mark implemented: the recommendation is verified; a verified implementation is final'],
  ['MarkRecommendationImplemented', 'withdrawn', 'cannot mark implemented: the recommendation is withdrawn; a withdrawal is final'],
  // VerifyImplementation
  ['VerifyImplementation', 'not_proposed', 'cannot verify the implementation: the recommendation is not proposed; propose it on its forum first'],
  [
    'VerifyImplementation',
    'proposed',
    'cannot verify the implementation: the recommendation is proposed; a coordinator must assign it to a responsible organisation first',
  ],
  ['VerifyImplementation', 'assigned', 'cannot verify the implementation: the recommendation is assigned; the responsible organisation must accept it first'],
  [
    'VerifyImplementation',
    'accepted',
    'cannot verify the implementation: the recommendation is accepted; the responsible organisation must mark it implemented first',
  ],
  [
    'VerifyImplementation',
    'in_progress',
    'cannot verify the implementation: the recommendation is in progress; the responsible organisation must mark it implemented first',
  ],
  ['VerifyImplementation', 'verified', 'cannot verify the implementation: the recommendation is verified; a verified implementation is final'],
  ['VerifyImplementation', 'withdrawn', 'cannot verify the implementation: the recommendation is withdrawn; a withdrawal is final'],
  // DisputeImplementation
  ['DisputeImplementation', 'not_proposed', 'cannot dispute the implementation: the recommendation is not proposed; propose it on its forum first'],
  [
    'DisputeImplementation',
    'proposed',
    'cannot dispute the implementation: the recommendation is proposed; a coordinator must assign it to a responsible organisation first',
  ],
  ['DisputeImplementation', 'assigned', 'cannot dispute the implementation: the recommendation is assigned; the responsible organisation must accept it first'],
  [
    'DisputeImplementation',
    'accepted',
    'cannot dispute the implementation: the recommendation is accepted; the responsible organisation must mark it implemented first',
  ],
  [
    'DisputeImplementation',
    'in_progress',
    'cannot dispute the implementation: the recommendation is in progress; the responsible organisation must mark it implemented first',
  ],
  ['DisputeImplementation', 'verified', 'cannot dispute the implementation: the recommendation is verified; a verified implementation is final'],
  ['DisputeImplementation', 'withdrawn', 'cannot dispute the implementation: the recommendation is withdrawn; a withdrawal is final'],
  // WithdrawRecommendation
  ['WithdrawRecommendation', 'not_proposed', 'cannot withdraw: the recommendation is not proposed; propose it on its forum first'],
  ['WithdrawRecommendation', 'verified', 'cannot withdraw: the recommendation is verified; a verified implementation is final'],
  ['WithdrawRecommendation', 'withdrawn', 'cannot withdraw: the recommendation is withdrawn; a withdrawal is final'],
];

describe('Recommendation', () => {
  describe('transitions (the state machine allows)', () => {
    it('ProposeRecommendation: not proposed → proposed', () => {
      spec.given([]).when(commands.ProposeRecommendation).then([proposed]);
    });

    it('AssignRecommendation: proposed → assigned', () => {
      spec.given(historyFor.proposed).when(commands.AssignRecommendation).then([assigned]);
    });

    it('AcceptRecommendation: assigned → accepted, by the responsible organisation', () => {
      spec.given(historyFor.assigned).when(commands.AcceptRecommendation).then([accepted]);
    });

    it('DeclineRecommendation: assigned → proposed, back to the coordinator', () => {
      spec
        .given(historyFor.assigned)
        .when(commands.DeclineRecommendation)
        .then([new E.RecommendationDeclined({ ...r1, organisationId: 'committee', reason: 'not our mandate' })]);
    });

    it('StartWorkOnRecommendation: accepted → in progress', () => {
      spec.given(historyFor.accepted).when(commands.StartWorkOnRecommendation).then([workStarted]);
    });

    const progress = new E.RecommendationProgressReported(commands.ReportProgress.data as E.RecommendationProgressReportedData);
    it('ReportProgress: accepted → in progress, recording that work started', () => {
      spec.given(historyFor.accepted).when(commands.ReportProgress).then([workStarted, progress]);
    });

    it('ReportProgress: in progress → in progress', () => {
      spec.given(historyFor.in_progress).when(commands.ReportProgress).then([progress]);
    });

    it.each(['assigned', 'accepted', 'in_progress'] as const)('ChangeDueDate: %s → unchanged status', (status) => {
      spec
        .given(historyFor[status])
        .when(commands.ChangeDueDate)
        .then([new E.RecommendationDueDateChanged({ ...r1, previousDueDate: '2025-06-30', dueDate: '2025-12-31', reason: 'budget delayed' })]);
    });

    it.each(['assigned', 'accepted', 'in_progress'] as const)('ReassignRecommendation: %s → assigned', (status) => {
      spec
        .given(historyFor[status])
        .when(commands.ReassignRecommendation)
        .then([
          new E.RecommendationReassigned({
            ...r1,
            previousOrganisationId: 'committee',
            responsibleOrganisationId: 'legal-aid',
            dueDate: '2025-06-30',
            reason: 'mandate moved',
          }),
        ]);
    });

    it.each(['accepted', 'in_progress'] as const)('MarkRecommendationImplemented: %s → implemented', (status) => {
      spec.given(historyFor[status]).when(commands.MarkRecommendationImplemented).then([implemented]);
    });

    it('VerifyImplementation: implemented → verified', () => {
      spec
        .given(historyFor.implemented)
        .when(commands.VerifyImplementation)
        .then([new E.ImplementationVerified({ ...r1, note: null })]);
    });

    it('DisputeImplementation: implemented → in progress', () => {
      spec
        .given(historyFor.implemented)
        .when(commands.DisputeImplementation)
        .then([new E.ImplementationDisputed({ ...r1, reason: 'no attendance lists' })]);
    });

    it.each(['proposed', 'assigned', 'accepted', 'in_progress', 'implemented'] as const)('WithdrawRecommendation: %s → withdrawn', (previousStatus) => {
      spec
        .given(historyFor[previousStatus])
        .when(commands.WithdrawRecommendation)
        .then([new E.RecommendationWithdrawn({ ...r1, reason: 'duplicate', previousStatus })]);
    });
  });

  describe('where a transition leads', () => {
    it('after a decline the recommendation has no responsible organisation and can be assigned again', () => {
      const declined = new E.RecommendationDeclined({ ...r1, organisationId: 'committee', reason: 'not our mandate' });
      spec
        .given([...historyFor.assigned, declined])
        .when(commands.AssignRecommendation)
        .then([assigned]);
    });

    it('after a reassignment the new organisation must accept before work starts', () => {
      const reassigned = new E.RecommendationReassigned({
        ...r1,
        previousOrganisationId: 'committee',
        responsibleOrganisationId: 'legal-aid',
        dueDate: '2025-06-30',
        reason: 'mandate moved',
      });
      spec
        .given([...historyFor.in_progress, reassigned])
        .when(commands.AcceptRecommendation)
        .then([new E.RecommendationAccepted({ ...r1, organisationId: 'legal-aid' })]);
    });

    it('after a dispute the work is open again and can be marked implemented anew', () => {
      const disputed = new E.ImplementationDisputed({ ...r1, reason: 'no attendance lists' });
      spec
        .given([...historyFor.implemented, disputed])
        .when(commands.MarkRecommendationImplemented)
        .then([implemented]);
    });
  });

  describe('refusals (409): every command in every status the state machine does not allow', () => {
    it('the refusal table and the transition table together cover every command in every status', () => {
      const statuses = Object.keys(historyFor) as Status[];
      for (const [type, allowed] of Object.entries(ALLOWED_FROM) as [RecommendationCommandType, readonly Status[]][]) {
        const refused = REFUSALS.filter(([t]) => t === type).map(([, status]) => status);
        expect([...allowed, ...refused].sort()).toEqual([...statuses].sort());
      }
    });

    it.each(REFUSALS)('%s is refused when %s', (type, status, message) => {
      spec.given(historyFor[status]).when(commands[type]).thenRefused(TransitionRefused, exactly(message));
    });
  });

  describe('rules about content (422)', () => {
    it('refuses an effective time in the future', () => {
      spec
        .given(historyFor.assigned)
        .when(at(commands.AcceptRecommendation, '2025-01-15T10:00:01.000Z'))
        .thenRefused(RuleViolated, /effectiveAt 2025-01-15T10:00:01.000Z is in the future/);
    });

    it('refuses an effective time before the forum started', () => {
      spec
        .given([])
        .when(at(commands.ProposeRecommendation, '2024-05-09T09:00:00.000Z'))
        .thenRefused(RuleViolated, /effectiveAt .* is before the forum "Khatlon conference" started on 2024-05-10/);
    });

    it('accepts history back-dated to the day the forum started (in any time zone)', () => {
      spec.given([]).when(at(commands.ProposeRecommendation, '2024-05-09T20:00:00.000Z')).then([proposed]);
    });

    it('refuses a due date before the forum started', () => {
      spec
        .given(historyFor.proposed)
        .when(withData(commands.AssignRecommendation, { dueDate: '2024-05-09' }))
        .thenRefused(RuleViolated, /dueDate 2024-05-09 is before the forum/);
    });

    it('refuses to assign to an organisation that is not registered', () => {
      spec
        .given(historyFor.proposed)
        .when(withData(commands.AssignRecommendation, { responsibleOrganisationId: 'nobody' }))
        .thenRefused(RuleViolated, /organisation nobody is not registered; register it first/);
    });

    it('refuses to assign to a deactivated organisation', () => {
      spec
        .given(historyFor.proposed)
        .when(withData(commands.AssignRecommendation, { responsibleOrganisationId: 'closed' }))
        .thenRefused(RuleViolated, /organisation "Closed NGO" \(closed\) is deactivated; nothing can be assigned to it/);
    });

    it('refuses a deactivated supporting organisation', () => {
      spec
        .given(historyFor.proposed)
        .when(withData(commands.AssignRecommendation, { supportingOrganisationIds: ['closed'] }))
        .thenRefused(RuleViolated, /"Closed NGO" \(closed\) is deactivated/);
    });

    it('refuses the responsible organisation as a supporting one too', () => {
      spec
        .given(historyFor.proposed)
        .when(withData(commands.AssignRecommendation, { supportingOrganisationIds: ['committee'] }))
        .thenRefused(RuleViolated, /organisation committee is already the responsible organisation/);
    });

    it('refuses to reassign to the organisation already responsible', () => {
      spec
        .given(historyFor.accepted)
        .when(withData(commands.ReassignRecommendation, { responsibleOrganisationId: 'committee' }))
        .thenRefused(RuleViolated, /already assigned to organisation committee/);
    });

    it('refuses to reassign to a deactivated organisation', () => {
      spec
        .given(historyFor.accepted)
        .when(withData(commands.ReassignRecommendation, { responsibleOrganisationId: 'closed' }))
        .thenRefused(RuleViolated, /"Closed NGO" \(closed\) is deactivated/);
    });

    it('reassigns with a new due date when one is given, and refuses one before the forum', () => {
      const reassign = withData(commands.ReassignRecommendation, { dueDate: '2025-09-30' });
      spec
        .given(historyFor.assigned)
        .when(reassign)
        .then([
          new E.RecommendationReassigned({
            ...r1,
            previousOrganisationId: 'committee',
            responsibleOrganisationId: 'legal-aid',
            dueDate: '2025-09-30',
            reason: 'mandate moved',
          }),
        ]);
      spec
        .given(historyFor.assigned)
        .when(withData(reassign, { dueDate: '2024-01-01' }))
        .thenRefused(RuleViolated, /dueDate 2024-01-01 is before the forum/);
    });

    it('changes nothing when the due date is already the one given', () => {
      spec
        .given(historyFor.accepted)
        .when(withData(commands.ChangeDueDate, { dueDate: '2025-06-30' }))
        .then([]);
    });

    it('refuses a changed due date before the forum started', () => {
      spec
        .given(historyFor.accepted)
        .when(withData(commands.ChangeDueDate, { dueDate: '2024-05-01' }))
        .thenRefused(RuleViolated, /dueDate 2024-05-01 is before the forum/);
    });

    it('refuses an implementation without evidence', () => {
      spec
        .given(historyFor.in_progress)
        .when(withData(commands.MarkRecommendationImplemented, { evidence: [] }))
        .thenRefused(RuleViolated, /needs at least one piece of evidence/);
    });
  });

  describe('correcting the content (text, themes, priority, targets, who made it)', () => {
    const correct = (content: E.RecommendationCorrectedData['changed']) =>
      withData(commands.CorrectRecommendation, { content, reason: 'copied from the draft' });

    it.each(['proposed', 'assigned', 'in_progress', 'verified', 'withdrawn'] as const)(
      'records only the fields that change, with what they were (%s)',
      (status) => {
        spec
          .given(historyFor[status])
          .when(correct({ text: 'Train teachers to refer cases of violence', themes: ['education'], priority: 'medium', targetCountry: 'AF' }))
          .then([
            new E.RecommendationCorrected({
              ...r1,
              changed: { text: 'Train teachers to refer cases of violence', priority: 'medium', targetCountry: 'AF' },
              previous: { text: 'Train school psychologists to recognise and refer cases of violence', priority: 'high', targetCountry: null },
              reason: 'copied from the draft',
            }),
          ]);
      },
    );

    it('refuses a correction that changes nothing', () => {
      spec
        .given(historyFor.accepted)
        .when(correct({ themes: ['education'], targetRegions: ['TJ-KT'], madeBy: null }))
        .thenRefused(RuleViolated, /the correction changes nothing/);
    });

    it('a later correction starts from what the earlier one left, and back-dated events still follow the last real one', () => {
      const first = new E.RecommendationCorrected({ ...r1, changed: { madeBy: 'Panel on legal aid' }, previous: { madeBy: null }, reason: 'missing' });
      spec
        .given([...historyFor.proposed, first])
        .when(correct({ madeBy: 'Panel on legal aid', targetRegions: [] }))
        .then([
          new E.RecommendationCorrected({ ...r1, changed: { targetRegions: [] }, previous: { targetRegions: ['TJ-KT'] }, reason: 'copied from the draft' }),
        ]);
      spec
        .given([...historyFor.proposed, { ...first, effectiveAt: '2025-01-15T10:00:00.000Z' }])
        .when(at(commands.AssignRecommendation, '2024-06-01T09:00:00.000Z'))
        .then([assigned]);
    });

    it('is not checked against the clock or the order of the stream: it takes effect when it is recorded', () => {
      spec
        .given(historyFor.implemented)
        .when(at(correct({ priority: 'low' }), '2030-01-01T00:00:00.000Z'))
        .then([new E.RecommendationCorrected({ ...r1, changed: { priority: 'low' }, previous: { priority: 'high' }, reason: 'copied from the draft' })]);
    });
  });

  describe('tags from the vocabularies', () => {
    const propose = (data: Partial<E.RecommendationProposedData>) => withData(commands.ProposeRecommendation, data);
    const correct = (content: E.RecommendationCorrectedData['changed']) => withData(commands.CorrectRecommendation, { content, reason: 'mapped' });

    it('records the codes of every vocabulary it is tagged from', () => {
      const tagged = { themes: ['education', 'prevention'], targetRegions: ['TJ-KT-BKH'], sdgTargets: ['5.2'], cedawAreas: [], mechanisms: [] };
      spec
        .given([])
        .when(propose(tagged))
        .then([new E.RecommendationProposed({ ...proposed.data, ...tagged })]);
    });

    it('refuses a code its vocabulary does not hold, naming the field and the value', () => {
      spec
        .given([])
        .when(propose({ sdgTargets: ['5.9'] }))
        .thenRefused(RuleViolated, exactly('sdgTargets: "5.9" is not a code of the sdgTargets vocabulary (GET /vocabularies/sdgTargets lists them)'));
      spec
        .given([])
        .when(propose({ targetRegions: ['Khatlon'] }))
        .thenRefused(RuleViolated, /targetRegions: "Khatlon" is not a code of the regions vocabulary/);
    });

    it('refuses a retired term for new tagging', () => {
      spec
        .given([])
        .when(propose({ themes: ['gender'] }))
        .thenRefused(RuleViolated, /themes: "gender" is retired from the themes vocabulary/);
    });

    it('a correction checks only what it changes: free text recorded before the vocabularies stays readable', () => {
      const old = new E.RecommendationProposed({ ...proposed.data, themes: ['legal aid'], targetRegions: ['Khatlon'] });
      spec
        .given([old])
        .when(correct({ themes: ['legal aid'], targetRegions: ['TJ-KT'] }))
        .then([new E.RecommendationCorrected({ ...r1, changed: { targetRegions: ['TJ-KT'] }, previous: { targetRegions: ['Khatlon'] }, reason: 'mapped' })]);
      spec
        .given([old])
        .when(correct({ themes: ['legal-aid'] }))
        .thenRefused(RuleViolated, /themes: "legal-aid" is not a code of the themes vocabulary/);
    });
  });
});
