import fc from 'fast-check';
import { HttpClient } from './support/http-client';
import { propose, validBody } from './support/scenario';
import { Tracker, startTracker } from './support/tracker';
import { World, expectOk, setUpWorld } from './support/world';

/** Every command on an existing recommendation, by the path segment of its route. */
const ACTIONS = [
  'assign',
  'accept',
  'decline',
  'start',
  'progress',
  'implemented',
  'verify',
  'dispute',
  'due-date',
  'reassign',
  'withdraw',
  'effective-date-corrections',
  'corrections/content',
];
const STATUSES = ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn'] as const;
type Status = (typeof STATUSES)[number];
const ROLES = ['coordinator', 'stakeholder', 'donor', 'viewer'] as const;

/** How a recommendation reaches each status: the steps after its proposal, each by who sends it. */
const PATH: Record<Status, [action: string, by: 'coordinator' | 'committee'][]> = {
  proposed: [],
  assigned: [['assign', 'coordinator']],
  accepted: [
    ['assign', 'coordinator'],
    ['accept', 'committee'],
  ],
  in_progress: [
    ['assign', 'coordinator'],
    ['accept', 'committee'],
    ['start', 'committee'],
  ],
  implemented: [
    ['assign', 'coordinator'],
    ['accept', 'committee'],
    ['implemented', 'committee'],
  ],
  verified: [
    ['assign', 'coordinator'],
    ['accept', 'committee'],
    ['implemented', 'committee'],
    ['verify', 'coordinator'],
  ],
  withdrawn: [['withdraw', 'coordinator']],
};

/**
 * `allowedActions` of GET /recommendations/:id against what the server does when each action is tried: every
 * action listed is not refused for who is asking or for the status (no 403, 404 or 409; a 400 or 422 about the
 * body may still come), and every action not listed is refused with 403, 404 or 409. The server's refusals are
 * the oracle; the list is computed by other code (allowed-actions.ts) from the same policy.
 */
describe('the actions a recommendation offers its reader (fast-check, against the real app)', () => {
  let tracker: Tracker;
  let world: World;
  /** Recommendations already in each status that no action has changed yet. */
  const unused: Record<Status, string[]> = { proposed: [], assigned: [], accepted: [], in_progress: [], implemented: [], verified: [], withdrawn: [] };

  beforeAll(async () => {
    tracker = await startTracker();
    world = await setUpWorld(tracker);
  });
  afterAll(() => tracker.stop());

  function bodyFor(action: string): object {
    if (action === 'assign') return validBody.assign(world.committeeId);
    if (action === 'reassign') return validBody.reassign(world.legalAidId);
    if (action === 'effective-date-corrections') return { revision: 0, effectiveAt: '2024-05-10T12:00:00Z', reason: 'The minutes say so' };
    if (action === 'corrections/content') return { madeBy: 'Panel on prevention', reason: 'The minutes say so' };
    return (validBody[action as keyof typeof validBody] as () => object)();
  }

  async function inStatus(status: Status): Promise<string> {
    const ready = unused[status].pop();
    if (ready) return ready;
    const id = await propose(world.coordinator, world.forumId);
    for (const [action, by] of PATH[status]) await expectOk(world[by].post(`/recommendations/${id}/${action}`, bodyFor(action)));
    return id;
  }

  function reader(role: (typeof ROLES)[number], own: boolean): HttpClient {
    if (role === 'stakeholder') return own ? world.committee : world.legalAid;
    if (role === 'donor') return own ? world.donor : world.otherDonor;
    return role === 'coordinator' ? world.coordinator : world.viewer;
  }

  it('lists exactly the actions the server does not refuse for who or when', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROLES), fc.boolean(), fc.constantFrom(...STATUSES), async (role, own, status) => {
        const client = reader(role, own);
        for (const action of ACTIONS) {
          const id = await inStatus(status);
          const read = await client.get(`/recommendations/${id}`);
          // A donor that does not fund the forum cannot read it, and may do nothing to it.
          const listed: string[] = read.status === 404 ? [] : read.body.allowedActions;
          if (read.status !== 404) expect(read.status).toBe(200);
          const tried = await client.post(`/recommendations/${id}/${action}`, bodyFor(action));
          const case_ = { role, own, status, action, listed, answered: tried.status, body: tried.body };
          if (listed.includes(action)) expect([case_, [403, 404, 409].includes(tried.status)]).toEqual([case_, false]);
          else expect([case_, [403, 404, 409].includes(tried.status)]).toEqual([case_, true]);
          if (tried.status >= 400) unused[status].push(id);
        }
      }),
      { numRuns: 40 },
    );
  }, 600_000);

  it('offers a coordinator assign on a proposed recommendation, a stakeholder of another organisation nothing', async () => {
    const id = await inStatus('assigned');
    expect((await world.committee.get(`/recommendations/${id}`)).body.allowedActions).toEqual(['accept', 'decline']);
    expect((await world.legalAid.get(`/recommendations/${id}`)).body.allowedActions).toEqual([]);
    expect((await world.viewer.get(`/recommendations/${id}`)).body.allowedActions).toEqual([]);
    const proposed = await inStatus('proposed');
    expect((await world.coordinator.get(`/recommendations/${proposed}`)).body.allowedActions).toEqual([
      'assign',
      'withdraw',
      'effective-date-corrections',
      'corrections/content',
    ]);
    unused.assigned.push(id);
    unused.proposed.push(proposed);
  });
});
