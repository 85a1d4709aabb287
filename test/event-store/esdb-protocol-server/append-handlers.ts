// Append and BatchAppend of the protocol test double. A follower forwards appends to the shared log unless the
// call requires the leader; an idempotent append may answer without a position, as the server may.
import { ServerDuplexStream, ServerReadableStream, sendUnaryData } from '@grpc/grpc-js';
import * as streams from '@eventstore/db-client/generated/streams_pb';
import * as shared from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { WrongExpectedVersionError } from '../../../src/event-store/event-store.errors';
import { AppendResult, EventStore, ExpectedRevision, comparePositions } from '../../../src/event-store/event-store.port';
import { asStatus } from './faults';
import { NodeBehaviour, ReadHandlers } from './protocol-handlers';
import * as M from './protocol-messages';

type Proposed = ReturnType<typeof M.proposedToEvent>;

export class AppendHandlers {
  constructor(
    private readonly store: EventStore,
    private readonly node: NodeBehaviour,
    private readonly reads: ReadHandlers,
  ) {}

  append = (call: ServerReadableStream<streams.AppendReq, streams.AppendResp>, callback: sendUnaryData<streams.AppendResp>): void => {
    this.reads.calls.append += 1;
    const failure = this.reads.failureFor('append', call);
    let options: streams.AppendReq.Options | undefined;
    const events: Proposed[] = [];
    call.on('data', (request: streams.AppendReq) => {
      if (request.hasOptions()) options = request.getOptions();
      if (request.hasProposedMessage()) events.push(M.proposedToEvent(request.getProposedMessage() as streams.AppendReq.ProposedMessage));
    });
    call.on('end', () => {
      if (failure) return callback(failure);
      const opts = options as streams.AppendReq.Options;
      this.appendAnswer(M.streamNameOf(opts.getStreamIdentifier()), events, M.expectedOfAppend(opts)).then(
        (answer) => callback(null, answer),
        (error) => callback(asStatus(error)),
      );
    });
  };

  /** Appends, and tells whether the append was an idempotent repeat (nothing new in the log). */
  private async appendTo(stream: string, events: Proposed[], expected: ExpectedRevision): Promise<{ result: AppendResult; repeated: boolean }> {
    const [head] = await this.store.readAll({ direction: 'backwards', maxCount: 1 });
    const result = await this.store.appendToStream(stream, events, expected);
    const repeated = head !== undefined && comparePositions(result.position, head.position) <= 0;
    return { result, repeated };
  }

  private withoutPosition(repeated: boolean): boolean {
    return repeated && this.node.idempotentWithoutPosition;
  }

  private async appendAnswer(stream: string, events: Proposed[], expected: ExpectedRevision) {
    try {
      const { result, repeated } = await this.appendTo(stream, events, expected);
      const success = new streams.AppendResp.Success().setCurrentRevision(result.nextExpectedRevision.toString());
      if (this.withoutPosition(repeated)) success.setNoPosition(new Empty());
      else {
        const position = new streams.AppendResp.Position()
          .setCommitPosition(result.position.commit.toString())
          .setPreparePosition(result.position.prepare.toString());
        success.setPosition(position);
      }
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
    this.reads.calls.batchAppend += 1;
    const failure = this.reads.failureFor('append', call);
    if (failure) {
      call.emit('error', failure);
      return;
    }
    const pending = new Map<string, { options: streams.BatchAppendReq.Options; events: Proposed[] }>();
    call.on('data', (request: streams.BatchAppendReq) => {
      const correlation = request.getCorrelationId() as shared.UUID;
      const key = M.uuidText(correlation);
      const batch = pending.get(key) ?? { options: request.getOptions() as streams.BatchAppendReq.Options, events: [] };
      batch.events.push(...request.getProposedMessagesList().map(M.proposedToEvent));
      pending.set(key, batch);
      if (!request.getIsFinal()) return;
      pending.delete(key);
      this.batchAnswer(correlation, batch.options, batch.events).then(
        (answer) => call.write(answer),
        (error) => call.emit('error', asStatus(error)),
      );
    });
    call.on('end', () => call.end());
  };

  private async batchAnswer(correlation: shared.UUID, options: streams.BatchAppendReq.Options, events: Proposed[]) {
    const identifier = options.getStreamIdentifier() as shared.StreamIdentifier;
    const answer = new streams.BatchAppendResp().setCorrelationId(correlation).setStreamIdentifier(identifier);
    const expected = M.expectedOfBatch(options);
    try {
      const { result, repeated } = await this.appendTo(M.streamNameOf(identifier), events, expected);
      const success = new streams.BatchAppendResp.Success().setCurrentRevision(result.nextExpectedRevision.toString());
      if (this.withoutPosition(repeated)) success.setNoPosition(new Empty());
      else {
        const position = new shared.AllStreamPosition()
          .setCommitPosition(result.position.commit.toString())
          .setPreparePosition(result.position.prepare.toString());
        success.setPosition(position);
      }
      return answer.setSuccess(success);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const failure = new Status().setCode(9).setMessage(error.message).setDetails(M.wrongExpectedVersionDetail(expected, error.actual));
      return answer.setError(failure);
    }
  }
}
