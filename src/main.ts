import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { configureApp, httpPlatform } from './app.setup';
import { FirstCoordinator } from './auth/first-coordinator';
import { InvalidConfigError, loadAppConfig } from './config/app-config';
import { DemoLoader } from './demo/demo-loader';
import { AppLogger, chosenLogFormat } from './logging/app-logger';
import { startupNotice } from './logging/startup-notice';

async function bootstrap(): Promise<void> {
  const config = loadAppConfig();
  const format = chosenLogFormat(config.LOG_FORMAT, process.stdout.isTTY === true);
  const logger = new AppLogger(format, config.LOG_LEVEL);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.with(config), httpPlatform(config), { logger });
  configureApp(app);
  // Command handlers are registered when the app initialises: the demo is loaded through them, before it listens.
  await app.init();
  const demo = config.DEMO_DATA ? await app.get(DemoLoader).load() : null;
  await app.listen(config.PORT, config.HOST);
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const setupToken = app.get(FirstCoordinator).pendingSetupToken;
  process.stdout.write(startupNotice({ url, setupToken, demo: demo && demo.accounts }, format, logger.colorsOn));
}

bootstrap().catch((error: unknown) => {
  if (error instanceof InvalidConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
