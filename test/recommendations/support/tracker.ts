import type { Role } from '../../../src/auth/principal';
import { startTestApp } from '../../support/test-app';
import { HttpClient } from './http-client';

export interface Tracker {
  baseUrl: string;
  coordinator: HttpClient;
  /** A client signed in as a new account with the role, of the organisation. */
  as(role: Role, organisationId?: string | null): Promise<HttpClient>;
  anonymous: HttpClient;
  stop(): Promise<void>;
}

/** The real app with real accounts and tokens (test/support/test-app.ts), wrapped in HTTP clients. */
export async function startTracker(): Promise<Tracker> {
  const testApp = await startTestApp();
  const { baseUrl } = testApp;
  return {
    baseUrl,
    coordinator: new HttpClient(baseUrl, testApp.coordinatorToken),
    as: async (role, organisationId = null) => new HttpClient(baseUrl, (await testApp.signIn(role, organisationId)).token),
    anonymous: new HttpClient(baseUrl, null),
    stop: () => testApp.stop(),
  };
}
