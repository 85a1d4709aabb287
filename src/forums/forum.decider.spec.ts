import { deciderSpecification } from '../../test/support/decider-specification';
import { RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import { OrganisationFacts } from './facts';
import { ForumCommandFacts, forumDecider } from './forum.decider';
import { ForumDetailsCorrected, ForumRecorded, ForumRecordedData } from './forum.events';

const spec = deciderSpecification(forumDecider);

const inl: OrganisationFacts = { organisationId: 'inl', name: 'INL', kind: 'donor', status: 'active' };
const usant: OrganisationFacts = { organisationId: 'usant', name: 'USANT', kind: 'ngo', status: 'active' };
const time = { now: '2025-01-15T10:00:00.000Z', effectiveAt: '2025-01-15T10:00:00.000Z' };
const facts: ForumCommandFacts = { organisations: [inl, usant], time };

const details: ForumRecordedData = {
  forumId: 'f1',
  title: 'Regional conference on preventing GBV in Khatlon',
  kind: 'conference',
  startDate: '2024-05-10',
  endDate: '2024-05-11',
  location: { country: 'TJ', region: 'Khatlon', district: 'Bokhtar' },
  organisers: [{ name: 'USANT', organisationId: 'usant' }],
  funders: ['inl'],
  programme: 'Preventing GBV in Khatlon',
  participants: 52,
  sourceReference: 'USANT conference report',
};
const recorded = new ForumRecorded(details);
const correct = (changes: object, with_: Partial<ForumCommandFacts> = {}) => ({
  type: 'CorrectForumDetails' as const,
  data: { forumId: 'f1', changes, reason: 'the report says so' },
  facts: { ...facts, ...with_ },
});

describe('Forum', () => {
  describe('RecordForum', () => {
    it('records a forum', () => {
      spec.given([]).when({ type: 'RecordForum', data: details, facts }).then([recorded]);
    });

    it('is refused when the forum is already recorded', () => {
      spec
        .given([recorded])
        .when({ type: 'RecordForum', data: details, facts })
        .thenRefused(TransitionRefused, /already recorded; correct its details instead/);
    });

    it('refuses an end date before the start date', () => {
      spec
        .given([])
        .when({ type: 'RecordForum', data: { ...details, endDate: '2024-05-09' }, facts })
        .thenRefused(RuleViolated, /endDate 2024-05-09 is before startDate 2024-05-10/);
    });

    it('refuses a funder that is not registered', () => {
      spec
        .given([])
        .when({ type: 'RecordForum', data: { ...details, funders: ['nobody'] }, facts })
        .thenRefused(RuleViolated, /funder nobody is not a registered organisation/);
    });

    it('refuses a funder that is not a donor', () => {
      spec
        .given([])
        .when({ type: 'RecordForum', data: { ...details, funders: ['usant'] }, facts })
        .thenRefused(RuleViolated, /funder "USANT" \(usant\) is of kind ngo, not a donor/);
    });

    it('refuses an organiser organisation that is not registered', () => {
      const organisers = [{ name: 'Ghost NGO', organisationId: 'ghost' }];
      spec
        .given([])
        .when({ type: 'RecordForum', data: { ...details, organisers }, facts })
        .thenRefused(RuleViolated, /organiser organisation ghost is not registered/);
    });

    it('refuses an effective time in the future', () => {
      const future = { ...time, effectiveAt: '2025-01-16T00:00:00.000Z' };
      spec
        .given([])
        .when({ type: 'RecordForum', data: details, facts: { ...facts, time: future } })
        .thenRefused(RuleViolated, /effectiveAt .* is in the future/);
    });
  });

  describe('CorrectForumDetails', () => {
    it('records only the fields that change', () => {
      spec
        .given([recorded])
        .when(correct({ participants: 54, title: details.title }))
        .then([new ForumDetailsCorrected({ forumId: 'f1', changes: { participants: 54 }, reason: 'the report says so' })]);
    });

    it('changes nothing when every given field already has that value', () => {
      spec
        .given([recorded])
        .when(correct({ kind: 'conference' }))
        .then([]);
    });

    it('refuses a correction that names no field', () => {
      spec
        .given([recorded])
        .when(correct({}))
        .thenRefused(RuleViolated, /changes at least one of title/);
    });

    it('refuses a start date after the recorded end date', () => {
      spec
        .given([recorded])
        .when(correct({ startDate: '2024-05-12' }))
        .thenRefused(RuleViolated, /endDate 2024-05-11 is before startDate 2024-05-12/);
    });

    it('refuses a new funder that is not a donor', () => {
      spec
        .given([recorded])
        .when(correct({ funders: ['inl', 'usant'] }))
        .thenRefused(RuleViolated, /"USANT" \(usant\) is of kind ngo, not a donor/);
    });

    it('is refused before the forum is recorded', () => {
      spec
        .given([])
        .when(correct({ participants: 54 }))
        .thenRefused(TransitionRefused, /not recorded; record it first/);
    });

    it('replays corrections onto the recorded details', () => {
      const corrected = new ForumDetailsCorrected({ forumId: 'f1', changes: { endDate: '2024-05-12' }, reason: 'r' });
      spec
        .given([recorded, corrected])
        .when(correct({ startDate: '2024-05-12' }))
        .then([new ForumDetailsCorrected({ forumId: 'f1', changes: { startDate: '2024-05-12' }, reason: 'the report says so' })]);
    });
  });

  describe('a forum known only to the month, and a study tour through several countries', () => {
    it('stores month dates as the first and last day of their months', () => {
      const tour = {
        ...details,
        kind: 'study_tour' as const,
        startDate: '2024-02-12',
        endDate: '2024-03-03',
        datePrecision: 'month' as const,
        countriesVisited: ['KZ', 'UZ'],
      };
      spec
        .given([])
        .when({ type: 'RecordForum', data: tour, facts })
        .then([new ForumRecorded({ ...tour, startDate: '2024-02-01', endDate: '2024-03-31' })]);
    });

    it('a correction to month precision moves the dates to the months’ bounds; a later date in the month is the same month', () => {
      spec
        .given([recorded])
        .when(correct({ datePrecision: 'month' }))
        .then([
          new ForumDetailsCorrected({
            forumId: 'f1',
            changes: { datePrecision: 'month', startDate: '2024-05-01', endDate: '2024-05-31' },
            reason: 'the report says so',
          }),
        ]);
      const monthly = new ForumDetailsCorrected({
        forumId: 'f1',
        changes: { datePrecision: 'month', startDate: '2024-05-01', endDate: '2024-05-31' },
        reason: 'x',
      });
      spec
        .given([recorded, monthly])
        .when(correct({ endDate: '2024-05-20' }))
        .then([]);
      spec
        .given([recorded, monthly])
        .when(correct({ countriesVisited: ['KZ'] }))
        .then([new ForumDetailsCorrected({ forumId: 'f1', changes: { countriesVisited: ['KZ'] }, reason: 'the report says so' })]);
    });

    it('forums recorded before these details existed are known to the day and visited no other country', () => {
      const state = forumDecider.evolve(forumDecider.initialState, recorded);
      expect([state.datePrecision, state.countriesVisited]).toEqual(['day', []]);
    });
  });
});
