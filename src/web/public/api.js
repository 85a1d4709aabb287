import { fieldProblemsOf, refusalText } from './problems.js';
import { currentSession, endSession } from './session.js';

/**
 * A refusal from the API (application/problem+json): its status and body, what it says in the reader's
 * language (`text`) and the problems it names per field (`errors` of a 400 or 422), translated by code.
 */
export class ApiError extends Error {
  /** @param {number} status @param {any} body */
  constructor(status, body) {
    super(messagesOf(body).join('; ') || `HTTP ${status}`);
    this.status = status;
    this.body = body;
    /** @type {string | undefined} */
    this.code = body?.code;
    /** @type {string} the refusal in the reader's language; the server's message only for an unknown code */
    this.text = refusalText(body, this.message);
    /** @type {Record<string, string>} field path (e.g. "dueDate", "evidence.0.url") to its problem */
    this.fieldErrors = fieldProblemsOf(body);
  }
}

/** @param {any} body @returns {string[]} */
function messagesOf(body) {
  if (!body || typeof body !== 'object') return typeof body === 'string' && body ? [body] : [];
  return [body.message].flat().filter(Boolean).map(String);
}

/** @param {string} path @param {Record<string, unknown>} [query] */
export function withQuery(path, query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * An Idempotency-Key for sending this body as part of one form's work (`scope`, fixed while the form is open):
 * the same after a failed attempt when nothing was changed, so a retry is recorded once; a new one as soon as
 * the user edits what is sent, so the server does not take the edited request for a replay of the first.
 * @param {string} scope @param {unknown} body
 */
export function idempotencyKeyFor(scope, body) {
  return `${scope}-${digest(JSON.stringify(body))}`;
}

/** 53 bits of a string (cyrb53): a name for a body, not a secret; works where crypto.subtle does not (plain HTTP). */
/** @param {string} text */
function digest(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * @typedef {{ body?: unknown, ifMatch?: string | number | null, query?: Record<string, unknown>, idempotencyKey?: string }} SendOptions
 * @param {string} method @param {string} path @param {SendOptions} [options]
 */
async function send(method, path, { body, ifMatch, query, idempotencyKey } = {}) {
  const session = currentSession();
  /** @type {Record<string, string>} */
  const headers = { accept: 'application/json' };
  if (session) headers.authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  const response = await fetch(withQuery(path, query), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && session) endSession();
  return response;
}

/**
 * Calls the API and answers its JSON with the ETag (the revision) and the event position;
 * throws ApiError on a refusal. A 401 ends the session, which takes the user back to sign-in.
 * @param {string} method @param {string} path @param {SendOptions} [options]
 * @returns {Promise<{ body: any, revision: string | null, position: string | null }>}
 */
export async function api(method, path, options = {}) {
  const response = await send(method, path, options);
  const text = await response.text();
  let body = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: keep the text.
  }
  if (!response.ok) throw new ApiError(response.status, body);
  const etag = response.headers.get('etag');
  return { body, revision: etag ? etag.replace(/^W\//, '').replaceAll('"', '') : null, position: response.headers.get('x-event-position') };
}

/** @param {string} path @param {Record<string, unknown>} [query] */
export const get = (path, query) => api('GET', path, { query });

/**
 * Downloads a file the API makes (a report), with the session's token, under the name the API gives it.
 * @param {string} path @param {Record<string, unknown>} [query]
 */
export async function download(path, query) {
  const response = await send('GET', path, { query });
  if (!response.ok) {
    const text = await response.text();
    let body = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Keep the text.
    }
    throw new ApiError(response.status, body);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'report';
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/**
 * Uploads a file as evidence (its bytes as the body, its name in the query) and answers what the API kept:
 * `{ sha256, name, mediaType, size }`; throws ApiError on a refusal (a type its content is not, too large).
 * @param {File} file
 * @returns {Promise<{ sha256: string, name: string, mediaType: string, size: number }>}
 */
export async function uploadEvidenceFile(file) {
  const session = currentSession();
  /** @type {Record<string, string>} */
  const headers = { accept: 'application/json', 'content-type': file.type || 'application/octet-stream' };
  if (session) headers.authorization = `Bearer ${session.token}`;
  const response = await fetch(withQuery('/evidence-files', { filename: file.name }), { method: 'POST', headers, body: file });
  if (response.status === 401 && session) endSession();
  const text = await response.text();
  let body = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: keep the text.
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return /** @type {any} */ (body);
}
