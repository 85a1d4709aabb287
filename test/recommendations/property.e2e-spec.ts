import fc from 'fast-check';
import { HttpClient, Reply } from './support/http-client';
import { NEXT, Step, Who, bodyForNext, stepArbitrary, usualSender } from './support/arbitraries';
import { percentCompleteOf } from '../../src/recommendations/recommendation.state';
import { replayAndCheck } from './support/replay';
import { HistoryEntry, historyOf, propose } from './support/scenario';
import { Tracker, startTracker } from './support/tracker';
import { World, setUpWorld } from './support/world';

const ANSWERS = [200, 201, 400, 401, 403, 404, 409, 412, 422];
type Sent = { step: Step; reply: Reply; correlationId: string };

/**
 * Every event after the proposal comes from a request answered 200, and every request answered 200
 * (other than an Idempotency-Key replay) is the event at the revision it answered with; only a
 * due-date change to the date that stands appends nothing.
 */
function expectEverySuccessRecordedOnce(sent: Sent[], history: HistoryEntry[]): void {
  const correlationOf = (entry: HistoryEntry) => entry.metadata.correlationId as string;
  const succeeded = sent.filter(({ reply }) => reply.status === 200);
  const succeededIds = new Set(succeeded.map(({ correlationId }) => correlationId));
  expect(
    history
      .slice(1)
      .map(correlationOf)
      .filter((id) => !succeededIds.has(id)),
  ).toEqual([]);
  for (const { step, reply, correlationId } of succeeded) {
    if (reply.headers.get('idempotent-replayed') === 'true') continue;
    const recorded = history.filter((entry) => correlationOf(entry) === correlationId);
    if (recorded.length === 0 && step.action === 'due-date') continue;
    expect({ step, revision: recorded.at(-1)?.revision }).toEqual({ step, revision: reply.body.revision });
  }
}

describe('random command sequences and malformed bodies (fast-check)', () => {
  let tracker: Tracker;
  let world: World;
  let clients: Record<Exclude<Who, 'responsible'>, HttpClient>;
  beforeAll(async () => {
    tracker = await startTracker();
    world = await setUpWorld(tracker);
    clients = { ...world, anonymous: tracker.anonymous };
  });
  afterAll(() => tracker.stop());

  /** The stakeholder of the organisation responsible now (the committee's when there is none). */
  async function responsibleFor(id: string): Promise<HttpClient> {
    const { body } = await world.coordinator.get(`/recommendations/${id}`);
    return body.responsibleOrganisationId === world.legalAidId ? world.legalAid : world.committee;
  }

  /** Turns a 'next' step into a natural next action for the recommendation's status now. */
  async function resolve(id: string, step: Step): Promise<Step> {
    if (step.action !== 'next') return step;
    const { body } = await world.coordinator.get(`/recommendations/${id}`);
    const options = NEXT[body.status];
    const action = options[step.pick % options.length];
    const organisations = [world.committeeId, world.legalAidId].filter((o) => o !== body.responsibleOrganisationId);
    return { ...step, action, who: usualSender(action), body: bodyForNext(action, organisations[step.pick % organisations.length]) };
  }

  async function run(id: string, steps: Step[]): Promise<Sent[]> {
    const sent: Sent[] = [];
    for (const [i, generated] of steps.entries()) {
      const step = await resolve(id, generated);
      const correlationId = `fuzz-${id}-${i}`;
      const reused = sent.filter((s) => s.step.key === 'fresh').at(-1)?.correlationId;
      const key = { none: undefined, fresh: correlationId, reuse: reused, invalid: 'short' }[step.key];
      const headers: Record<string, string> = { 'x-correlation-id': correlationId };
      if (key !== undefined) headers['idempotency-key'] = key;
      if (step.ifMatch !== null) headers['if-match'] = step.ifMatch;
      const client = step.who === 'responsible' ? await responsibleFor(id) : clients[step.who];
      const reply = await client.post(`/recommendations/${id}/${step.action}`, step.body, headers);
      sent.push({ step, reply, correlationId });
    }
    return sent;
  }

  it('answers only 2xx or 4xx, and the stream always replays to a valid state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary([world.committeeId, world.legalAidId]), { minLength: 8, maxLength: 30 }), async (steps) => {
        const id = await propose(world.coordinator, world.forumId);
        const sent = await run(id, steps);
        const unexpected = sent.filter(({ reply }) => !ANSWERS.includes(reply.status));
        expect(unexpected.map(({ step, reply }) => ({ step, status: reply.status, body: reply.body }))).toEqual([]);

        const history: HistoryEntry[] = await historyOf(world.coordinator, `/recommendations/${id}`);
        const state = replayAndCheck(history);
        const shown = { ...state, percentComplete: percentCompleteOf(state.status, state.percentComplete) };
        expect((await world.coordinator.get(`/recommendations/${id}`)).body).toMatchObject(shown);
        expectEverySuccessRecordedOnce(sent, history);
      }),
      { numRuns: 40 },
    );
  });

  it('answers malformed forums and proposals with 4xx, never 500, and records nothing for them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom('/forums', `/forums/${world.forumId}/recommendations`), async (body, path) => {
        const reply = await world.coordinator.post(path, body);
        expect(ANSWERS).toContain(reply.status);
        if (reply.status === 201) throw new Error(`${path} accepted ${JSON.stringify(body)}`);
      }),
      { numRuns: 150 },
    );
    expect((await world.coordinator.get(`/forums/${world.forumId}`)).body.history).toHaveLength(1);
  });
});
