import { INestApplication, ValidationPipe } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AppConfig } from './config/app-config';
import { compressResponses } from './http/compress-responses';
import { DomainErrorFilter } from './http/domain-error.filter';

export const BODY_LIMIT = '100kb';

/** What main.ts and the e2e tests both apply to the app, so that tests see the real thing. */
export function configureApp(app: INestApplication): void {
  const config = app.get(AppConfig);
  secure(app as NestExpressApplication, config);
  compressResponses(app);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new DomainErrorFilter(app.get(HttpAdapterHost)));
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
  const origins = config.CORS_ORIGINS?.split(',') ?? [];
  if (origins.length > 0) app.enableCors({ origin: origins, credentials: false });
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
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
