import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from '../recommendations/support/http-client';
import { evidence, validBody } from '../recommendations/support/scenario';
import { MailServer } from '../notifications/support/mail-server';
import { twoColourPng } from '../support/png';

/**
 * Two app processes on one EventStoreDB (the protocol double, in a process of its own), as behind a load
 * balancer: a lifecycle alternating between them over HTTP. Each instance keeps its own read models, fed by its
 * own subscription; the token secret is shared (AUTH_TOKEN_SECRET, required with EventStoreDB).
 * Sign-in attempts are counted in the store, so guesses spread over both instances meet one limit, and both
 * instances' notification processors send each e-mail once (a real SMTP server on loopback).
 */
const root = join(__dirname, '../..');
const register = join(root, 'test/support/ts-register.js');
const EMAIL = 'coordinator@two-instances.test';
const PASSWORD = 'a long passphrase for two instances';

interface Child {
  process: ChildProcess;
  log: () => string;
}

function start(script: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['-r', register, join(root, script)], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk) => (text += chunk));
  child.stderr?.on('data', (chunk) => (text += chunk));
  return { process: child, log: () => text };
}

async function waitForLine(child: Child, pattern: RegExp): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const match = pattern.exec(child.log());
    if (match) return match[1];
    if (child.process.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no line matching ${pattern}:\n${child.log()}`);
}

/** The answer once it is 200: B's read models follow A's writes a moment later. */
async function eventuallyOk(request: () => Promise<Response>): Promise<Response> {
  for (let i = 0; ; i++) {
    const answer = await request();
    if (answer.status === 200 || i === 100) return answer;
    await answer.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stop(child: Child | undefined): Promise<void> {
  if (!child || child.process.exitCode !== null || child.process.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.process.once('exit', () => resolve());
    child.process.kill('SIGTERM');
  });
}

describe('two app instances on one EventStoreDB (protocol double in its own process)', () => {
  let double: Child;
  const mail = new MailServer();
  const apps: Child[] = [];
  const dataDirs: string[] = [];
  const urls: string[] = [];
  const filesDir = mkdtempSync(join(tmpdir(), 'ft-shared-files-'));
  dataDirs.push(filesDir);

  beforeAll(async () => {
    await mail.start();
    double = start('test/event-store/esdb-protocol-server/serve.ts', {});
    const port = await waitForLine(double, /protocol double listening on (\d+)/);
    const secret = randomBytes(32).toString('base64url');
    const startApp = async (bootstrap: boolean) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ft-instance-'));
      dataDirs.push(dataDir);
      const app = start('src/main.ts', {
        EVENT_STORE: 'eventstoredb',
        EVENTSTORE_CONNECTION_STRING: `esdb://127.0.0.1:${port}?tls=false`,
        AUTH_TOKEN_SECRET: secret,
        DATA_DIR: dataDir,
        FILES_DIR: filesDir,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'log',
        SMTP_URL: mail.url,
        NOTIFICATIONS_POLL_INTERVAL_MS: '50',
        NOTIFICATIONS_RETRY_BASE_MS: '50',
        ...(bootstrap ? { BOOTSTRAP_COORDINATOR_EMAIL: EMAIL, BOOTSTRAP_COORDINATOR_PASSWORD: PASSWORD } : {}),
      });
      apps.push(app);
      return (await waitForLine(app, /listening on (http:\/\/[^\s"]+)/)).replace('[::1]', '127.0.0.1');
    };
    // Both start at once (as after a deploy); only the first is told to create the coordinator, as in
    // docker-compose.cluster.yml.
    urls.push(...(await Promise.all([startApp(true), startApp(false)])));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(apps.map(stop));
    await stop(double);
    await mail.stop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  const signIn = async (url: string, email: string, password: string): Promise<string> => {
    const reply = await new HttpClient(url, null).post('/auth/login', { email, password });
    if (reply.status !== 200 && reply.status !== 201) throw new Error(`login answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body.token as string;
  };

  it('runs a lifecycle alternating between the instances: tokens, read-your-writes and Idempotency-Keys hold across them', async () => {
    const [a, b] = urls;
    const token = await signIn(a, EMAIL, PASSWORD);
    const onA = new HttpClient(a, token);
    const onB = new HttpClient(b, token); // signed by A, good at B: one secret
    const organisation = async (client: HttpClient, kind: string, name: string) =>
      (await client.post('/organisations', { name, kind, country: 'TJ' })).body.id as string;
    const donorId = await organisation(onA, 'donor', 'INL');
    const committeeId = await organisation(onB, 'committee', 'Committee on Women and Family Affairs');

    const forum = await onA.post('/forums', {
      title: 'Regional conference on preventing gender-based violence in Khatlon',
      kind: 'conference',
      startDate: '2024-05-10',
      endDate: '2024-05-11',
      location: { country: 'TJ', region: 'Khatlon', district: 'Bokhtar' },
      organisers: [{ name: 'USANT' }],
      funders: [donorId],
      participants: 52,
      sourceReference: 'USANT conference report, May 2024',
    });
    expect(forum.status).toBe(201);
    const proposed = await onB.post(`/forums/${forum.body.id}/recommendations`, {
      text: 'Introduce a course on recognising and referring cases of violence for school psychologists',
      themes: ['education'],
      priority: 'high',
    });
    expect(proposed.status).toBe(201);
    const id = proposed.body.id as string;

    // Read-your-writes across instances: written through B, read at A from the position B answered.
    const written = proposed.headers.get('x-event-position') as string;
    const listed = await onA.get(`/recommendations?forumId=${forum.body.id}&minPosition=${written}`);
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).toContain(id);

    // The stakeholder account is made at A, signs in at B.
    const stakeholder = {
      email: 'committee@two-instances.test',
      name: 'Committee member',
      password: 'another long passphrase',
      role: 'stakeholder',
      organisationId: committeeId,
    };
    expect((await onA.post('/accounts', stakeholder)).status).toBe(201);
    const committeeToken = await signIn(b, stakeholder.email, stakeholder.password);
    const committee = new HttpClient(b, committeeToken);
    const committeeOnA = new HttpClient(a, committeeToken);

    const assigned = await onA.post(`/recommendations/${id}/assign`, validBody.assign(committeeId), { 'if-match': '"0"' });
    expect(assigned.status).toBe(200);
    // If-Match with the revision A answered, at B: B reads the stream from the leader, so no false 412.
    expect((await committee.post(`/recommendations/${id}/accept`, {}, { 'if-match': assigned.headers.get('etag') as string })).status).toBe(200);

    // An Idempotency-Key sent to B, replayed at A: the first answer, the events once.
    const key = { 'idempotency-key': `progress-${id}` };
    const progress = { note: 'Curriculum drafted', evidence, percentComplete: 30 };
    const first = await committee.post(`/recommendations/${id}/progress`, progress, key);
    const replay = await committeeOnA.post(`/recommendations/${id}/progress`, progress, key);
    expect(first.status).toBe(200);
    expect(replay).toMatchObject({ status: 200, body: first.body });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('x-event-position')).toBe(first.headers.get('x-event-position'));

    const implemented = await committeeOnA.post(`/recommendations/${id}/implemented`, validBody.implemented());
    expect(implemented.status).toBe(200);
    const position = implemented.headers.get('x-event-position') as string;
    for (const client of [onA, onB]) {
      const read = await client.get(`/recommendations/${id}`);
      expect(read.body).toMatchObject({ status: 'implemented', revision: implemented.body.revision });
      const history = read.body.history as { type: string }[];
      expect(history.filter((entry) => entry.type === 'RecommendationProgressReported')).toHaveLength(1);
      const list = await client.get(`/recommendations?forumId=${forum.body.id}&minPosition=${position}`);
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).toContain('implemented');
    }
    for (const app of apps) expect(app.log()).not.toMatch(/"level":"error"/);
  });

  it('sends each notification once although both instances process the log (real SMTP)', async () => {
    const [a, b] = urls;
    const onA = new HttpClient(a, await signIn(a, EMAIL, PASSWORD));
    const onB = new HttpClient(b, await signIn(b, EMAIL, PASSWORD));
    const ministry = (await onA.post('/organisations', { name: 'Ministry of Education', kind: 'ministry', country: 'TJ' })).body.id as string;
    const people = ['one', 'two'].map((n) => `stakeholder-${n}@two-instances.test`);
    for (const email of people)
      expect(
        (await onB.post('/accounts', { email, name: email, password: 'a long passphrase for a stakeholder', role: 'stakeholder', organisationId: ministry }))
          .status,
      ).toBe(201);
    const forum = await onA.post('/forums', {
      title: 'Roundtable',
      kind: 'roundtable',
      startDate: '2024-05-10',
      endDate: '2024-05-10',
      location: { country: 'TJ' },
      organisers: [{ name: 'Secretariat' }],
      funders: [],
    });
    for (const [i, client] of [onA, onB, onA].entries()) {
      const proposed = await client.post(`/forums/${forum.body.id}/recommendations`, { text: `Recommendation ${i}`, themes: ['education'], priority: 'high' });
      expect((await client.post(`/recommendations/${proposed.body.id}/assign`, { ...validBody.assign(ministry), dueDate: '2030-06-30' })).status).toBe(200);
    }
    await mail.waitFor(() => people.every((email) => mail.to(email).length >= 3), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // both keep dispatching: nothing more goes out
    for (const email of people) expect(mail.to(email)).toHaveLength(3);
    const ids = people.flatMap((email) => mail.to(email).map((m) => m.messageId));
    expect(new Set(ids).size).toBe(6);
  }, 120_000);

  it('shares kept files through FILES_DIR: evidence, a logo and a submitted report made at one instance are served by the other', async () => {
    const [a, b] = urls;
    const token = await signIn(a, EMAIL, PASSWORD);
    const onA = new HttpClient(a, token);
    const organisation = async (kind: string, name: string) => (await onA.post('/organisations', { name, kind, country: 'TJ' })).body.id as string;
    const donorId = await organisation('donor', 'EU Delegation');
    const ministryId = await organisation('ministry', 'Ministry of Health');
    const member = {
      email: 'health@two-instances.test',
      name: 'Ministry member',
      password: 'a passphrase for the ministry',
      role: 'stakeholder',
      organisationId: ministryId,
    };
    expect((await onA.post('/accounts', member)).status).toBe(201);
    const memberToken = await signIn(a, member.email, member.password);
    const forum = await onA.post('/forums', {
      title: 'Study tour on shelters',
      kind: 'study_tour',
      startDate: '2024-06-03',
      endDate: '2024-06-07',
      location: { country: 'TJ' },
      organisers: [{ name: 'Secretariat' }],
      funders: [donorId],
    });
    const id = (
      await onA.post(`/forums/${forum.body.id}/recommendations`, { text: 'Adopt a national standard for shelters', themes: ['services'], priority: 'high' })
    ).body.id as string;
    expect((await onA.post(`/recommendations/${id}/assign`, { ...validBody.assign(ministryId), dueDate: '2030-06-30' })).status).toBe(200);

    // Evidence uploaded to A and attached there; downloaded from B.
    const photo = twoColourPng(40, 20, [30, 90, 60], [240, 240, 240]);
    const uploaded = await fetch(`${a}/evidence-files?filename=site.png`, {
      method: 'POST',
      headers: { authorization: `Bearer ${memberToken}`, 'content-type': 'image/png' },
      body: new Uint8Array(photo),
    });
    expect(uploaded.status).toBe(201);
    const { sha256 } = (await uploaded.json()) as { sha256: string };
    const memberOnA = new HttpClient(a, memberToken);
    expect((await memberOnA.post(`/recommendations/${id}/accept`, {})).status).toBe(200);
    const reported = await memberOnA.post(`/recommendations/${id}/progress`, { note: 'Site visited', evidence: [{ kind: 'file', title: 'Site', sha256 }] });
    expect(reported.status).toBe(200);
    const position = reported.headers.get('x-event-position') as string;
    const fromB = await eventuallyOk(() => fetch(`${b}/recommendations/${id}/evidence-files/${sha256}`, { headers: { authorization: `Bearer ${token}` } }));
    expect(
      createHash('sha256')
        .update(Buffer.from(await fromB.arrayBuffer()))
        .digest('hex'),
    ).toBe(sha256);

    // A logo put through A is on the cover of the PDF B makes.
    const logo = await onA.put(`/reports/frameworks/${donorId}/logos/donor`, { image: twoColourPng(120, 40, [11, 60, 93], [242, 201, 76]).toString('base64') });
    expect(logo.status).toBe(200);
    const report = `/reports/donor-accountability?donorId=${donorId}&period=2024&position=${logo.headers.get('x-event-position') ?? position}`;
    const pdf = await eventuallyOk(() => fetch(`${b}${report}&format=pdf`, { headers: { authorization: `Bearer ${token}` } }));
    const pdfFile = join(filesDir, 'from-b.pdf');
    writeFileSync(pdfFile, Buffer.from(await pdf.arrayBuffer()));
    const images = execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', pdfFile], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => /image/.test(l));
    expect(images).toHaveLength(1);

    // A report submitted through A, downloaded from B byte for byte.
    const at = (await onA.get(`${report}&format=json`)).headers.get('x-report-position') as string;
    const submitted = await onA.post('/reports/submissions', { donorId, period: '2024', position: at, formats: ['csv'] });
    expect(submitted.status).toBe(201);
    const file = (submitted.body.submission as { submissionId: string; files: { sha256: string }[] }).files[0];
    const kept = await eventuallyOk(() =>
      fetch(`${b}/reports/submissions/${donorId}/${(submitted.body.submission as { submissionId: string }).submissionId}/csv`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    expect(
      createHash('sha256')
        .update(Buffer.from(await kept.arrayBuffer()))
        .digest('hex'),
    ).toBe(file.sha256);
  }, 120_000);

  // Last: its failed guesses hold the coordinator's sign-in from this address for the rest of the minute.
  it('counts sign-in guesses spread over both instances against one limit (5 a minute for an e-mail and address)', async () => {
    const [a, b] = urls;
    const guess = (url: string) => new HttpClient(url, null).post('/auth/login', { email: EMAIL, password: 'not the passphrase at all' });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => guess(i % 2 ? a : b)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });
});
