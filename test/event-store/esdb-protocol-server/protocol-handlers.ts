// The Streams service of the protocol test double: Read (streams, $all, catch-up subscriptions), Append and
// BatchAppend, served from an embedded store. Enough of EventStoreDB's wire protocol for the real client.
import { ServerDuplexStream, ServerReadableStream, ServerWritableStream, sendUnaryData, status } from '@grpc/grpc-js';
import * as streams from '@eventstore/db-client/generated/streams_pb';
import * as shared from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { StreamNotFoundError, WrongExpectedVersionError } from '../../../src/event-store/event-store.errors';
import { EventStore, ExpectedRevision, Position, RecordedEvent } from '../../../src/event-store/event-store.port';
import * as M from './protocol-messages';

export type CallCounts = Record<'read' | 'append' | 'batchAppend' | 'subscribe', number>;

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function positionOf(options: streams.ReadReq.Options.AllOptions): Position | 'start' | 'end' {
  if (options.hasEnd()) return 'end';
  if (!options.hasPosition()) return 'start';
  const position = options.getPosition() as streams.ReadReq.Options.Position;
  return { commit: BigInt(position.getCommitPosition()), prepare: BigInt(position.getPreparePosition()) };
}

/** Stream-name prefixes or a regular expression on the stream name or the event type. */
function filterOf(options: streams.ReadReq.Options): (event: RecordedEvent) => boolean {
  if (!options.hasFilter()) return () => true;
  const filter = options.getFilter() as streams.ReadReq.Options.FilterOptions;
  const onStream = filter.hasStreamIdentifier();
  const expression = (onStream ? filter.getStreamIdentifier() : filter.getEventType()) as streams.ReadReq.Options.FilterOptions.Expression;
  const field = (event: RecordedEvent) => (onStream ? event.streamId : event.type);
  const prefixes = expression.getPrefixList();
  if (prefixes.length > 0) return (event) => prefixes.some((p) => field(event).startsWith(p));
  const regex = new RegExp(expression.getRegex());
  return (event) => regex.test(field(event));
}

export class StreamsHandlers {
  readonly calls: CallCounts = { read: 0, append: 0, batchAppend: 0, subscribe: 0 };
  private readonly live = new Set<() => void>();

  constructor(private readonly store: EventStore) {}

  read = (call: ServerWritableStream<streams.ReadReq, streams.ReadResp>): void => {
    const options = call.request.getOptions() as streams.ReadReq.Options;
    const work = options.hasSubscription() ? this.subscribe(call, options) : this.readOnce(call, options);
    work.catch((error) => call.destroy(error as Error));
  };

  private async readOnce(call: ServerWritableStream<streams.ReadReq, streams.ReadResp>, options: streams.ReadReq.Options): Promise<void> {
    this.calls.read += 1;
    const direction = options.getReadDirection() === streams.ReadReq.Options.ReadDirection.BACKWARDS ? 'backwards' : 'forwards';
    const count = BigInt(options.getCount() || '0');
    const maxCount = Number(count > MAX ? MAX : count);
    if (options.hasStream()) {
      const stream = options.getStream() as streams.ReadReq.Options.StreamOptions;
      const name = M.streamNameOf(stream.getStreamIdentifier());
      const fromRevision = stream.hasRevision() ? BigInt(stream.getRevision()) : stream.hasEnd() ? 'end' : 'start';
      try {
        for (const event of await this.store.readStream(name, { direction, fromRevision, maxCount })) call.write(M.readEventOf(event));
      } catch (error) {
        if (!(error instanceof StreamNotFoundError)) throw error;
        call.write(M.streamNotFound(name));
      }
    } else {
      const all = options.getAll() as streams.ReadReq.Options.AllOptions;
      const events = await this.store.readAll({ direction, fromPosition: positionOf(all), maxCount });
      for (const event of events.filter(filterOf(options))) call.write(M.readEventOf(event));
    }
    call.end();
  }

  /** A catch-up subscription to $all: confirmation, history, caught-up, then live events until cancelled. */
  private async subscribe(call: ServerWritableStream<streams.ReadReq, streams.ReadResp>, options: streams.ReadReq.Options): Promise<void> {
    this.calls.subscribe += 1;
    if (!options.hasAll()) throw Object.assign(new Error('the protocol double subscribes to $all only'), { code: status.UNIMPLEMENTED });
    const from = positionOf(options.getAll() as streams.ReadReq.Options.AllOptions);
    if (from === 'end') throw Object.assign(new Error('subscribing from the end is not supported here'), { code: status.UNIMPLEMENTED });
    const subscription = this.store.subscribeToAll({ fromPosition: from });
    const stop = () => void subscription.close();
    this.live.add(stop);
    call.on('cancelled', stop);
    call.on('close', stop);
    const accepts = filterOf(options);
    call.write(M.confirmation());
    try {
      for await (const message of subscription) {
        if (message.kind === 'caught-up') call.write(M.caughtUp());
        else if (accepts(message.event)) call.write(M.readEventOf(message.event));
      }
    } finally {
      this.live.delete(stop);
    }
  }

