import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { InvalidConfigError, loadAppConfig } from './config/app-config';
import { DemoLoader } from './demo/demo-loader';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  const levels = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  const logger = new ConsoleLogger('Follow-through', {
    json: config.LOG_FORMAT === 'json',
    logLevels: levels.slice(0, levels.indexOf(config.LOG_LEVEL) + 1) as never,
  });
  const app = await NestFactory.create(AppModule.with(config), { logger });
  configureApp(app);
  if (config.DEMO_DATA) await app.get(DemoLoader).load();
  await app.listen(config.PORT, config.HOST);
  logger.log(`listening on ${await app.getUrl()} (API docs at /docs, health at /health)`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof InvalidConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
