import { HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { NotKnown, QueryRefused, ReadModelBehind } from '../kernel/query-refusals';
import { AccessDenied, AggregateNotFound, ConcurrentChange, IdempotencyKeyReused, RuleViolated, TransitionRefused } from '../kernel/domain-errors';
import type { RefusalParams, RefusalReason } from '../kernel/refusal-reasons';

export type Answer = { status: number; body: Record<string, unknown> };

/** The refusal's reason and its parameters, when the domain named them (refusal-reasons.ts). */
function reasonOf(error: { reason?: RefusalReason; params?: RefusalParams }): Record<string, unknown> {
  return { ...(error.reason ? { reason: error.reason } : {}), ...(error.params ? { params: error.params } : {}) };
}

/** A rule about a field is answered as a validation problem is: `errors: [{field, rule, message, params?}]`. */
function ruleViolated(error: RuleViolated): Answer {
  const problem = { field: error.field, rule: error.reason ?? 'RuleViolated', message: error.message, ...(error.params ? { params: error.params } : {}) };
  return {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    body: { error: 'RuleViolated', field: error.field, message: error.message, ...reasonOf(error), errors: [problem] },
  };
}

/** The HTTP answer to each of the domain's refusals; undefined for any other error. */
export function answerForDomainError(error: Error): Answer | undefined {
  if (error instanceof TransitionRefused) {
    return { status: HttpStatus.CONFLICT, body: { error: 'TransitionRefused', status: error.status, message: error.message, ...reasonOf(error) } };
  }
  if (error instanceof ConcurrentChange) {
    const status = error.byPrecondition ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
    const actual = error.actual === null ? null : error.actual.toString();
    return {
      status,
      body: { error: 'ConcurrentChange', message: error.message, currentRevision: actual, params: { expected: error.expected.toString(), actual } },
    };
  }
  if (error instanceof RuleViolated) {
    return ruleViolated(error);
  }
  if (error instanceof AggregateNotFound) {
    return { status: HttpStatus.NOT_FOUND, body: { error: 'NotFound', message: error.message, params: { kind: error.kind, id: error.id } } };
  }
  if (error instanceof AccessDenied) {
    return { status: HttpStatus.FORBIDDEN, body: { error: 'Forbidden', message: error.message, ...reasonOf(error) } };
  }
  if (error instanceof IdempotencyKeyReused) {
    return { status: HttpStatus.UNPROCESSABLE_ENTITY, body: { error: 'IdempotencyKeyReused', message: error.message } };
  }
  return answerForQueryRefusal(error);
}

/** The read side's refusals answer as Nest's own exceptions of the same status always did. */
function answerForQueryRefusal(error: Error): Answer | undefined {
  const status = error instanceof NotKnown ? 404 : error instanceof QueryRefused ? 400 : error instanceof ReadModelBehind ? 503 : undefined;
  if (status === undefined) return undefined;
  const { reason, params } = error as NotKnown;
  const exact = { ...(reason ? { reason } : {}), ...(params ? { params } : {}) };
  return { status, body: { message: error.message, ...exact, error: STATUS_CODES[status], statusCode: status, code: codeOfStatus(status) } };
}

/** A stable code for each status Nest's own exceptions answer with ("Bad Request" -> BadRequest). */
export function codeOfStatus(status: number): string {
  return (STATUS_CODES[status] ?? 'Error').replace(/[^A-Za-z]/g, '');
}
