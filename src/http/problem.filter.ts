import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { HashingBusy } from '../credentials/hashing-slots';
import { TooManyAttempts } from '../credentials/too-many-attempts';
import { ReadModelBehind } from '../kernel/query-refusals';
import { Answer, answerForDomainError, codeOfStatus } from './domain-error.filter';

/** Errors of the body parser (too large, malformed, refused by our depth check) carry a 4xx status. */
function parserAnswer(error: Error & { status?: unknown; type?: unknown; expose?: unknown }): Answer | undefined {
  if (typeof error.status !== 'number' || error.status < 400 || error.status > 499) return undefined;
  const code = typeof error.type === 'string' ? error.type.replace(/(^|\.)(\w)/g, (_, _dot, c: string) => c.toUpperCase()) : codeOfStatus(error.status);
  const message = error.expose === false ? STATUS_CODES[error.status] : error.message;
  return { status: error.status, body: { error: STATUS_CODES[error.status], code, message } };
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
    const known = answerForDomainError(error) ?? parserAnswer(error);
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
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = answerFor(error);
    if (status >= 500 && !(error instanceof HashingBusy) && !(error instanceof ReadModelBehind) && !(error instanceof HttpException && status === 503)) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    if (response.headersSent) return void response.end();
    const code = (body.code as string | undefined) ?? (body.error as string);
    const message = Array.isArray(body.message) ? body.message.join('; ') : String(body.message ?? STATUS_CODES[status]);
    const problem = { type: 'about:blank', title: STATUS_CODES[status], status, detail: message, statusCode: status, ...body, code };
    if (error instanceof TooManyAttempts) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    if (error instanceof HashingBusy) response.setHeader('Retry-After', '1');
    response.status(status).type('application/problem+json').send(JSON.stringify(problem));
  }
}
