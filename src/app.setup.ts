import { BadRequestException, INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AppConfig } from './config/app-config';
import { jsonDepthExceeds, MAX_INPUT_DEPTH } from './http/input-shape';
import { ProblemFilter } from './http/problem.filter';
import { InputValidationPipe } from './http/validation.pipe';

export const BODY_LIMIT = '100kb';

/** What main.ts and the e2e tests both apply to the app, so that tests see the real thing. */
export function configureApp(app: INestApplication): void {
  const config = app.get(AppConfig);
  secure(app as NestExpressApplication, config);
  limitConnections(app.getHttpServer() as Server, config);
  app.useGlobalPipes(new InputValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  document(app);
}

/** Security headers, CORS closed unless origins are configured, and a limit on request bodies. */
function secure(app: NestExpressApplication, config: AppConfig): void {
  const strict = helmet();
  // Swagger UI runs inline scripts; the rest of the app keeps the strict content security policy.
  const forDocs = helmet({ contentSecurityPolicy: false });
  app.use((request: { path: string }, response: unknown, next: () => void) =>
    (request.path.startsWith('/docs') ? forDocs : strict)(request as never, response as never, next),
  );
  if (config.TRUST_PROXY) app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  const origins = config.CORS_ORIGINS?.split(',') ?? [];
  if (origins.length > 0) app.enableCors({ origin: origins, credentials: false });
  app.useBodyParser('json', { limit: BODY_LIMIT, verify: refuseDeepJson });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
}

/** Counted on the raw bytes, before JSON.parse and long before class-transformer would recurse into it. */
function refuseDeepJson(_request: unknown, _response: unknown, raw: Buffer): void {
  if (jsonDepthExceeds(raw)) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      code: 'ValidationFailed',
      message: [`the body nests deeper than ${MAX_INPUT_DEPTH} levels`],
      errors: [{ field: 'body', rule: 'maxDepth', message: `the body nests deeper than ${MAX_INPUT_DEPTH} levels` }],
    });
  }
}

/**
 * A request must arrive whole within REQUEST_TIMEOUT_MS (a body trickled a byte at a time is cut off with
 * 408), its headers within HEADERS_TIMEOUT_MS, and at most MAX_CONNECTIONS are open at once.
 */
function limitConnections(server: Server, config: AppConfig): void {
  server.requestTimeout = config.REQUEST_TIMEOUT_MS;
  server.headersTimeout = Math.min(config.HEADERS_TIMEOUT_MS, config.REQUEST_TIMEOUT_MS);
  // Node checks the timeouts above on this interval (30 s by default), so a slow request could outlive them by that much.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = 1000;
  server.maxConnections = config.MAX_CONNECTIONS;
}

function document(app: INestApplication): void {
  const openApi = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Follow-through')
      .setDescription('Tracks the recommendations of forums and the commitments made to carry them out.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, openApi, { jsonDocumentUrl: 'docs/openapi.json' });
}
