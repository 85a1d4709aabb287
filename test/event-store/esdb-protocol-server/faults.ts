// Failures the protocol double can be told to answer with, as a real node does during a failover: NotLeader
// (StatusCode.NotFound with the leader's endpoint in the trailers, RpcExceptions.LeaderInfo) and UNAVAILABLE.
// Every failure ends the call with a gRPC status, so the client sees what it would see from the server.
import { Metadata, ServerErrorResponse, status } from '@grpc/grpc-js';

export type Fault = 'not-leader' | 'unavailable';
export type FaultyMethod = 'read' | 'append' | 'subscribe';
export interface Endpoint {
  host: string;
  port: number;
}

export function notLeader(leader: Endpoint): ServerErrorResponse {
  const metadata = new Metadata();
  metadata.set('exception', 'not-leader');
  metadata.set('leader-endpoint-host', leader.host);
  metadata.set('leader-endpoint-port', String(leader.port));
  return Object.assign(new Error('Leader info available'), { code: status.NOT_FOUND, details: 'Leader info available', metadata });
}

export function unavailable(details = 'Server Is Too Busy'): ServerErrorResponse {
  return Object.assign(new Error(details), { code: status.UNAVAILABLE, details, metadata: new Metadata() });
}

/** Any error as a gRPC status: its own code when it has one, INTERNAL otherwise. */
export function asStatus(error: unknown): ServerErrorResponse {
  const given = error as Partial<ServerErrorResponse> | null;
  if (given && typeof given.code === 'number') return { details: given.message, metadata: new Metadata(), ...given } as ServerErrorResponse;
  const details = `protocol double failed: ${String(error)}`;
  return Object.assign(new Error(details), { code: status.INTERNAL, details, metadata: new Metadata() });
}

/** Failures queued per method: each call of that method takes the next one. */
export class Faults {
  private readonly queued = new Map<FaultyMethod, Fault[]>();

  /** The next `count` calls of `method` fail with `fault`. */
  failNext(method: FaultyMethod, fault: Fault, count = 1): void {
    this.queued.set(method, [...(this.queued.get(method) ?? []), ...Array<Fault>(count).fill(fault)]);
  }

  clear(): void {
    this.queued.clear();
  }

  take(method: FaultyMethod): Fault | undefined {
    return this.queued.get(method)?.shift();
  }
}
