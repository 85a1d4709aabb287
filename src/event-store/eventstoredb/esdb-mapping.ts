import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  AppendExpectedRevision,
  ResolvedEvent,
  StreamNotFoundError as EsdbStreamNotFoundError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
} from '@eventstore/db-client';
import { StreamNotFoundError, WrongExpectedVersionError } from '../event-store.errors';
import { ExpectedRevision, RecordedEvent } from '../event-store.port';

export function toClientRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'stream_exists') return STREAM_EXISTS;
  return expected;
}

/** The client's errors as the port's; anything else unchanged. */
export function translateError(error: unknown, streamId: string, expected?: ExpectedRevision): unknown {
  if (error instanceof EsdbWrongExpectedVersionError) {
    const actual = typeof error.actualVersion === 'bigint' ? error.actualVersion : 'no_stream';
    return new WrongExpectedVersionError(streamId, expected ?? 'any', actual);
  }
  if (error instanceof EsdbStreamNotFoundError) return new StreamNotFoundError(streamId);
  return error;
}

export function isSystemStream(streamId: string): boolean {
  return streamId.startsWith('$');
}

/** A resolved event as the port's RecordedEvent; undefined for links and non-JSON events. */
export function toRecordedEvent(resolved: ResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || !event.isJson) return undefined;
  const position = event.position ?? { commit: resolved.commitPosition ?? 0n, prepare: resolved.commitPosition ?? 0n };
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision,
    position: { commit: position.commit, prepare: position.prepare },
    data: event.data as Record<string, unknown>,
    metadata: (event.metadata ?? {}) as Record<string, unknown>,
    created: event.created,
  };
}
