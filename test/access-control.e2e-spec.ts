import { randomUUID } from 'node:crypto';
import { HttpClient, Reply } from './recommendations/support/http-client';
import { forumBody, proposal, validBody } from './recommendations/support/scenario';
import { Tracker, startTracker } from './recommendations/support/tracker';
import { World, setUpWorld } from './recommendations/support/world';
import { twoColourPng } from './support/png';
import { TEST_PASSWORD } from './support/test-app';

/**
 * Every endpoint against every kind of caller, with the exact status expected. Each cell gets fresh
 * fixtures, so a status says who may call, not what an earlier cell changed. Add a row per new endpoint.
 */
const CALLERS = ['coordinator', 'stakeholder', 'otherStakeholder', 'donor', 'otherDonor', 'viewer', 'anonymous'] as const;
type Caller = (typeof CALLERS)[number];
type Expected = Record<Caller, number>;
interface Call {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: object;
}
interface Row {
  name: string;
  prepare: (world: World) => Promise<Call>;
  expected: Expected;
}

const only = (status: number, allowed: Caller[], others = 403): Expected =>
  Object.fromEntries(CALLERS.map((c) => [c, c === 'anonymous' ? 401 : allowed.includes(c) ? status : others])) as Expected;
const everyone = (status: number) => only(status, ['coordinator', 'stakeholder', 'otherStakeholder', 'donor', 'otherDonor', 'viewer']);
const exceptOtherDonor = (status: number) => ({ ...everyone(status), otherDonor: 403 });
/** What a donor may not see answers 404 to it, as if it did not exist. */
const hiddenFromOtherDonor = (status: number) => ({ ...everyone(status), otherDonor: 404 });

type Stage = 'proposed' | 'assigned' | 'accepted' | 'in_progress' | 'implemented';
const STAGES: Stage[] = ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented'];

/** The position of the last fixture command, for reads of the read models. */
let lastPosition = '0/0';

async function recommendationAt(world: World, stage: Stage): Promise<string> {
  const proposed = await world.coordinator.post(`/forums/${world.forumId}/recommendations`, proposal);
  const id = proposed.body.id as string;
  lastPosition = proposed.headers.get('x-event-position') as string;
  const steps: [Stage, HttpClient, string, object][] = [
    ['assigned', world.coordinator, 'assign', validBody.assign(world.committeeId)],
    ['accepted', world.committee, 'accept', {}],
    ['in_progress', world.committee, 'start', {}],
    ['implemented', world.committee, 'implemented', validBody.implemented()],
  ];
  for (const [reached, client, action, body] of steps) {
    if (STAGES.indexOf(stage) < STAGES.indexOf(reached)) break;
    const reply = await client.post(`/recommendations/${id}/${action}`, body);
    if (reply.status !== 200) throw new Error(`${action}: ${reply.status} ${JSON.stringify(reply.body)}`);
    lastPosition = reply.headers.get('x-event-position') as string;
  }
  return id;
}

/** A theme of its own for each cell. */
function termBody() {
  const code = `theme-${randomUUID().slice(0, 8)}`;
  return { code, labels: { en: `Theme ${code}`, ru: `Тема ${code}`, tg: `Мавзӯъ ${code}` } };
}

async function addedTerm(world: World): Promise<string> {
  const body = termBody();
  const added = await world.coordinator.post('/vocabularies/themes/terms', body);
  if (added.status !== 201) throw new Error(`adding a term: ${added.status} ${JSON.stringify(added.body)}`);
  return body.code;
}

const recommendationCommand =
  (stage: Stage, action: string, body: (world: World) => object = () => ({})) =>
  async (world: World) =>
    ({ method: 'POST', path: `/recommendations/${await recommendationAt(world, stage)}/${action}`, body: body(world) }) as Call;

async function newOrganisation(world: World): Promise<string> {
  return (await world.coordinator.post('/organisations', { name: `Org ${randomUUID().slice(0, 6)}`, kind: 'ngo', country: 'TJ' })).body.id;
}

async function newViewerAccount(world: World): Promise<string> {
  const body = { email: `v-${randomUUID().slice(0, 8)}@example.tj`, name: 'Viewer', password: TEST_PASSWORD, role: 'viewer' };
  return (await world.coordinator.post('/accounts', body)).body.id;
}

