import { HttpException } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';

/**
 * The request's body as the bytes arrive, unread, for uploads that stream to disk. On Fastify the Nest request wraps
 * node's message as `raw`. Only bodies that are not JSON or a form reach a route unread: the JSON and urlencoded
 * parsers consume theirs, and such a body is refused here (a consumed stream would never end for the reader).
 */
export function requestBodyStream(request: object): IncomingMessage {
  if ((request as { body?: unknown }).body !== undefined) {
    const message = 'send the file itself as the body, with its own content type (not JSON, not a form)';
    throw new HttpException({ error: 'Unsupported Media Type', code: 'UnsupportedMediaType', message }, 415);
  }
  const raw = (request as { raw?: IncomingMessage }).raw;
  return raw ?? (request as IncomingMessage);
}
