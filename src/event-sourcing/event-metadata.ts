import { Principal } from '../kernel/principal';

/** What every stored event carries besides its data. */
export interface EventMetadata {
  actor: Principal;
  /** System time at which the event was recorded (ISO 8601). */
  recordedAt: string;
  /** When it happened in the world (ISO 8601); earlier than recordedAt when history is entered late. */
  effectiveAt: string;
  commandId: string;
  commandType: string;
  correlationId: string;
  causationId: string;
  schemaVersion: number;
  /** With an Idempotency-Key: the SHA-256 of the request it was sent with, so that the key cannot stand for another request. */
  requestHash?: string;
}

/** What a command brings to the events it causes. */
export interface CommandContext {
  actor: Principal;
  commandId: string;
  correlationId: string;
  causationId: string;
  /** Defaults to now. */
  effectiveAt?: Date;
  /** The revision the caller last saw (If-Match); absent means "the latest". */
  expectedRevision?: bigint;
  /** Set when the caller sent an Idempotency-Key: a retry answers with the first result. */
  idempotent: boolean;
  /** The SHA-256 of the request's method, path and body, when it came with an Idempotency-Key. */
  requestHash?: string;
}