const ROWS: Row[] = [
  { name: 'GET /health', prepare: async () => ({ method: 'GET', path: '/health' }), expected: { ...everyone(200), anonymous: 200 } },
  { name: 'GET /auth/me', prepare: async () => ({ method: 'GET', path: '/auth/me' }), expected: everyone(200) },
  {
    name: 'POST /organisations',
    prepare: async () => ({ method: 'POST', path: '/organisations', body: { name: `Org ${randomUUID()}`, kind: 'ngo', country: 'TJ' } }),
    expected: only(201, ['coordinator']),
  },
  { name: 'GET /organisations', prepare: async () => ({ method: 'GET', path: '/organisations?q=committee' }), expected: everyone(200) },
  { name: 'GET /organisations/:id', prepare: async (w) => ({ method: 'GET', path: `/organisations/${w.committeeId}` }), expected: everyone(200) },
  {
    name: 'POST /organisations/:id/rename',
    prepare: async (w) => ({ method: 'POST', path: `/organisations/${await newOrganisation(w)}/rename`, body: { name: 'Renamed organisation' } }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'POST /organisations/:id/deactivate',
    prepare: async (w) => ({ method: 'POST', path: `/organisations/${await newOrganisation(w)}/deactivate`, body: { reason: 'closed down' } }),
    expected: only(200, ['coordinator']),
  },
  { name: 'POST /forums', prepare: async (w) => ({ method: 'POST', path: '/forums', body: forumBody([w.donorId]) }), expected: only(201, ['coordinator']) },
  { name: 'GET /forums/:id', prepare: async (w) => ({ method: 'GET', path: `/forums/${w.forumId}` }), expected: hiddenFromOtherDonor(200) },
  {
    name: 'POST /forums/:id/corrections',
    prepare: async (w) => ({
      method: 'POST',
      path: `/forums/${w.forumId}/corrections`,
      body: { reason: 'typo in the title', title: `Conference ${randomUUID()}` },
    }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'POST /forums/:id/recommendations',
    prepare: async (w) => ({ method: 'POST', path: `/forums/${w.forumId}/recommendations`, body: proposal }),
    expected: only(201, ['coordinator']),
  },
  {
    name: 'GET /recommendations/:id',
    prepare: async (w) => ({ method: 'GET', path: `/recommendations/${await recommendationAt(w, 'assigned')}` }),
    expected: hiddenFromOtherDonor(200),
  },
  { name: 'POST assign', prepare: recommendationCommand('proposed', 'assign', (w) => validBody.assign(w.committeeId)), expected: only(200, ['coordinator']) },
  { name: 'POST accept', prepare: recommendationCommand('assigned', 'accept'), expected: only(200, ['coordinator', 'stakeholder']) },
  {
    name: 'POST decline',
    prepare: recommendationCommand('assigned', 'decline', () => validBody.decline()),
    expected: only(200, ['coordinator', 'stakeholder']),
  },
  { name: 'POST start', prepare: recommendationCommand('accepted', 'start'), expected: only(200, ['coordinator', 'stakeholder']) },
  {
    name: 'POST progress',
    prepare: recommendationCommand('in_progress', 'progress', () => validBody.progress()),
    expected: only(200, ['coordinator', 'stakeholder']),
  },
  { name: 'POST due-date', prepare: recommendationCommand('assigned', 'due-date', () => validBody['due-date']()), expected: only(200, ['coordinator']) },
  {
    name: 'POST reassign',
    prepare: recommendationCommand('assigned', 'reassign', (w) => validBody.reassign(w.legalAidId)),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'POST implemented',
    prepare: recommendationCommand('in_progress', 'implemented', () => validBody.implemented()),
    expected: only(200, ['coordinator', 'stakeholder']),
  },
  {
    name: 'POST verify',
    prepare: recommendationCommand('implemented', 'verify', () => validBody.verify()),
    expected: { ...only(200, ['coordinator', 'donor']), otherDonor: 404 },
  },
  {
    name: 'POST dispute',
    prepare: recommendationCommand('implemented', 'dispute', () => validBody.dispute()),
    expected: { ...only(200, ['coordinator', 'donor']), otherDonor: 404 },
  },
  { name: 'POST withdraw', prepare: recommendationCommand('proposed', 'withdraw', () => validBody.withdraw()), expected: only(200, ['coordinator']) },
  { name: 'GET /recommendations', prepare: async () => ({ method: 'GET', path: '/recommendations' }), expected: everyone(200) },
  {
    name: 'GET /recommendations/:id/status-history',
    prepare: async (w) => {
      const id = await recommendationAt(w, 'assigned');
      return { method: 'GET', path: `/recommendations/${id}/status-history?minPosition=${lastPosition}` };
    },
    expected: exceptOtherDonor(200),
  },
  { name: 'GET /scorecards/organisations', prepare: async () => ({ method: 'GET', path: '/scorecards/organisations' }), expected: everyone(200) },
  { name: 'GET /follow-through/forums', prepare: async () => ({ method: 'GET', path: '/follow-through/forums' }), expected: everyone(200) },
  { name: 'GET /overdue', prepare: async () => ({ method: 'GET', path: '/overdue' }), expected: everyone(200) },
  { name: 'GET /portfolios/:donorId', prepare: async (w) => ({ method: 'GET', path: `/portfolios/${w.donorId}` }), expected: exceptOtherDonor(200) },
  { name: 'GET /projections', prepare: async () => ({ method: 'GET', path: '/projections' }), expected: only(200, ['coordinator']) },
  {
    name: 'POST /projections/rebuild',
    prepare: async () => ({ method: 'POST', path: '/projections/rebuild', body: { projections: ['account-audit'] } }),
    expected: only(202, ['coordinator']),
  },
  {
    name: 'POST /accounts',
    prepare: async () => ({
      method: 'POST',
      path: '/accounts',
      body: { email: `a-${randomUUID().slice(0, 8)}@example.tj`, name: 'New', password: TEST_PASSWORD, role: 'viewer' },
    }),
    expected: only(201, ['coordinator']),
  },
  { name: 'GET /accounts', prepare: async () => ({ method: 'GET', path: '/accounts?role=viewer' }), expected: only(200, ['coordinator']) },
  {
    name: 'PUT /accounts/me/language',
    prepare: async () => ({ method: 'PUT', path: '/accounts/me/language', body: { language: (['en', 'ru', 'tg'] as const)[Math.floor(Math.random() * 3)] } }),
    expected: everyone(200),
  },
  {
    name: 'GET /accounts/:id',
    prepare: async (w) => ({ method: 'GET', path: `/accounts/${await newViewerAccount(w)}` }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'POST /accounts/:id/role',
    prepare: async (w) => ({ method: 'POST', path: `/accounts/${await newViewerAccount(w)}/role`, body: { role: 'coordinator' } }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'POST /accounts/:id/deactivate',
    prepare: async (w) => ({ method: 'POST', path: `/accounts/${await newViewerAccount(w)}/deactivate`, body: { reason: 'left' } }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'POST /accounts/:id/password',
    prepare: async (w) => ({ method: 'POST', path: `/accounts/${await newViewerAccount(w)}/password`, body: { newPassword: 'reset by the secretariat' } }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'POST /accounts/:id/password-link',
    prepare: async (w) => ({ method: 'POST', path: `/accounts/${await newViewerAccount(w)}/password-link`, body: {} }),
    expected: only(201, ['coordinator']),
  },
  {
    name: 'POST /auth/reset-password',
    prepare: async (w) => {
      const token = (await w.coordinator.post(`/accounts/${await newViewerAccount(w)}/password-link`, {})).body.token;
      return { method: 'POST', path: '/auth/reset-password', body: { token, newPassword: 'a passphrase of my choosing' } };
    },
    expected: { ...everyone(200), anonymous: 200 },
  },
  {
    // A new account has two-factor sign-in off: a coordinator may ask (409, already off), no one else may.
    name: 'POST /accounts/:id/two-factor/disable',
    prepare: async (w) => ({ method: 'POST', path: `/accounts/${await newViewerAccount(w)}/two-factor/disable` }),
    expected: only(409, ['coordinator']),
  },
  {
    name: 'POST /accounts/:id/sign-out-everywhere',
    prepare: async (w) => ({ method: 'POST', path: `/accounts/${await newViewerAccount(w)}/sign-out-everywhere` }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'POST /accounts/:id/api-tokens',
    prepare: async (w) => ({ method: 'POST', path: `/accounts/${await newViewerAccount(w)}/api-tokens`, body: { label: 'script' } }),
    expected: only(201, ['coordinator']),
  },
  { name: 'GET /audit/accounts', prepare: async () => ({ method: 'GET', path: '/audit/accounts' }), expected: only(200, ['coordinator']) },
  {
    name: 'GET /reports/donor-accountability',
    prepare: async (w) => ({ method: 'GET', path: `/reports/donor-accountability?donorId=${w.donorId}&period=2025&format=csv` }),
    expected: exceptOtherDonor(200),
  },
  {
    name: 'GET /reports/forums/:forumId/follow-through',
    prepare: async (w) => ({ method: 'GET', path: `/reports/forums/${w.forumId}/follow-through?format=html` }),
    expected: exceptOtherDonor(200),
  },
  {
    name: 'GET /reports/organisations/:organisationId/scorecard',
    prepare: async (w) => ({ method: 'GET', path: `/reports/organisations/${w.committeeId}/scorecard` }),
    expected: everyone(200),
  },
  {
    name: 'GET /reports/recommendations/:id/audit-trail',
    prepare: async (w) => {
      const id = await recommendationAt(w, 'assigned');
      return { method: 'GET', path: `/reports/recommendations/${id}/audit-trail?position=${lastPosition}` };
    },
    expected: exceptOtherDonor(200),
  },
  {
    name: 'GET /reports/frameworks/:donorId',
    prepare: async (w) => ({ method: 'GET', path: `/reports/frameworks/${w.donorId}` }),
    expected: exceptOtherDonor(200),
  },
  {
    name: 'PUT /reports/frameworks/:donorId/pillar-mapping',
    prepare: async (w) => ({
      method: 'PUT',
      path: `/reports/frameworks/${w.donorId}/pillar-mapping`,
      body: { mapping: { [`theme-${randomUUID().slice(0, 6)}`]: 'services' } },
    }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'PUT /reports/frameworks/:donorId/targets/:period',
    prepare: async (w) => ({
      method: 'PUT',
      path: `/reports/frameworks/${w.donorId}/targets/2025`,
      body: { recommendationsImplemented: Math.floor(Math.random() * 1e6) },
    }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'PUT /reports/frameworks/:donorId/narrative/:period',
    prepare: async (w) => ({ method: 'PUT', path: `/reports/frameworks/${w.donorId}/narrative/2025`, body: { context: `Context ${randomUUID()}` } }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'PUT /reports/frameworks/:donorId/logos/:whose',
    prepare: async (w) => ({
      method: 'PUT',
      path: `/reports/frameworks/${w.donorId}/logos/donor`,
      body: { image: twoColourPng(4 + Math.floor(Math.random() * 100), 4, [0, 0, 0], [255, 255, 255]).toString('base64') },
    }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'POST /reports/submissions',
    prepare: async (w) => ({
      method: 'POST',
      path: '/reports/submissions',
      body: { donorId: w.donorId, period: '2025', position: lastPosition, formats: ['json'] },
    }),
    expected: only(201, ['coordinator']),
  },
  {
    name: 'GET /reports/submissions/:donorId',
    prepare: async (w) => ({ method: 'GET', path: `/reports/submissions/${w.donorId}` }),
    expected: exceptOtherDonor(200),
  },
  { name: 'GET /vocabularies', prepare: async () => ({ method: 'GET', path: '/vocabularies' }), expected: everyone(200) },
  { name: 'GET /vocabularies/:kind', prepare: async () => ({ method: 'GET', path: '/vocabularies/regions' }), expected: everyone(200) },
  {
    name: 'POST /vocabularies/:kind/terms',
    prepare: async () => ({ method: 'POST', path: '/vocabularies/themes/terms', body: termBody() }),
    expected: only(201, ['coordinator']),
  },
  {
    name: 'PUT /vocabularies/:kind/terms/:code/labels',
    prepare: async () => ({ method: 'PUT', path: '/vocabularies/themes/terms/youth/labels', body: { labels: termBody().labels } }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'POST /vocabularies/:kind/terms/:code/retire',
    prepare: async (w) => ({ method: 'POST', path: `/vocabularies/themes/terms/${await addedTerm(w)}/retire` }),
    expected: only(200, ['coordinator']),
  },
  {
    name: 'POST /vocabularies/:kind/terms/:code/restore',
    prepare: async (w) => {
      const code = await addedTerm(w);
      await w.coordinator.post(`/vocabularies/themes/terms/${code}/retire`, {});
      return { method: 'POST', path: `/vocabularies/themes/terms/${code}/restore` };
    },
    expected: only(200, ['coordinator']),
  },
  { name: 'GET /vocabularies/migration', prepare: async () => ({ method: 'GET', path: '/vocabularies/migration' }), expected: only(200, ['coordinator']) },
  { name: 'POST /vocabularies/migration', prepare: async () => ({ method: 'POST', path: '/vocabularies/migration' }), expected: only(200, ['coordinator']) },
];

describe('access control: every endpoint against every caller', () => {
  let tracker: Tracker;
  let world: World;
  let clients: Record<Caller, HttpClient>;

  beforeAll(async () => {
    tracker = await startTracker();
    world = await setUpWorld(tracker);
    clients = {
      coordinator: world.coordinator,
      stakeholder: world.committee,
      otherStakeholder: world.legalAid,
      donor: world.donor,
      otherDonor: world.otherDonor,
      viewer: world.viewer,
      anonymous: tracker.anonymous,
    };
  });
  afterAll(async () => tracker?.stop());

  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const actual: Partial<Record<Caller, number>> = {};
    const bodies: string[] = [];
    for (const caller of CALLERS) {
      const call = await row.prepare(world);
      const client = clients[caller];
      const reply: Reply =
        call.method === 'GET'
          ? await client.get(call.path)
          : call.method === 'PUT'
            ? await client.put(call.path, call.body ?? {})
            : await client.post(call.path, call.body ?? {});
      actual[caller] = reply.status;
      if (reply.status === 403) expect(String(reply.body.message)).toMatch(/role|organisation|funds|funding|donor|coordinator|account/);
      bodies.push(`${caller}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 160)}`);
    }
    if (JSON.stringify(actual) !== JSON.stringify(row.expected)) console.log(bodies.join('\n'));
    expect(actual).toEqual(row.expected);
  });
});
