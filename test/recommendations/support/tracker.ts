// TEMPORARY until the auth harness lands: a principal is injected from the bearer token.
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../../src/app.module';
import { configureApp } from '../../../src/app.setup';
import type { Role } from '../../../src/auth/principal';
import { loadAppConfig } from '../../../src/config/app-config';
import { HttpClient } from './http-client';

export interface Tracker {
  baseUrl: string;
  coordinator: HttpClient;
  as(role: Role, organisationId?: string | null): Promise<HttpClient>;
  anonymous: HttpClient;
  stop(): Promise<void>;
}

export async function startTracker(): Promise<Tracker> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ft-e2e-'));
  const config = loadAppConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', SQLITE_SYNCHRONOUS: 'NORMAL' });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.with(config)] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  app.use((req: { headers: Record<string, string>; principal?: unknown }, _: unknown, next: () => void) => {
    const token = req.headers.authorization?.replace('Bearer ', '');
    if (token) req.principal = JSON.parse(Buffer.from(token, 'base64url').toString());
    next();
  });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  let accounts = 0;
  const as = async (role: Role, organisationId: string | null = null) => {
    const principal = { accountId: `account-${++accounts}`, organisationId, role };
    return new HttpClient(baseUrl, Buffer.from(JSON.stringify(principal)).toString('base64url'));
  };
  return {
    baseUrl,
    coordinator: await as('coordinator'),
    as,
    anonymous: new HttpClient(baseUrl, null),
    stop: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
