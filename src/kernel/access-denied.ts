import type { RefusalParams, RefusalReason } from './refusal-reasons';

/** The principal may not do this (HTTP 403); the message says which role or organisation is needed. */
export class AccessDenied extends Error {
  constructor(
    message: string,
    readonly reason?: RefusalReason,
    readonly params?: RefusalParams,
  ) {
    super(message);
    this.name = 'AccessDenied';
  }
}
