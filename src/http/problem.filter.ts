import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { HashingBusy } from '../credentials/hashing-slots';
import { TooManyAttempts } from '../credentials/too-many-attempts';
import { ReadModelBehind } from '../kernel/query-refusals';
import { Answer, answerForDomainError, codeOfStatus } from './domain-error.filter';

/** Fastify's own refusals of a request, with the codes body-parser's refusals had on Express. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'EntityTooLarge',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'RequestSizeInvalid',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UnsupportedMediaType',
};

/** Fastify's refusals (a body too large, a malformed URL, a path parameter too long) carry a 4xx statusCode. */
function platformAnswer(error: Error & { statusCode?: unknown; code?: unknown }): Answer | undefined {
  const status = error.statusCode;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  const code = (typeof error.code === 'string' ? FASTIFY_CODES[error.code] : undefined) ?? codeOfStatus(status);
  return { status, body: { error: STATUS_CODES[status], code, message: error.message } };
}

function httpAnswer(error: HttpException): Answer {
  const status = error.getStatus();
  const response = error.getResponse();
  const body: Record<string, unknown> = typeof response === 'string' ? { message: response } : { ...(response as Record<string, unknown>) };
  const named = typeof body.error === 'string' && /^[A-Za-z]+$/.test(body.error) ? body.error : undefined;
  return { status, body: { error: body.error ?? STATUS_CODES[status], code: body.code ?? named ?? codeOfStatus(status), ...body } };
}

function answerFor(error: unknown): Answer {
  if (error instanceof HashingBusy) {
    return { status: HttpStatus.SERVICE_UNAVAILABLE, body: { error: 'HashingBusy', message: error.message } };
  }
  if (error instanceof HttpException) return httpAnswer(error);
  if (error instanceof Error) {
    const known = answerForDomainError(error) ?? platformAnswer(error);
    if (known) return known;
  }
  return { status: HttpStatus.INTERNAL_SERVER_ERROR, body: { error: 'InternalError', message: 'something went wrong on the server; it is logged' } };
}

/**
 * Every error answers application/problem+json (RFC 9457): `type`, `title`, `status`, `detail`, plus the
 * fields the API has always answered (`statusCode`, `error`, `message`, and `field` or `errors` naming the
 * field and rule) and a stable `code`. Only an unexpected error is a 500, logged with its stack.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, problem } = problemOf(error);
    if (status >= 500 && !(error instanceof HashingBusy) && !(error instanceof ReadModelBehind) && !(error instanceof HttpException && status === 503)) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    if (reply.sent || reply.raw.headersSent) return void reply.raw.end();
    if (error instanceof TooManyAttempts) void reply.header('Retry-After', String(error.retryAfterSeconds));
    if (error instanceof HashingBusy) void reply.header('Retry-After', '1');
    void reply.code(status).type('application/problem+json').send(JSON.stringify(problem));
  }
}

/** The problem document answering an error, and its status. */
export function problemOf(error: unknown): { status: number; problem: Record<string, unknown> } {
  const { status, body } = answerFor(error);
  const code = (body.code as string | undefined) ?? (body.error as string);
  const message = Array.isArray(body.message) ? body.message.join('; ') : String(body.message ?? STATUS_CODES[status]);
  return { status, problem: { type: 'about:blank', title: STATUS_CODES[status], status, detail: message, statusCode: status, ...body, code } };
}
