import type { Role } from '../../../src/kernel/principal';
import { startTestApp } from '../../support/test-app';
import { HttpClient } from './http-client';

/** The real app (test/support/test-app.ts) with a signed-in HTTP client per kind of user. */
export interface Tracker {
  baseUrl: string;
  coordinator: HttpClient;
  /** Creates an account with the role (and organisation) through the API and signs it in. */
  as(role: Role, organisationId?: string | null): Promise<HttpClient>;
  anonymous: HttpClient;
  stop(): Promise<void>;
}

export async function startTracker(env: Record<string, string> = {}): Promise<Tracker> {
  const app = await startTestApp(env);
  return {
    baseUrl: app.baseUrl,
    coordinator: new HttpClient(app.baseUrl, app.coordinatorToken),
    as: async (role, organisationId = null) => new HttpClient(app.baseUrl, (await app.signIn(role, organisationId)).token),
    anonymous: new HttpClient(app.baseUrl, null),
    stop: () => app.stop(),
  };
}
