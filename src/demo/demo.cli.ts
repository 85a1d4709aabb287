// `npm run demo`: loads the demo tracker (the forums of shared/seeds) into the configured store.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { loadAppConfig } from '../config/app-config';
import { DemoLoader } from './demo-loader';

async function loadDemo(): Promise<void> {
  const config = loadAppConfig();
  const app = await NestFactory.createApplicationContext(AppModule.with(config), { logger: ['error', 'warn'] });
  const { accounts } = await app.get(DemoLoader).load();
  await app.close();
  console.log(`demo data is in ${config.DATA_DIR}; start the app with npm start`);
  console.log(`demo accounts: ${accounts.examples.join(', ')} (every organisation has one: <organisation>@demo.follow-through.org)`);
  console.log(
    accounts.password ? `password of every demo account: ${accounts.password} (shown only now)` : 'password: the one shown when the demo was first loaded',
  );
}

loadDemo().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
