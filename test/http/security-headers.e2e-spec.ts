import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import helmet from 'helmet';
import { TestApp, startTestApp } from '../support/test-app';

/** The headers helmet itself sets on a bare node server, with the given options: the reference for the app's. */
async function helmetReference(options?: Parameters<typeof helmet>[0]): Promise<Record<string, string>> {
  const middleware = helmet(options);
  const server: Server = createServer((request, response) => middleware(request, response, () => response.end('ok')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return securityHeaders(answer.headers);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const SECURITY_HEADERS = /^(content-security-policy|cross-origin-|origin-agent-cluster|referrer-policy|strict-transport-security|x-)/;

function securityHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].filter(([name]) => SECURITY_HEADERS.test(name) && name !== 'x-request-id'));
}

describe('security headers: what helmet sets, read off it once at start (not run per request)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.stop());

  it('answers an API request with exactly the headers helmet sets by default', async () => {
    const reference = await helmetReference();
    expect(Object.keys(reference)).toContain('content-security-policy');
    for (const path of ['/health/live', '/auth/me', '/no/such/route']) {
      expect(securityHeaders((await fetch(`${app.baseUrl}${path}`)).headers)).toEqual(reference);
    }
  });

  it('answers /docs without the content security policy, as helmet does with it turned off', async () => {
    const reference = await helmetReference({ contentSecurityPolicy: false });
    const docs = await fetch(`${app.baseUrl}/docs/openapi.json`);
    expect(docs.status).toBe(200);
    expect(securityHeaders(docs.headers)).toEqual(reference);
  });
});
