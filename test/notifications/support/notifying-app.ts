import { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../../src/app.module';
import { configureApp, httpPlatform } from '../../../src/app.setup';
import type { Role } from '../../../src/kernel/principal';
import { loadAppConfig } from '../../../src/config/app-config';
import { Clock } from '../../../src/notifications/clock';
import { NotificationsService } from '../../../src/notifications/notifications.service';
import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD, login, TEST_PASSWORD } from '../../support/test-app';
import { HttpClient } from '../../recommendations/support/http-client';

/** Time that flows like the real one, from a start the test chooses; `setTo` jumps. */
export class TestClock extends Clock {
  private offset = 0;
  constructor(start: string) {
    super();
    this.setTo(start);
  }
  setTo(iso: string): void {
    this.offset = Date.parse(iso) - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
}

export interface NotifyingApp {
  app: INestApplication;
  baseUrl: string;
  dataDir: string;
  coordinator: HttpClient;
  clock: TestClock;
  notifications: NotificationsService;
  person(
    role: Role,
    organisationId: string | null,
    language?: 'en' | 'ru' | 'tg',
    email?: string,
  ): Promise<{ client: HttpClient; accountId: string; email: string }>;
  /** Stops the app and, unless told to keep it (for a restart), removes its data directory. */
  close(keepData?: boolean): Promise<void>;
}

/** The real app (as test/support/test-app.ts makes it) with a clock of the test's and the mail relay it names. */
export async function startNotifyingApp(options: {
  env?: Record<string, string>;
  clock?: TestClock;
  dataDir?: string;
  bootstrap?: boolean;
}): Promise<NotifyingApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ft-notify-'));
  const clock = options.clock ?? new TestClock('2025-01-01T09:00:00Z');
  const config = loadAppConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    SQLITE_SYNCHRONOUS: 'NORMAL',
    SQLITE_POLL_INTERVAL_MS: '20',
    NOTIFICATIONS_POLL_INTERVAL_MS: '50',
    NOTIFICATIONS_RETRY_BASE_MS: '50',
    PUBLIC_BASE_URL: 'https://tracker.example.org',
    MAIL_FROM: 'Follow-through <no-reply@tracker.example.org>',
    AUTH_TOKEN_SECRET: 'a shared secret for the notification tests, long enough',
    ...(options.bootstrap === false ? {} : { BOOTSTRAP_COORDINATOR_EMAIL: COORDINATOR_EMAIL, BOOTSTRAP_COORDINATOR_PASSWORD: COORDINATOR_PASSWORD }),
    ...options.env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.with(config)] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(httpPlatform(config), { logger: ['error'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const coordinator = new HttpClient(baseUrl, await login(baseUrl, COORDINATOR_EMAIL, COORDINATOR_PASSWORD));
  const person: NotifyingApp['person'] = async (role, organisationId, language = 'en', given) => {
    const email = given ?? `${role}-${randomUUID().slice(0, 8)}@follow-through.test`;
    const created = await coordinator.post('/accounts', {
      email,
      name: `Test ${role}`,
      password: TEST_PASSWORD,
      role,
      ...(organisationId ? { organisationId } : {}),
    });
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    const client = new HttpClient(baseUrl, await login(baseUrl, email, TEST_PASSWORD));
    if (language !== 'en') await client.put('/accounts/me/language', { language });
    return { client, accountId: created.body.id as string, email };
  };
  return {
    app,
    baseUrl,
    dataDir,
    coordinator,
    clock,
    notifications: app.get(NotificationsService),
    person,
    close: async (keepData = false) => {
      await app.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
