// A protocol test double: a @grpc/grpc-js server speaking enough of EventStoreDB's gRPC protocol (Streams and
// ServerFeatures, from the service definitions generated inside @eventstore/db-client) for the real client
// to run the event-store contract suite over loopback. It is backed by the embedded store. It is NOT
// EventStoreDB: it has no security, no projections, no stream metadata, no gossip; a "cluster" here is a
// leader and followers sharing one embedded store. Figures measured through it say nothing about EventStoreDB.
import { Server, ServerCredentials, ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../../src/event-store/embedded/sqlite-event-store';
import { Position } from '../../../src/event-store/event-store.port';
import { AppendHandlers } from './append-handlers';
import { Endpoint, Fault, Faults, FaultyMethod } from './faults';
import { LogView } from './log-view';
import { CallCounts, NodeBehaviour, ReadHandlers } from './protocol-handlers';

export interface ProtocolServerOptions {
  /** Advertise Streams.BatchAppend in ServerFeatures (the client then appends through it). */
  batchAppend: boolean;
  /** The version ServerFeatures reports (default 24.10.14). Before 23.10 the double sends no CaughtUp, as the server. */
  serverVersion?: string;
  /** Filtered subscriptions send checkpoints, as the server does (default true). */
  checkpoints?: boolean;
  /** An idempotent append answers without a position, as the server may (default false). */
  idempotentWithoutPosition?: boolean;
  /** A follower of this leader: the same log, its own view of it, NotLeader for requires-leader calls. */
  followerOf?: EsdbProtocolServer;
  /** Listen on this port (0: any free one, then kept for restarts). */
  port?: number;
}

function sendsCaughtUp(version: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  return major > 23 || (major === 23 && minor >= 10);
}

export class EsdbProtocolServer {
  private server: Server | null = null;
  private readonly directory: string | null;
  readonly store: SqliteEventStore;
  private readonly reads: ReadHandlers;
  private readonly appends: AppendHandlers;
  /** This node's view of the log: `view.freeze(position)` makes it a lagging node. */
  readonly view = new LogView();
  private readonly faults = new Faults();
  port: number;

  constructor(private readonly options: ProtocolServerOptions) {
    this.port = options.port ?? 0;
    const leader = options.followerOf;
    this.directory = leader ? null : mkdtempSync(join(tmpdir(), 'ft-esdb-double-'));
    this.store = leader
      ? leader.store
      : new SqliteEventStore({ file: join(this.directory as string, 'events.sqlite'), synchronous: 'NORMAL', pollIntervalMs: 50 });
    const version = options.serverVersion ?? '24.10.14';
    const node: NodeBehaviour = {
      leader: () => (leader ? leader.endpoint : null),
      view: this.view,
      faults: this.faults,
      sendsCaughtUp: sendsCaughtUp(version),
      checkpoints: options.checkpoints ?? true,
      idempotentWithoutPosition: options.idempotentWithoutPosition ?? false,
    };
    this.reads = new ReadHandlers(this.store, node);
    this.reads.ownEndpoint = () => this.endpoint;
    this.appends = new AppendHandlers(this.store, node, this.reads);
  }

  get calls(): CallCounts {
    return this.reads.calls;
  }

  get endpoint(): Endpoint {
    return { host: '127.0.0.1', port: this.port };
  }

  get connectionString(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  /** The next `count` calls of `method` fail with `fault` (NotLeader pointing at the leader, or UNAVAILABLE). */
  failNext(method: FaultyMethod, fault: Fault, count = 1): void {
    this.faults.failNext(method, fault, count);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Replication to this node stops at the current head; `view.thaw()` lets it catch up. */
  async lag(): Promise<Position> {
    const [head] = await this.store.readAll({ direction: 'backwards', maxCount: 1 });
    const position = head?.position ?? { commit: 0n, prepare: 0n };
    this.view.freeze(position);
    return position;
  }

  async start(): Promise<void> {
    const server = new Server();
    const { read } = this.reads;
    const { append, batchAppend } = this.appends;
    const unimplemented = (_: unknown, callback: sendUnaryData<never>) => callback({ code: 12, message: 'not implemented by the protocol double' });
    server.addService(StreamsService, { read, append, batchAppend, delete: unimplemented, tombstone: unimplemented });
    server.addService(ServerFeaturesService, { getSupportedMethods: this.supportedMethods });
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`127.0.0.1:${this.port}`, ServerCredentials.createInsecure(), (error, port) => (error ? reject(error) : resolve(port))),
    );
    this.server = server;
  }

  private supportedMethods = (_call: ServerUnaryCall<unknown, SupportedMethods>, callback: sendUnaryData<SupportedMethods>) => {
    const methods = new SupportedMethods().setEventStoreServerVersion(this.options.serverVersion ?? '24.10.14');
    const names = ['read', 'append', ...(this.options.batchAppend ? ['batchappend'] : [])];
    for (const name of names) methods.addMethods(new SupportedMethod().setServiceName('event_store.client.streams.streams').setMethodName(name));
    callback(null, methods);
  };

  /** Ends every live subscription with UNAVAILABLE, as a node going away does, and keeps serving. */
  dropSubscriptions(): void {
    this.reads.dropSubscriptions();
  }

  /** Stops at once, cutting live calls, as a crashed or restarted server would. */
  async stop(): Promise<void> {
    this.reads.dropSubscriptions();
    this.server?.forceShutdown();
    this.server = null;
  }

  async dispose(): Promise<void> {
    await this.stop();
    if (!this.directory) return;
    await this.store.close();
    rmSync(this.directory, { recursive: true, force: true });
  }
}
