import type { IncomingMessage } from 'node:http';

/**
 * The request's body as the bytes arrive, unread, for uploads that stream to disk. On Fastify the Nest request wraps
 * node's message as `raw`; on Express it is node's message. Only bodies that are not JSON or a form reach a route
 * unread: the JSON and urlencoded parsers consume theirs.
 */
export function requestBodyStream(request: object): IncomingMessage {
  const raw = (request as { raw?: IncomingMessage }).raw;
  return raw ?? (request as IncomingMessage);
}
