import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import {
  AccessDenied,
  AggregateNotFound,
  ConcurrentChange,
  IdempotencyKeyReused,
  RuleViolated,
  TransitionRefused,
} from '../event-sourcing/domain-errors';

type Answer = { status: number; body: Record<string, unknown> };

function answerFor(error: Error): Answer | undefined {
  if (error instanceof TransitionRefused) {
    return { status: HttpStatus.CONFLICT, body: { error: 'TransitionRefused', status: error.status, message: error.message } };
  }
  if (error instanceof ConcurrentChange) {
    const status = error.byPrecondition ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
    const actual = error.actual === null ? null : error.actual.toString();
    return { status, body: { error: 'ConcurrentChange', message: error.message, currentRevision: actual } };
  }
  if (error instanceof RuleViolated) {
    return { status: HttpStatus.UNPROCESSABLE_ENTITY, body: { error: 'RuleViolated', field: error.field, message: error.message } };
  }
  if (error instanceof AggregateNotFound) {
    return { status: HttpStatus.NOT_FOUND, body: { error: 'NotFound', message: error.message } };
  }
  if (error instanceof AccessDenied) {
    return { status: HttpStatus.FORBIDDEN, body: { error: 'Forbidden', message: error.message } };
  }
  if (error instanceof IdempotencyKeyReused) {
    return { status: HttpStatus.UNPROCESSABLE_ENTITY, body: { error: 'IdempotencyKeyReused', message: error.message } };
  }
  return undefined;
}

/** Turns the domain's refusals into HTTP answers; everything else goes to Nest's own handling. */
@Catch(TransitionRefused, ConcurrentChange, RuleViolated, AggregateNotFound, AccessDenied, IdempotencyKeyReused)
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('DomainErrorFilter');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(error: Error, host: ArgumentsHost): void {
    const answer = answerFor(error) as Answer;
    this.logger.debug(`${answer.status} ${error.name}: ${error.message}`);
    const { httpAdapter } = this.adapterHost;
    httpAdapter.reply(host.switchToHttp().getResponse(), { statusCode: answer.status, ...answer.body }, answer.status);
  }
}
