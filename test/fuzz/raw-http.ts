import { Agent, request } from 'node:http';

export interface RawRequest {
  method: string;
  /** Already encoded: may hold invalid percent-escapes on purpose. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RawReply {
  status: number;
  contentType: string;
  body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** Sends exactly what it is given (node:http, not fetch, which would refuse or repair hostile parts). */
export function send(baseUrl: string, raw: RawRequest): Promise<RawReply> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request({ agent, host: url.hostname, port: url.port, method: raw.method, path: raw.path, headers: raw.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(raw.body);
  });
}

export function closeConnections(): void {
  agent.destroy();
}
