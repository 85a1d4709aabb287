// Conversions between the EventStoreDB gRPC messages (generated inside @eventstore/db-client) and the
// embedded store that backs the protocol test double.
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import * as shared from '@eventstore/db-client/generated/shared_pb';
import * as streams from '@eventstore/db-client/generated/streams_pb';
import { ExpectedRevision, RecordedEvent } from '../../../src/event-store/event-store.port';

const TICKS_PER_MILLISECOND = 10_000n;

export function streamNameOf(identifier: shared.StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

export function identifierOf(streamName: string): shared.StreamIdentifier {
  return new shared.StreamIdentifier().setStreamName(Buffer.from(streamName, 'utf8'));
}

export function uuidText(uuid: shared.UUID | undefined): string {
  if (!uuid) throw new Error('a proposed message has no id');
  if (uuid.hasString()) return uuid.getString();
  const structured = uuid.getStructured() as shared.UUID.Structured;
  const hex =
    BigInt.asUintN(64, BigInt(structured.getMostSignificantBits())).toString(16).padStart(16, '0') +
    BigInt.asUintN(64, BigInt(structured.getLeastSignificantBits())).toString(16).padStart(16, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A proposed message (Append or BatchAppend) as an event for the embedded store. */
export function proposedToEvent(message: streams.AppendReq.ProposedMessage | streams.BatchAppendReq.ProposedMessage) {
  const metadata = message.getCustomMetadata_asU8();
  return {
    id: uuidText(message.getId()),
    type: message.getMetadataMap().get('type') ?? 'unknown',
    data: JSON.parse(Buffer.from(message.getData_asU8()).toString('utf8')),
    metadata: metadata.length ? JSON.parse(Buffer.from(metadata).toString('utf8')) : {},
  };
}

export function readEventOf(event: RecordedEvent): streams.ReadResp {
  const recorded = new streams.ReadResp.ReadEvent.RecordedEvent()
    .setId(new shared.UUID().setString(event.id))
    .setStreamIdentifier(identifierOf(event.streamId))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(event.position.commit.toString())
    .setPreparePosition(event.position.prepare.toString())
    .setData(Buffer.from(JSON.stringify(event.data), 'utf8'))
    .setCustomMetadata(Buffer.from(JSON.stringify(event.metadata), 'utf8'));
  const map = recorded.getMetadataMap();
  map.set('type', event.type);
  map.set('content-type', 'application/json');
  map.set('created', (BigInt(event.created.getTime()) * TICKS_PER_MILLISECOND).toString());
  const read = new streams.ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(event.position.commit.toString());
  return new streams.ReadResp().setEvent(read);
}

export function streamNotFound(streamName: string): streams.ReadResp {
  return new streams.ReadResp().setStreamNotFound(new streams.ReadResp.StreamNotFound().setStreamIdentifier(identifierOf(streamName)));
}

export function confirmation(): streams.ReadResp {
  return new streams.ReadResp().setConfirmation(new streams.ReadResp.SubscriptionConfirmation().setSubscriptionId('protocol-double'));
}

export function caughtUp(): streams.ReadResp {
  return new streams.ReadResp().setCaughtUp(new streams.ReadResp.CaughtUp());
}

export function expectedOfAppend(options: streams.AppendReq.Options): ExpectedRevision {
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  if (options.hasRevision()) return BigInt(options.getRevision());
  return 'any';
}

export function expectedOfBatch(options: streams.BatchAppendReq.Options): ExpectedRevision {
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  if (options.hasStreamPosition()) return BigInt(options.getStreamPosition());
  return 'any';
}

/** The shared WrongExpectedVersion detail BatchAppend errors carry, packed in a google.protobuf.Any. */
export function wrongExpectedVersionDetail(expected: ExpectedRevision, actual: bigint | 'no_stream'): Any {
  const detail = new shared.WrongExpectedVersion();
  if (actual === 'no_stream') detail.setCurrentNoStream(new Empty());
  else detail.setCurrentStreamRevision(actual.toString());
  if (expected === 'any') detail.setExpectedAny(new Empty());
  else if (expected === 'no_stream') detail.setExpectedNoStream(new Empty());
  else if (expected === 'stream_exists') detail.setExpectedStreamExists(new Empty());
  else detail.setExpectedStreamPosition(expected.toString());
  const any = new Any();
  any.pack(detail.serializeBinary(), 'event_store.client.WrongExpectedVersion');
  return any;
}

export function checkpoint(position: { commit: bigint; prepare: bigint }): streams.ReadResp {
  const message = new streams.ReadResp.Checkpoint().setCommitPosition(position.commit.toString()).setPreparePosition(position.prepare.toString());
  return new streams.ReadResp().setCheckpoint(message);
}
