import { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../src/app.module';
import { configureApp, httpPlatform } from '../../src/app.setup';
import type { Role } from '../../src/kernel/principal';
import { loadAppConfig } from '../../src/config/app-config';

export const COORDINATOR_EMAIL = 'coordinator@follow-through.test';
export const COORDINATOR_PASSWORD = 'a long test passphrase';
/** Every account the harness creates gets this password. */
export const TEST_PASSWORD = 'another long test passphrase';

export interface SignedIn {
  token: string;
  accountId: string;
  organisationId: string | null;
  email: string;
}

export interface TestApp {
  app: INestApplication;
  /** http://127.0.0.1:<port> of the real app listening on loopback. */
  baseUrl: string;
  dataDir: string;
  coordinatorToken: string;
  /** Creates an account with the role (through the API, as the coordinator) and signs it in. */
  signIn(role: Role, organisationId?: string | null): Promise<SignedIn>;
  stop(): Promise<void>;
}

async function post(baseUrl: string, path: string, body: object, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  return (await post(baseUrl, '/auth/login', { email, password })).token as string;
}

/** The real app on the embedded store, in a fresh data directory, listening on an ephemeral port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ft-e2e-'));
  const config = loadAppConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    SQLITE_SYNCHRONOUS: 'NORMAL',
    BOOTSTRAP_COORDINATOR_EMAIL: COORDINATOR_EMAIL,
    BOOTSTRAP_COORDINATOR_PASSWORD: COORDINATOR_PASSWORD,
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.with(config)] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(httpPlatform(config), { logger: ['error'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const coordinatorToken = config.BOOTSTRAP_COORDINATOR_EMAIL ? await login(baseUrl, COORDINATOR_EMAIL, COORDINATOR_PASSWORD) : '';
  const signIn = async (role: Role, organisationId: string | null = null): Promise<SignedIn> => {
    const email = `${role}-${randomUUID().slice(0, 8)}@follow-through.test`;
    const body = { email, name: `Test ${role}`, password: TEST_PASSWORD, role, ...(organisationId ? { organisationId } : {}) };
    const created = await post(baseUrl, '/accounts', body, coordinatorToken);
    return { token: await login(baseUrl, email, TEST_PASSWORD), accountId: created.id as string, organisationId, email };
  };
  return {
    app,
    baseUrl,
    dataDir,
    coordinatorToken,
    signIn,
    stop: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
