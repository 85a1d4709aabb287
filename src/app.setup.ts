import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Server } from 'node:http';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from './config/app-config';
import { ProblemFilter } from './http/problem.filter';
import { InputValidationPipe } from './http/validation.pipe';

export { BODY_LIMIT_BYTES, httpPlatform } from './http/http-platform';

/**
 * What main.ts and the e2e tests both apply to the app, so that tests see the real thing. The app is created on
 * `httpPlatform(config)` (Fastify with the body parsers, timeouts, security headers and compression).
 */
export function configureApp(app: NestFastifyApplication): void {
  const config = app.get(AppConfig);
  (app.getHttpServer() as Server).maxConnections = config.MAX_CONNECTIONS;
  const origins = config.CORS_ORIGINS?.split(',') ?? [];
  if (origins.length > 0) app.enableCors({ origin: origins, credentials: false });
  app.useGlobalPipes(new InputValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  document(app);
}

function document(app: NestFastifyApplication): void {
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
