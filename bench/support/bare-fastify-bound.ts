// The HTTP bound of issue 20, in its own process: the same authenticated, validated, group-committed durable
// progress write as POST /recommendations/:id/progress, on bare Fastify with nothing else. JWT (HS256) verified on
// every request, the body checked by a compiled JSON schema (ajv), one event appended with its expected revision
// through our SqliteEventStore (group commit, synchronous=FULL), answered after the commit.
// Prints one JSON line {url, token, ids} when it listens. Run by bench/scenarios/http-platform.ts.
import Ajv from 'ajv';
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import { createSecretKey, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { PROGRESS_BODY_SCHEMA } from './progress-body-schema';

const key = createSecretKey(randomBytes(32));
const dataDir = mkdtempSync(join(process.env.BENCH_TMP ?? '/tmp', 'bench-bound-'));
const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite'), synchronous: 'FULL' });
const validate = new Ajv({ allErrors: true }).compile(PROGRESS_BODY_SCHEMA);
const revisions = new Map<string, bigint>();
const ids = Array.from({ length: 200 }, () => randomUUID());
const token = jwt.sign({ sub: randomUUID(), sv: 0 }, key, { algorithm: 'HS256', expiresIn: 3600 });

const app = Fastify({ bodyLimit: 100 * 1024 });
app.get('/health/live', async () => ({ status: 'ok' }));
app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/recommendations/:id/progress', async (request, reply) => {
  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  let claims: jwt.JwtPayload;
  try {
    claims = jwt.verify(bearer ?? '', key, { algorithms: ['HS256'] }) as jwt.JwtPayload;
  } catch {
    return reply.code(401).send({ code: 'Unauthorized' });
  }
  if (!validate(request.body)) return reply.code(400).send({ code: 'ValidationFailed', errors: validate.errors });
  const stream = `recommendation-${request.params.id}`;
  const expected = revisions.get(stream) ?? 'no_stream';
  const event = {
    id: randomUUID(),
    type: 'ProgressReported',
    data: { recommendationId: request.params.id, ...request.body },
    metadata: { actor: claims.sub, effectiveAt: new Date().toISOString(), recordedAt: new Date().toISOString(), commandType: 'ReportProgress' },
  };
  const result = await store.appendToStream(stream, [event], expected);
  revisions.set(stream, result.nextExpectedRevision);
  return reply
    .code(201)
    .header('ETag', `"${result.nextExpectedRevision}"`)
    .send({ id: request.params.id, revision: Number(result.nextExpectedRevision) });
});

app.listen({ port: 0, host: '127.0.0.1' }).then((address) => {
  process.stdout.write(`${JSON.stringify({ url: address, token, ids })}\n`);
});
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => store.close())
    .then(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
});
