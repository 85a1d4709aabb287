import { request } from 'node:http';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { HttpClient } from '../recommendations/support/http-client';
import { Tracker } from '../recommendations/support/tracker';
import { TestApp, startTestApp } from '../support/test-app';

/** The tracker of the recommendation tests, keeping hold of the app (to read its event store) and the tokens. */
export interface EvidenceTracker extends Tracker {
  app: TestApp;
  tokenOf: Map<HttpClient, string>;
}

export async function startEvidenceTracker(env: Record<string, string> = {}): Promise<EvidenceTracker> {
  const app = await startTestApp(env);
  const tokenOf = new Map<HttpClient, string>();
  const client = (token: string) => {
    const made = new HttpClient(app.baseUrl, token);
    tokenOf.set(made, token);
    return made;
  };
  return {
    app,
    tokenOf,
    baseUrl: app.baseUrl,
    coordinator: client(app.coordinatorToken),
    as: async (role, organisationId = null) => client((await app.signIn(role, organisationId)).token),
    anonymous: new HttpClient(app.baseUrl, null),
    stop: () => app.stop(),
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer as a client reads it
  body: any;
}

/** POST /evidence-files with the bytes as the body, as a browser's fetch sends a File. */
export async function upload(baseUrl: string, token: string, bytes: Buffer, filename: string, contentType: string): Promise<Answer> {
  const response = await fetch(`${baseUrl}/evidence-files?filename=${encodeURIComponent(filename)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: new Uint8Array(bytes),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** GET the bytes of a download, with its headers. */
export async function download(baseUrl: string, token: string, path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

setFlagsFromString('--expose-gc');
/** V8's collector, reachable once the flag is set (a new context sees it). */
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
/** A young-generation collection: cheap, and where the chunks of an upload live and die. */
const collectGarbage = () => gc({ type: 'minor' });

/** The heap and buffers still held after a collection: garbage not yet collected is not memory anything holds. */
export function heldMemory(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

/**
 * Sends `total` bytes made of one reused chunk (so the sender itself holds a chunk, not the file), with or without a
 * Content-Length, and stops sending as soon as an answer arrives; samples the process's memory meanwhile (the app
 * runs in this process). Answers the status, the body and the largest growth of heap and buffers seen.
 */
export function streamUpload(
  baseUrl: string,
  token: string,
  options: { total: number; head: Buffer; filename: string; contentType: string; withLength: boolean },
): Promise<{ status: number; body: string; peakGrowth: number; sent: number }> {
  const url = new URL(`${baseUrl}/evidence-files?filename=${encodeURIComponent(options.filename)}`);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const used = heldMemory;
  const baseline = used();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, used() - baseline)), 20);
  let sent = 0;
  let answered = false;
  const body = new Readable({
    read() {
      if (answered || sent >= options.total) return void this.push(null);
      const next = sent === 0 ? Buffer.concat([options.head, chunk.subarray(options.head.length)]) : chunk;
      const part = next.subarray(0, Math.min(next.length, options.total - sent));
      sent += part.length;
      this.push(part);
    },
  });
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { authorization: `Bearer ${token}`, 'content-type': options.contentType };
    if (options.withLength) headers['content-length'] = options.total;
    const sending = request(url, { method: 'POST', headers }, (response) => {
      answered = true;
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => {
        clearInterval(sampler);
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8'), peakGrowth: peak, sent });
        sending.destroy();
      });
    });
    sending.on('error', (error) => {
      if (!answered) {
        clearInterval(sampler);
        reject(error);
      }
    });
    body.pipe(sending);
  });
}
