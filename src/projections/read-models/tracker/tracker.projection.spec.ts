import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent } from '../../../event-store/event-store.port';
import { ReadModelFile } from '../../read-model-file';
import { donorPortfolio } from './donor-portfolio.query';
import { forumFollowThrough } from './forum-follow-through.query';
import { organisationScorecards } from './organisation-scorecard.query';
import { overdueAging } from './overdue-aging.query';
import { listRecommendations } from './recommendation-list.query';
import { statusHistory } from './status-history.query';
import { trackerProjection } from './tracker.projection';

let position = 0n;
const revisions = new Map<string, bigint>();
function recorded(streamId: string, type: string, data: object, effectiveAt: string, recordedAt = effectiveAt): RecordedEvent {
  position += 1n;
  const revision = (revisions.get(streamId) ?? -1n) + 1n;
  revisions.set(streamId, revision);
  return {
    id: `e${position}`,
    type,
    streamId,
    revision,
    position: { commit: position, prepare: position },
    data: data as Record<string, unknown>,
    metadata: {
      actor: { accountId: 'acc-1', organisationId: 'org-a', role: 'stakeholder' },
      effectiveAt: `${effectiveAt}T10:00:00.000Z`,
      recordedAt: `${recordedAt}T10:00:00.000Z`,
    },
    created: new Date(`${recordedAt}T10:00:00.000Z`),
  };
}

const organisation = (id: string, name: string, kind: string) =>
  recorded(`organisation-${id}`, 'OrganisationRegistered', { organisationId: id, name, kind, country: 'TJ', region: null }, '2024-01-01');
const rec = (id: string, type: string, data: object, effectiveAt: string, recordedAt?: string) =>
  recorded(`recommendation-${id}`, type, { recommendationId: id, ...data }, effectiveAt, recordedAt);

/** The fixed history the expected answers below were computed from by hand. */
const HISTORY: RecordedEvent[] = [
  organisation('org-a', 'Legal Aid Center', 'legal_aid'),
  organisation('donor-d', 'Spotlight Initiative', 'donor'),
  organisation('donor-x', 'Another donor', 'donor'),
  recorded(
    'forum-f',
    'ForumRecorded',
    {
      forumId: 'f',
      title: 'Study tour',
      kind: 'study_tour',
      startDate: '2024-01-10',
      endDate: '2024-01-12',
      location: { country: 'TJ', region: 'Sughd', district: null },
      organisers: [],
      funders: ['donor-d'],
      programme: null,
      participants: 20,
      sourceReference: null,
    },
    '2024-01-12',
  ),
  rec(
    'r1',
    'RecommendationProposed',
    { forumId: 'f', text: 'Adopt a legal-aid action plan', themes: ['legal-aid'], targetRegions: ['Sughd'], priority: 'high' },
    '2024-01-10',
  ),
  rec(
    'r2',
    'RecommendationProposed',
    { forumId: 'f', text: 'Open a Шелтер in Khujand', themes: ['services', 'shelters'], targetRegions: ['Sughd'], priority: 'medium' },
    '2024-01-10',
  ),
  rec(
    'r3',
    'RecommendationProposed',
    { forumId: 'f', text: 'Publish a bulletin', themes: ['awareness'], targetRegions: ['Khatlon'], priority: 'low' },
    '2024-01-10',
  ),
  rec('r1', 'RecommendationAssigned', { responsibleOrganisationId: 'org-a', supportingOrganisationIds: [], dueDate: '2024-06-30' }, '2024-02-01'),
  rec('r2', 'RecommendationAssigned', { responsibleOrganisationId: 'org-a', supportingOrganisationIds: [], dueDate: '2024-03-31' }, '2024-02-01'),
  rec('r1', 'RecommendationAccepted', { organisationId: 'org-a' }, '2024-02-05'),
  rec('r2', 'RecommendationAccepted', { organisationId: 'org-a' }, '2024-02-10'),
  rec('r1', 'RecommendationWorkStarted', { organisationId: 'org-a' }, '2024-03-01'),
  rec('r3', 'RecommendationWithdrawn', { reason: 'merged', previousStatus: 'proposed' }, '2024-04-01'),
  rec(
    'r1',
    'RecommendationImplemented',
    { organisationId: 'org-a', summary: 'Plan adopted', evidence: [{ kind: 'document', title: 'Order', url: null, reference: 'No. 7' }] },
    '2024-06-15',
    '2024-06-20',
  ),
  rec('r1', 'RecommendationImplementationVerified', { note: null }, '2024-07-01'),
  rec('r2', 'RecommendationProgressReported', { note: 'Site found', evidence: [], percentComplete: 20 }, '2024-03-15', '2024-09-01'),
];

