import { BadRequestException } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Principal } from '../kernel/principal';
import { CommandContext } from '../event-sourcing/event-metadata';
import { CommandResult } from '../event-sourcing/event-sourced-repository';
import { positionToString } from '../event-store/event-store.port';
import { refusal } from '../kernel/refusal-reasons';

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads `If-Match: "7"` (the ETag of a read) as the revision the caller expects. */
export function expectedRevisionFrom(request: FastifyRequest): bigint | undefined {
  const value = header(request, 'if-match');
  if (value === undefined) return undefined;
  const match = /^(?:W\/)?"?(-?\d+)"?$/.exec(value.trim());
  if (!match) throw new BadRequestException(refusal('IfMatchNotAnETag', 'If-Match must be an ETag from a read, such as "3"'));
  return BigInt(match[1]);
}

/** The command's context from the authenticated principal and the request's headers. */
export function commandContextFrom(request: FastifyRequest, actor: Principal, effectiveAt?: Date): CommandContext {
  const idempotencyKey = header(request, 'idempotency-key');
  if (idempotencyKey !== undefined && !KEY.test(idempotencyKey)) {
    throw new BadRequestException(refusal('IdempotencyKeyMalformed', 'Idempotency-Key must be 8 to 128 letters, digits or . _ : -'));
  }
  const correlationId = header(request, 'x-correlation-id');
  if (correlationId !== undefined && !KEY.test(correlationId)) {
    throw new BadRequestException(refusal('CorrelationIdMalformed', 'X-Correlation-Id must be 8 to 128 letters, digits or . _ : -'));
  }
  // A key belongs to its caller: another caller's same key is another command, never a replay of this one.
  const commandId = idempotencyKey !== undefined ? `${actor.accountId}/${idempotencyKey}` : randomUUID();
  return {
    actor,
    commandId,
    correlationId: correlationId ?? commandId,
    causationId: commandId,
    effectiveAt,
    expectedRevision: expectedRevisionFrom(request),
    idempotent: idempotencyKey !== undefined,
    ...(idempotencyKey !== undefined ? { requestHash: requestHashOf(request) } : {}),
  };
}

/** What the key stands for: the method, the path (so the target) and the body, with object keys in a stable order. */
export function requestHashOf(request: FastifyRequest): string {
  const canonical = JSON.stringify(request.body ?? null, (_key, value) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
  return createHash('sha256').update(`${request.method} ${request.url}\n${canonical}`).digest('hex');
}

export function etagOf(revision: bigint): string {
  return `"${revision}"`;
}

/** Sets the ETag and the event position headers and returns the body every command answers with. */
export function answerCommand(response: FastifyReply, result: CommandResult) {
  const position = positionToString(result.position);
  response.header('ETag', etagOf(result.revision));
  response.header('X-Event-Position', position);
  if (result.replayed) response.header('Idempotent-Replayed', 'true');
  return { id: result.id, revision: result.revision.toString(), position };
}
