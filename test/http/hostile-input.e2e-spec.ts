import type { Server } from 'node:http';
import { connect, Socket } from 'node:net';
import { EventStore } from '../../src/event-store/event-store.port';
import { HttpClient } from '../recommendations/support/http-client';
import { TestApp, startTestApp } from '../support/test-app';

/** Opens a connection and collects what the server sends until it closes it. */
function openConnection(baseUrl: string): { socket: Socket; closed: Promise<string> } {
  const url = new URL(baseUrl);
  const socket = connect(Number(url.port), url.hostname);
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  socket.on('error', () => undefined);
  return { socket, closed };
}

describe('hostile input and slow clients', () => {
  let app: TestApp;
  let coordinator: HttpClient;
  let anonymous: HttpClient;

  beforeAll(async () => {
    app = await startTestApp({ REQUEST_TIMEOUT_MS: '2000', HEADERS_TIMEOUT_MS: '1500', MAX_CONNECTIONS: '20' });
    coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
    anonymous = new HttpClient(app.baseUrl, null);
  });
  afterAll(async () => app?.stop());

  it.each(['/auth/login', '/auth/setup', '/organisations'])('refuses JSON nested 3,000 deep on %s with 400 before anything walks it', async (path) => {
    const reply = await coordinator.post(path, '{"a":'.repeat(3000) + '1' + '}'.repeat(3000));
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(reply.body).toMatchObject({ code: 'ValidationFailed', errors: [{ field: 'body', rule: 'maxDepth' }] });
  });

  it('refuses an e-mail holding half a surrogate pair, naming the field and the rule', async () => {
    const reply = await anonymous.post('/auth/login', '{"email":"a\\ud83d@example.tj","password":"whatever it is"}');
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([{ field: 'email', rule: 'wellFormedUnicode', message: 'email must be well-formed Unicode text' }]);
  });

  it('refuses prototype keys in a body', async () => {
    const reply = await coordinator.post('/organisations', '{"name":"X Org","kind":"ngo","country":"TJ","__proto__":{"role":"coordinator"}}');
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([expect.objectContaining({ field: '__proto__', rule: 'forbiddenKey' })]);
  });

  it.each([
    ['/recommendations?minPosition=9223372036854775808/1', 'minPosition'],
    ['/accounts?minPosition=1/18446744073709551616', 'minPosition'],
    ['/overdue?minPosition=99999999999999999999/0', 'minPosition'],
    ['/reports/donor-accountability?position=9223372036854775808/9223372036854775808', 'position'],
  ])('refuses a position beyond 64 bits in %s', async (path, field) => {
    const reply = await coordinator.get(path);
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule: 'isEventPosition' })]));
  });

  it('cuts off a body trickled a byte at a time with 408 once the request timeout has passed', async () => {
    const { socket, closed } = openConnection(app.baseUrl);
    socket.write(`POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`);
    const trickle = setInterval(() => socket.writable && socket.write(' '), 200);
    const answer = await closed;
    clearInterval(trickle);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes connections beyond MAX_CONNECTIONS at once, and serves again when they go', async () => {
    const held = Array.from({ length: 20 }, () => openConnection(app.baseUrl));
    await Promise.all(held.map(({ socket }) => new Promise((resolve) => socket.once('connect', resolve))));
    // The kernel completes a handshake before Node accepts it: wait until the server counts all twenty.
    const server = app.app.getHttpServer() as Server;
    const open = () => new Promise<number>((resolve) => server.getConnections((_, count) => resolve(count)));
    while ((await open()) < 20) await new Promise((resolve) => setImmediate(resolve));
    const extra = openConnection(app.baseUrl);
    extra.socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(await extra.closed).toBe('');
    held.forEach(({ socket }) => socket.destroy());
    await Promise.all(held.map(({ closed }) => closed));
    expect((await anonymous.get('/health/live')).status).toBe(200);
  });

  it('does not show where the event log is in the anonymous health answer', async () => {
    const health = await anonymous.get('/health');
    expect(health.status).toBe(200);
    expect(JSON.stringify(health.body)).not.toContain(app.dataDir);
  });

  // Last: it closes the store.
  it('answers 503 when the store is down, with neither its path nor its error text', async () => {
    await app.app.get(EventStore).close();
    const health = await anonymous.get('/health');
    expect(health.status).toBe(503);
    expect(JSON.stringify(health.body)).toContain('the event store does not answer');
    expect(JSON.stringify(health.body)).not.toContain(app.dataDir);
  });
});