describe('tracker projection', () => {
  let directory: string;
  let readModel: ReadModelFile;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'ft-tracker-'));
    readModel = new ReadModelFile(join(directory, 'tracker.sqlite'), trackerProjection);
    for (const event of HISTORY) trackerProjection.apply(readModel.db, event);
  });
  afterAll(() => {
    readModel.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const list = (filter: object) => listRecommendations(readModel.db, { page: 1, pageSize: 50, ...filter });

  it('keeps each recommendation as it stands, and ignores a redelivered event', () => {
    trackerProjection.apply(readModel.db, HISTORY[HISTORY.length - 2]);
    const all = list({});
    expect(all.total).toBe(3);
    expect(Object.fromEntries(all.items.map((i) => [i.id, i.status]))).toEqual({ r1: 'verified', r2: 'accepted', r3: 'withdrawn' });
    expect(statusHistory(readModel.db, 'r1').map((t) => `${t.from}>${t.to}`)).toEqual([
      'not_proposed>proposed',
      'proposed>assigned',
      'assigned>accepted',
      'accepted>in_progress',
      'in_progress>implemented',
      'implemented>verified',
    ]);
  });

  it('filters by theme, region, organisation, donor, overdue and text (any case, any script), and paginates', () => {
    expect(list({ theme: 'shelters' }).items.map((i) => i.id)).toEqual(['r2']);
    expect(list({ region: 'Khatlon' }).items.map((i) => i.id)).toEqual(['r3']);
    expect(list({ organisationId: 'org-a' }).total).toBe(2);
    expect(list({ donorId: 'donor-x' }).total).toBe(0);
    expect(list({ donorId: 'donor-d' }).total).toBe(3);
    expect(list({ overdue: true }).items.map((i) => i.id)).toEqual(['r2']);
    expect(list({ q: 'шелтер' }).items.map((i) => i.id)).toEqual(['r2']);
    const page = list({ sort: 'priority', pageSize: 2, page: 2 });
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items.map((i) => i.id)).toEqual(['r3']);
  });

  it('answers as of a past date from what had happened and was known then', () => {
    const statuses = (asOf: string) => Object.fromEntries(list({ asOf }).items.map((i) => [i.id, i.status]));
    expect(statuses('2024-05-01')).toEqual({ r1: 'in_progress', r2: 'accepted', r3: 'withdrawn' });
    // implemented effective 15 June but recorded 20 June: on 18 June nobody knew yet
    expect(statuses('2024-06-18')).toEqual({ r1: 'in_progress', r2: 'accepted', r3: 'withdrawn' });
    expect(statuses('2024-06-25')).toEqual({ r1: 'implemented', r2: 'accepted', r3: 'withdrawn' });
    expect(statuses('2024-01-15')).toEqual({ r1: 'proposed', r2: 'proposed', r3: 'proposed' });
    expect(list({ asOf: '2024-05-01', overdue: true }).items[0]).toMatchObject({ id: 'r2', daysOverdue: 31 });
  });

  it('computes the organisation scorecard', () => {
    expect(organisationScorecards(readModel.db, {})).toEqual([
      {
        organisationId: 'org-a',
        organisationName: 'Legal Aid Center',
        responsibleFor: 2,
        byStatus: { proposed: 0, assigned: 0, accepted: 1, in_progress: 0, implemented: 0, verified: 1, withdrawn: 0 },
        overdue: 1,
        onTimeRate: 1,
        medianDaysToImplementation: 157,
      },
    ]);
    expect(organisationScorecards(readModel.db, { asOf: '2024-06-18' })[0]).toMatchObject({ onTimeRate: null, medianDaysToImplementation: null });
  });

  it('computes follow-through per forum, the donor portfolio and overdue aging', () => {
    expect(forumFollowThrough(readModel.db, {})[0]).toMatchObject({
      forumId: 'f',
      recommendations: 3,
      implementationRate: 0.5,
      overdue: 1,
      funders: ['donor-d'],
    });
    const portfolio = donorPortfolio(readModel.db, 'donor-d', '2024-05-01');
    expect(portfolio).toMatchObject({ donorName: 'Spotlight Initiative', recommendations: 3, overdue: 1, implementationRate: 0 });
    expect(portfolio.byStatus).toMatchObject({ in_progress: 1, accepted: 1, withdrawn: 1 });
    expect(donorPortfolio(readModel.db, 'donor-x').forums).toEqual([]);
    const aging = overdueAging(readModel.db, { asOf: '2024-05-01' });
    expect(aging.buckets).toEqual({ '0-30': 0, '31-90': 1, 'over 90': 0 });
    expect(overdueAging(readModel.db, { asOf: '2024-04-15' }).buckets).toEqual({ '0-30': 1, '31-90': 0, 'over 90': 0 });
    expect(overdueAging(readModel.db, { asOf: '2024-07-15' }).buckets).toEqual({ '0-30': 0, '31-90': 0, 'over 90': 1 });
  });
});