  append = (call: ServerReadableStream<streams.AppendReq, streams.AppendResp>, callback: sendUnaryData<streams.AppendResp>): void => {
    this.calls.append += 1;
    let options: streams.AppendReq.Options | undefined;
    const events: ReturnType<typeof M.proposedToEvent>[] = [];
    call.on('data', (request: streams.AppendReq) => {
      if (request.hasOptions()) options = request.getOptions();
      if (request.hasProposedMessage()) events.push(M.proposedToEvent(request.getProposedMessage() as streams.AppendReq.ProposedMessage));
    });
    call.on('end', () => {
      const opts = options as streams.AppendReq.Options;
      this.appendAnswer(M.streamNameOf(opts.getStreamIdentifier()), events, M.expectedOfAppend(opts)).then(
        (answer) => callback(null, answer),
        (error) => callback(error as Error),
      );
    });
  };

  private async appendAnswer(stream: string, events: ReturnType<typeof M.proposedToEvent>[], expected: ExpectedRevision) {
    try {
      const result = await this.store.appendToStream(stream, events, expected);
      const position = new streams.AppendResp.Position()
        .setCommitPosition(result.position.commit.toString())
        .setPreparePosition(result.position.prepare.toString());
      const success = new streams.AppendResp.Success().setCurrentRevision(result.nextExpectedRevision.toString()).setPosition(position);
      return new streams.AppendResp().setSuccess(success);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const wrong = new streams.AppendResp.WrongExpectedVersion();
      if (error.actual === 'no_stream') wrong.setCurrentNoStream(new Empty());
      else wrong.setCurrentRevision(error.actual.toString());
      if (typeof expected === 'bigint') wrong.setExpectedRevision(expected.toString());
      else if (expected === 'no_stream') wrong.setExpectedNoStream(new Empty());
      else if (expected === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
      else wrong.setExpectedAny(new Empty());
      return new streams.AppendResp().setWrongExpectedVersion(wrong);
    }
  }

  batchAppend = (call: ServerDuplexStream<streams.BatchAppendReq, streams.BatchAppendResp>): void => {
    this.calls.batchAppend += 1;
    const pending = new Map<string, { options: streams.BatchAppendReq.Options; events: ReturnType<typeof M.proposedToEvent>[] }>();
    call.on('data', (request: streams.BatchAppendReq) => {
      const correlation = request.getCorrelationId() as shared.UUID;
      const key = M.uuidText(correlation);
      const batch = pending.get(key) ?? { options: request.getOptions() as streams.BatchAppendReq.Options, events: [] };
      batch.events.push(...request.getProposedMessagesList().map(M.proposedToEvent));
      pending.set(key, batch);
      if (!request.getIsFinal()) return;
      pending.delete(key);
      void this.batchAnswer(correlation, batch.options, batch.events).then((answer) => call.write(answer));
    });
    call.on('end', () => call.end());
  };

  private async batchAnswer(correlation: shared.UUID, options: streams.BatchAppendReq.Options, events: ReturnType<typeof M.proposedToEvent>[]) {
    const identifier = options.getStreamIdentifier() as shared.StreamIdentifier;
    const answer = new streams.BatchAppendResp().setCorrelationId(correlation).setStreamIdentifier(identifier);
    const expected = M.expectedOfBatch(options);
    try {
      const result = await this.store.appendToStream(M.streamNameOf(identifier), events, expected);
      const position = new shared.AllStreamPosition()
        .setCommitPosition(result.position.commit.toString())
        .setPreparePosition(result.position.prepare.toString());
      return answer.setSuccess(new streams.BatchAppendResp.Success().setCurrentRevision(result.nextExpectedRevision.toString()).setPosition(position));
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const failure = new Status().setCode(9).setMessage(error.message).setDetails(M.wrongExpectedVersionDetail(expected, error.actual));
      return answer.setError(failure);
    }
  }

  /** Ends every live subscription, as a server going away would. */
  dropSubscriptions(): void {
    for (const stop of [...this.live]) stop();
  }
}
