import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { loadAppConfig } from '../../src/config/app-config';

export interface TestApp {
  app: INestApplication;
  /** http://127.0.0.1:<port> of the real app listening on loopback. */
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** The real app on the embedded store, in a fresh data directory, listening on an ephemeral port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ft-e2e-'));
  const config = loadAppConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', SQLITE_SYNCHRONOUS: 'NORMAL', ...env });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.with(config)] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    baseUrl,
    dataDir,
    stop: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
