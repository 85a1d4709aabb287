import { forumBody, historyOf, propose, registerOrganisation, typesOf } from '../recommendations/support/scenario';
import { Tracker, startTracker } from '../recommendations/support/tracker';

describe('forums over HTTP (real app, embedded store)', () => {
  let tracker: Tracker;
  let donorId: string;
  let ngoId: string;
  beforeAll(async () => {
    tracker = await startTracker();
    donorId = await registerOrganisation(tracker.coordinator, 'donor', 'INL');
    ngoId = await registerOrganisation(tracker.coordinator, 'ngo', 'USANT');
  });
  afterAll(() => tracker.stop());

  const record = (body: object, headers = {}) => tracker.coordinator.post('/forums', body, headers);

  it('records a forum and reads it back with its history; the ETag is its revision', async () => {
    const body = { ...forumBody([donorId]), organisers: [{ name: 'USANT', organisationId: ngoId }] };
    const created = await record(body);
    expect(created).toMatchObject({ status: 201, body: { revision: '0' } });
    expect(created.headers.get('etag')).toBe('"0"');
    const read = await tracker.coordinator.get(`/forums/${created.body.id}`);
    expect(read.headers.get('etag')).toBe('"0"');
    expect(read.body).toMatchObject({
      id: created.body.id,
      status: 'recorded',
      title: body.title,
      kind: 'conference',
      startDate: '2024-05-10',
      endDate: '2024-05-11',
      location: { country: 'TJ', region: 'Khatlon', district: 'Bokhtar' },
      organisers: [{ name: 'USANT', organisationId: ngoId }],
      funders: [donorId],
      participants: 52,
    });
    expect(read.body.history).toHaveLength(1);
    expect(read.body.history[0]).toMatchObject({ type: 'ForumRecorded', metadata: { commandType: 'RecordForum', actor: { role: 'coordinator' } } });
  });

  it('corrects details with a reason, records only what changed, and honours If-Match', async () => {
    const id = (await record(forumBody([donorId]))).body.id;
    const corrected = await tracker.coordinator.post(
      `/forums/${id}/corrections`,
      { participants: 54, programme: null, title: forumBody([]).title, reason: 'The conference report gives 54' },
      { 'if-match': '"0"' },
    );
    expect(corrected).toMatchObject({ status: 200, body: { revision: '1' } });
    const stale = await tracker.coordinator.post(`/forums/${id}/corrections`, { participants: 60, reason: 'Typo' }, { 'if-match': '"0"' });
    expect(stale).toMatchObject({ status: 412, body: { error: 'ConcurrentChange', currentRevision: '1' } });
    const history = await historyOf(tracker.coordinator, `/forums/${id}`);
    expect(typesOf(history)).toEqual(['ForumRecorded', 'ForumDetailsCorrected']);
    expect(history[1].data).toEqual({ forumId: id, changes: { participants: 54, programme: null }, reason: 'The conference report gives 54' });
    expect((await tracker.coordinator.get(`/forums/${id}`)).body).toMatchObject({ participants: 54, programme: null });
  });

  it('refuses rule-breaking content with 422 naming the field', async () => {
    const notDonor = await record(forumBody([ngoId]));
    expect(notDonor).toMatchObject({ status: 422, body: { error: 'RuleViolated', field: 'funders' } });
    expect(notDonor.body.message).toContain('is of kind ngo, not a donor');
    expect(await record({ ...forumBody([]), endDate: '2024-05-09' })).toMatchObject({ status: 422, body: { field: 'endDate' } });
    const id = (await record(forumBody([]))).body.id;
    const backwards = await tracker.coordinator.post(`/forums/${id}/corrections`, { startDate: '2024-06-01', reason: 'Wrong month' });
    expect(backwards).toMatchObject({ status: 422, body: { field: 'endDate' } });
    const empty = await tracker.coordinator.post(`/forums/${id}/corrections`, { reason: 'Nothing' });
    expect(empty).toMatchObject({ status: 422, body: { field: 'correction' } });
  });

  it('rejects malformed input with 400 naming each field', async () => {
    const bad = await record({
      ...forumBody([]),
      kind: 'party',
      startDate: '2024-02-30',
      location: { country: 'tj', city: 'Bokhtar' },
      participants: -1,
      colour: 'blue',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        'property colour should not exist',
        'kind must be one of the following values: conference, roundtable, national_forum, study_tour, meeting, training',
        'startDate must be a real calendar date',
        'location.property city should not exist',
        'location.country must be a two-letter ISO 3166-1 code such as TJ',
        'participants must not be less than 0',
      ]),
    );
    const nullTitle = await tracker.coordinator.post(`/forums/${(await record(forumBody([]))).body.id}/corrections`, { title: null, reason: 'x1y' });
    expect(nullTitle.status).toBe(400);
    expect(nullTitle.body.message).toContain('title must be a string');
  });

  it('answers a retried record with the same forum (Idempotency-Key), appending once', async () => {
    const key = { 'idempotency-key': 'record-forum-khatlon-2024' };
    const first = await record(forumBody([donorId]), key);
    const retry = await record(forumBody([donorId]), key);
    expect(first.status).toBe(201);
    expect(retry).toMatchObject({ status: 201, body: first.body });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await historyOf(tracker.coordinator, `/forums/${first.body.id}`)).toHaveLength(1);
  });

  it('lets only coordinators record or correct forums, and answers unknown forums with 404', async () => {
    const stakeholder = await tracker.as('stakeholder', ngoId);
    expect((await stakeholder.post('/forums', forumBody([]))).status).toBe(403);
    const id = (await record(forumBody([]))).body.id;
    expect((await stakeholder.post(`/forums/${id}/corrections`, { participants: 1, reason: 'Mine' })).status).toBe(403);
    expect((await (await tracker.as('donor', donorId)).post('/forums', forumBody([]))).status).toBe(403);
    expect((await tracker.coordinator.get('/forums/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await tracker.coordinator.post('/forums/00000000-0000-4000-8000-000000000000/corrections', { participants: 1, reason: 'Typo' })).status).toBe(404);
  });

  it('lists the forums newest first with how many recommendations each made; a donor sees only those it funds', async () => {
    const otherDonor = await registerOrganisation(tracker.coordinator, 'donor', 'Other donor');
    const at = (startDate: string, funders: string[], title: string) => record({ ...forumBody(funders), title, startDate, endDate: startDate });
    const older = (await at('2021-03-01', [donorId], 'An older roundtable, funded by INL')).body.id;
    const newer = (await at('2031-09-15', [otherDonor], 'A later national forum, funded by the other donor')).body.id;
    await propose(tracker.coordinator, older);
    const last = await propose(tracker.coordinator, older);
    const position = (await tracker.coordinator.get(`/recommendations/${last}`)).body.history.at(-1).position;
    const listed = await tracker.coordinator.get(`/forums?minPosition=${encodeURIComponent(position)}`);
    expect(listed.status).toBe(200);
    const ids = listed.body.map((f: { forumId: string }) => f.forumId);
    // Newest first: the 2031 forum before any recorded in this file (2024) and the 2021 one after them all.
    expect(ids[0]).toBe(newer);
    expect(ids.at(-1)).toBe(older);
    expect(listed.body.at(-1)).toEqual({
      forumId: older,
      title: 'An older roundtable, funded by INL',
      kind: 'conference',
      startDate: '2021-03-01',
      region: 'Khatlon',
      funders: [donorId],
      recommendations: 2,
    });
    const donor = await tracker.as('donor', donorId);
    const seen: { forumId: string; funders: string[] }[] = (await donor.get(`/forums?minPosition=${encodeURIComponent(position)}`)).body;
    expect(seen.map((f) => f.forumId)).toContain(older);
    expect(seen.map((f) => f.forumId)).not.toContain(newer);
    expect(seen.every((f) => f.funders.includes(donorId))).toBe(true);
  });
});
