// A protocol test double: a @grpc/grpc-js server speaking enough of EventStoreDB's gRPC protocol (Streams and
// ServerFeatures, from the service definitions generated inside @eventstore/db-client) for the real client
// to run the event-store contract suite over loopback. It is backed by the embedded store. It is NOT
// EventStoreDB: it has no cluster, no security, no projections, no stream metadata; figures measured
// through it say nothing about EventStoreDB itself.
import { Server, ServerCredentials, ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../../src/event-store/embedded/sqlite-event-store';
import { CallCounts, StreamsHandlers } from './protocol-handlers';

export interface ProtocolServerOptions {
  /** Advertise Streams.BatchAppend in ServerFeatures (the client then appends through it). */
  batchAppend: boolean;
}

export class EsdbProtocolServer {
  private server: Server | null = null;
  private readonly directory = mkdtempSync(join(tmpdir(), 'ft-esdb-double-'));
  private readonly store = new SqliteEventStore({ file: join(this.directory, 'events.sqlite'), synchronous: 'NORMAL', pollIntervalMs: 50 });
  private readonly handlers = new StreamsHandlers(this.store);
  port = 0;

  constructor(private readonly options: ProtocolServerOptions) {}

  get calls(): CallCounts {
    return this.handlers.calls;
  }

  get connectionString(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  /** Listens on the given port (0: any free one, then kept for restarts). */
  async start(): Promise<void> {
    const server = new Server();
    const { read, append, batchAppend } = this.handlers;
    const unimplemented = (_: unknown, callback: sendUnaryData<never>) => callback({ code: 12, message: 'not implemented by the protocol double' });
    server.addService(StreamsService, { read, append, batchAppend, delete: unimplemented, tombstone: unimplemented });
    server.addService(ServerFeaturesService, { getSupportedMethods: this.supportedMethods });
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`127.0.0.1:${this.port}`, ServerCredentials.createInsecure(), (error, port) => (error ? reject(error) : resolve(port))),
    );
    this.server = server;
  }

  private supportedMethods = (_call: ServerUnaryCall<unknown, SupportedMethods>, callback: sendUnaryData<SupportedMethods>) => {
    const methods = new SupportedMethods().setEventStoreServerVersion('24.10.0-protocol-double');
    const names = ['read', 'append', ...(this.options.batchAppend ? ['batchappend'] : [])];
    for (const name of names) methods.addMethods(new SupportedMethod().setServiceName('event_store.client.streams.streams').setMethodName(name));
    callback(null, methods);
  };

  /** Stops at once, cutting live calls, as a crashed or restarted server would. */
  async stop(): Promise<void> {
    this.handlers.dropSubscriptions();
    this.server?.forceShutdown();
    this.server = null;
  }

  async dispose(): Promise<void> {
    await this.stop();
    await this.store.close();
    rmSync(this.directory, { recursive: true, force: true });
  }
}
