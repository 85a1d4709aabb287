import { Reply } from './support/http-client';
import { HistoryEntry, historyOf, validBody } from './support/scenario';
import { replayAndCheck } from './support/replay';
import { Tracker, startTracker } from './support/tracker';
import { World, assignedRecommendation, setUpWorld } from './support/world';

const PARALLEL = 30;

/** Each request carries its own correlation id, so its events can be found in the history. */
const correlation = (i: number) => ({ 'x-correlation-id': `parallel-request-${String(i).padStart(3, '0')}` });
const correlationOf = (entry: HistoryEntry) => entry.metadata.correlationId as string;

function expectNoLostOrDuplicatedUpdate(replies: Reply[], history: HistoryEntry[]): void {
  expect(replies.map((reply) => reply.status).filter((status) => status !== 200 && status !== 409)).toEqual([]);
  expect(history.map((entry) => entry.revision)).toEqual(history.map((_, i) => String(i)));
  replies.forEach((reply, i) => {
    const events = history.filter((entry) => correlationOf(entry) === correlation(i)['x-correlation-id']);
    if (reply.status === 200) {
      expect(events.length).toBeGreaterThan(0);
      expect(events[events.length - 1].revision).toBe(reply.body.revision);
    } else {
      expect(reply.body.error).toMatch(/^(ConcurrentChange|TransitionRefused)$/);
      expect(events).toEqual([]);
    }
  });
}

describe('concurrent commands on one recommendation', () => {
  let tracker: Tracker;
  let world: World;
  beforeAll(async () => {
    tracker = await startTracker();
    world = await setUpWorld(tracker);
  });
  afterAll(() => tracker.stop());

  it(`${PARALLEL} parallel progress reports: no 500, no lost update, every success in the history exactly once`, async () => {
    const id = await assignedRecommendation(world, { accepted: true });
    const replies = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => world.committee.post(`/recommendations/${id}/progress`, validBody.progress(`report ${i}`), correlation(i))),
    );
    const history = await historyOf(world.coordinator, `/recommendations/${id}`);
    expectNoLostOrDuplicatedUpdate(replies, history);
    const successes = replies.filter((reply) => reply.status === 200).length;
    expect(successes).toBeGreaterThan(0);
    const reports = history.filter((entry) => entry.type === 'RecommendationProgressReported');
    expect(reports).toHaveLength(successes);
    expect(new Set(reports.map((entry) => entry.data.note)).size).toBe(successes);
    expect(history.filter((entry) => entry.type === 'RecommendationWorkStarted')).toHaveLength(1);
    replayAndCheck(history);
  });

  it(`${PARALLEL} parallel status changes: the state machine holds and every success is recorded once`, async () => {
    const id = await assignedRecommendation(world, { accepted: true });
    const actions = ['progress', 'implemented', 'due-date', 'withdraw', 'start'] as const;
    const replies = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => {
        const action = actions[i % actions.length];
        const client = action === 'withdraw' || action === 'due-date' ? world.coordinator : world.committee;
        const body = action === 'due-date' ? validBody['due-date'](`2026-02-${String(i + 1).padStart(2, '0')}`) : validBody[action]();
        return client.post(`/recommendations/${id}/${action}`, body, correlation(i));
      }),
    );
    const history = await historyOf(world.coordinator, `/recommendations/${id}`);
    expectNoLostOrDuplicatedUpdate(replies, history);
    const state = replayAndCheck(history);
    expect((await world.coordinator.get(`/recommendations/${id}`)).body).toMatchObject(state);
  });
});
