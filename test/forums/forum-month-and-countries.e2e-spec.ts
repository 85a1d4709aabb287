import { forumBody, propose, registerOrganisation } from '../recommendations/support/scenario';
import { Tracker, startTracker } from '../recommendations/support/tracker';

describe('a forum known only to the month, a study tour through several countries (over HTTP)', () => {
  let tracker: Tracker;
  let forumId: string;
  let position: string;
  beforeAll(async () => {
    tracker = await startTracker();
    const donorId = await registerOrganisation(tracker.coordinator, 'donor', 'INL');
    const body = {
      ...forumBody([donorId]),
      kind: 'study_tour',
      startDate: '2024-05-14',
      endDate: '2024-05-20',
      datePrecision: 'month',
      countriesVisited: ['KZ', 'UZ'],
    };
    const recorded = await tracker.coordinator.post('/forums', body);
    expect(recorded.status).toBe(201);
    forumId = recorded.body.id;
    await propose(tracker.coordinator, forumId);
    const corrected = await tracker.coordinator.post(`/forums/${forumId}/corrections`, {
      countriesVisited: ['KZ', 'UZ', 'KG'],
      reason: 'The tour report lists Bishkek',
    });
    expect(corrected.status).toBe(200);
    position = corrected.headers.get('x-event-position') as string;
  });
  afterAll(() => tracker.stop());

  it('stores the first and last day of the month, with the precision and the countries', async () => {
    const read = await tracker.coordinator.get(`/forums/${forumId}`);
    expect(read.body).toMatchObject({ startDate: '2024-05-01', endDate: '2024-05-31', datePrecision: 'month', countriesVisited: ['KZ', 'UZ', 'KG'] });
    expect(read.body.history[0].data).toMatchObject({ startDate: '2024-05-01', endDate: '2024-05-31', datePrecision: 'month', countriesVisited: ['KZ', 'UZ'] });
  });

  it('reports show only the month', async () => {
    const json = await tracker.coordinator.get(`/reports/forums/${forumId}/follow-through?position=${position}`);
    expect(json.body.forum).toMatchObject({ startDate: '2024-05-01', endDate: '2024-05-31', datePrecision: 'month', countriesVisited: ['KZ', 'UZ', 'KG'] });
    const html = await tracker.coordinator.get(`/reports/forums/${forumId}/follow-through?position=${position}&format=html`);
    expect(html.status).toBe(200);
    expect(html.body).toContain('May 2024');
    expect(html.body).not.toContain('2024-05-01');
    const ru = await tracker.coordinator.get(`/reports/forums/${forumId}/follow-through?position=${position}&format=html&lang=ru`);
    expect(ru.body).not.toContain('2024-05-01');
  });

  it('refuses a country that is not a two-letter code, and an unknown precision', async () => {
    const refused = await tracker.coordinator.post('/forums', { ...forumBody([]), countriesVisited: ['Kazakhstan'], datePrecision: 'year' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['countriesVisited', 'datePrecision']);
  });
});
