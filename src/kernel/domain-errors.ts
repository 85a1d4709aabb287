import type { RefusalParams, RefusalReason } from './refusal-reasons';

/** The state machine does not allow the command in the current state (HTTP 409). */
export class TransitionRefused extends Error {
  constructor(
    readonly status: string,
    message: string,
    /** Which refusal this is, for the interface to say it in the reader's language (docs/api.md). */
    readonly reason?: RefusalReason,
    readonly params?: RefusalParams,
  ) {
    super(message);
    this.name = 'TransitionRefused';
  }
}

/** The command breaks a rule about its content, e.g. a due date before the forum (HTTP 422). */
export class RuleViolated extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly reason?: RefusalReason,
    readonly params?: RefusalParams,
  ) {
    super(message);
    this.name = 'RuleViolated';
  }
}

/** The aggregate does not exist (HTTP 404). */
export class AggregateNotFound extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`${kind} ${id} not found`);
    this.name = 'AggregateNotFound';
  }
}

/** Someone else changed the aggregate since the caller read it (HTTP 409, or 412 with If-Match). */
export class ConcurrentChange extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly expected: bigint,
    readonly actual: bigint | null,
    readonly byPrecondition: boolean,
  ) {
    super(`${kind} ${id} was changed by someone else: you had revision ${expected}, it is now at ${actual ?? 'nothing'}; reload it and retry`);
    this.name = 'ConcurrentChange';
  }
}

/** An Idempotency-Key was already used for another command. */
export class IdempotencyKeyReused extends Error {
  constructor(
    readonly key: string,
    readonly firstCommand: string,
    what = firstCommand,
  ) {
    super(`Idempotency-Key ${key} was already used for ${what}; use a new key for a new command`);
    this.name = 'IdempotencyKeyReused';
  }
}

export { AccessDenied } from './access-denied';
