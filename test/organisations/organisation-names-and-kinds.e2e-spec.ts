import { registerOrganisation } from '../recommendations/support/scenario';
import { Tracker, startTracker } from '../recommendations/support/tracker';

describe('organisations over HTTP: one name, one organisation; a kind put right', () => {
  let tracker: Tracker;
  let committeeId: string;
  beforeAll(async () => {
    tracker = await startTracker();
    committeeId = await registerOrganisation(tracker.coordinator, 'committee', 'Committee on Women and Family Affairs');
  });
  afterAll(() => tracker.stop());

  const register = (name: string, kind = 'ngo') => tracker.coordinator.post('/organisations', { name, kind, country: 'TJ' });

  it('refuses to register a name already taken but for case, spaces and quotes, offering the existing organisation', async () => {
    const refused = await register('  committee on «women» and “Family”  Affairs');
    expect(refused).toMatchObject({
      status: 422,
      body: { code: 'RuleViolated', reason: 'OrganisationNameTaken', params: { organisationId: committeeId, name: 'Committee on Women and Family Affairs' } },
    });
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'name', rule: 'OrganisationNameTaken' })]);
    expect(await register('Committee on Women and Family Affairs of Khatlon')).toMatchObject({ status: 201 });
  });

  it('refuses to rename to a name another organisation has, and lets an organisation restyle its own', async () => {
    const other = await registerOrganisation(tracker.coordinator, 'ngo', 'USANT');
    expect(await tracker.coordinator.post(`/organisations/${other}/rename`, { name: '"Committee on Women and Family Affairs"' })).toMatchObject({
      status: 422,
      body: { reason: 'OrganisationNameTaken', params: { organisationId: committeeId } },
    });
    expect(await tracker.coordinator.post(`/organisations/${other}/rename`, { name: '«USANT»' })).toMatchObject({ status: 200 });
  });

  it('changes the kind (embassy, international NGO are kinds), shown in the list; a donor stays a donor; coordinators only', async () => {
    const embassy = await registerOrganisation(tracker.coordinator, 'embassy', 'Embassy of Sweden');
    const changed = await tracker.coordinator.post(`/organisations/${embassy}/kind`, { kind: 'international_ngo' });
    expect(changed.status).toBe(200);
    const position = changed.headers.get('x-event-position') as string;
    const list = await tracker.coordinator.get(`/organisations?kind=international_ngo&minPosition=${position}`);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([embassy]);
    const history = (await tracker.coordinator.get(`/organisations/${embassy}`)).body.history;
    expect(history[1]).toMatchObject({ type: 'OrganisationKindChanged', data: { kind: 'international_ngo', previousKind: 'embassy' } });
    const donor = await registerOrganisation(tracker.coordinator, 'donor', 'INL');
    expect(await tracker.coordinator.post(`/organisations/${donor}/kind`, { kind: 'embassy' })).toMatchObject({
      status: 422,
      body: { reason: 'DonorStaysDonor' },
    });
    expect(await tracker.coordinator.post(`/organisations/${embassy}/kind`, { kind: 'school' })).toMatchObject({ status: 400 });
    const viewer = await tracker.as('viewer');
    expect((await viewer.post(`/organisations/${embassy}/kind`, { kind: 'ngo' })).status).toBe(403);
  });
});
