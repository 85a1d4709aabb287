// Bench only: the real AppModule booted on @nestjs/platform-fastify instead of Express, to measure the platform.
// Not the app's entry (src/main.ts is). What src/app.setup.ts does with Express is redone here the Fastify way,
// and what our code expects of Express's request and response is shimmed; each shim names one thing that breaks
// on Fastify and would have to change in the app (docs: /work/notes/perf-platform.md).
import 'reflect-metadata';
import { BadRequestException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import type { Server } from 'node:http';
import { AppModule } from '../../src/app.module';
import { AppConfig, loadAppConfig } from '../../src/config/app-config';
import { jsonDepthExceeds, MAX_INPUT_DEPTH } from '../../src/http/input-shape';
import { ProblemFilter } from '../../src/http/problem.filter';
import { InputValidationPipe } from '../../src/http/validation.pipe';
import { AppLogger } from '../../src/logging/app-logger';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  // 1. body size: Express's `useBodyParser('json', { limit: '100kb' })` becomes Fastify's bodyLimit.
  const adapter = new FastifyAdapter({ bodyLimit: 100 * 1024 });
  const fastify = adapter.getInstance();
  // 2. body depth: Express's `verify` hook of the JSON parser becomes a content-type parser of our own.
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, raw: Buffer, done) => {
    if (jsonDepthExceeds(raw))
      return done(new BadRequestException({ code: 'ValidationFailed', message: [`the body nests deeper than ${MAX_INPUT_DEPTH} levels`] }));
    if (raw.length === 0) return done(null, {});
    try {
      done(null, JSON.parse(raw.toString('utf8')));
    } catch (error) {
      done(Object.assign(error as Error, { status: 400, type: 'entity.parse.failed' }));
    }
  });
  // 3. helmet: an Express middleware (app.use needs @fastify/middie on Fastify); helmet only sets headers on the
  //    node response, so it runs as an onRequest hook on the raw objects (@fastify/helmet would be the app's way).
  const strict = helmet();
  fastify.addHook('onRequest', (request, reply, done) => strict(request.raw, reply.raw, done as () => void));
  // 4. Express's response API used by controllers (`@Res({ passthrough: true })`.setHeader), by
  //    command-context.ts (setHeader) and by the problem filter (`status().type().send()`, headersSent, end):
  //    FastifyReply has header/code/type/send but no setHeader, end or headersSent.
  fastify.decorateReply('setHeader', function (this: { header(k: string, v: string): void }, name: string, value: string) {
    this.header(name, value);
    return this;
  });
  fastify.decorateReply('headersSent', {
    getter(this: { sent: boolean }) {
      return this.sent;
    },
  });
  fastify.decorateReply('end', function (this: { send(): void }) {
    this.send();
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.with(config), adapter, {
    bodyParser: false, // ours above
    logger: new AppLogger('json', config.LOG_LEVEL),
  });
  const server = app.getHttpServer() as Server;
  server.requestTimeout = config.REQUEST_TIMEOUT_MS;
  server.headersTimeout = Math.min(config.HEADERS_TIMEOUT_MS, config.REQUEST_TIMEOUT_MS);
  server.maxConnections = config.MAX_CONNECTIONS;
  // 5. compression (Express's `compression` middleware) left out: @fastify/compress would replace it; progress
  //    answers are below its 1 KB threshold, so the measured route does not compress on Express either.
  // 6. Swagger UI at /docs left out (on Fastify it needs @fastify/static).
  app.useGlobalPipes(new InputValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  void app.get(AppConfig);
  await app.init();
  await app.listen(config.PORT, config.HOST);
}

bootstrap().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
