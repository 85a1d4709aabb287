import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StreamNotFoundError, WrongExpectedVersionError } from '../event-store.errors';
import {
  AppendResult,
  EventStore,
  EventStoreHealth,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
} from '../event-store.port';
import { CommitSignal } from './commit-signal';
import { EventRow, toRecordedEvent } from './event-row';
import { GroupCommit } from './group-commit';
import { RecentEvents } from './recent-events';
import { StreamHeads } from './stream-heads';
import { WalSync } from './wal-sync';
import { createEventStoreSchema } from './sqlite-schema';
import { SqliteSubscription } from './sqlite-subscription';

export interface SqliteEventStoreOptions {
  file: string;
  /**
   * FULL survives power loss, each commit's fsync blocking the event loop; OFF_LOOP survives it too, the WAL flushed
   * with fdatasync in the thread pool before anyone hears of the append; NORMAL survives a crashed process only.
   */
  synchronous?: SqliteSynchronous;
  /** How often subscriptions look for events appended by another process. */
  pollIntervalMs?: number;
}

export type SqliteSynchronous = 'FULL' | 'NORMAL' | 'OFF_LOOP';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

export class SqliteEventStore extends EventStore {
  readonly db: Database.Database;
  private readonly signal = new CommitSignal();
  private readonly subscriptions = new Set<SqliteSubscription>();
  private readonly recentEvents = new RecentEvents();
  private readonly statements;
  private readonly group: GroupCommit;
  private readonly walSync: WalSync | null;
  private readonly heads: StreamHeads;

  constructor(private readonly options: SqliteEventStoreOptions) {
    super();
    if (options.file !== ':memory:') keepPrivate(options.file);
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    const offLoop = options.synchronous === 'OFF_LOOP' && options.file !== ':memory:';
    this.db.pragma(`synchronous = ${offLoop || options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.defaultSafeIntegers(true);
    createEventStoreSchema(this.db);
    this.statements = this.prepareStatements();
    this.heads = new StreamHeads(this.db, (streamId) => this.statements.streamRevision.get(streamId)?.revision);
    this.walSync = offLoop ? new WalSync(`${options.file}-wal`, () => this.headPosition()) : null;
    const walSync = this.walSync;
    this.group = new GroupCommit(
      this.db,
      () => this.signal.notify(),
      walSync ? () => walSync.afterCommit() : undefined,
      (committed) => this.heads.transactionEnded(committed),
    );
  }

  private prepareStatements() {
    const db = this.db;
    return {
      streamRevision: db.prepare<[string], { revision: bigint }>('SELECT revision FROM streams WHERE stream_id = ?'),
      upsertStream: db.prepare('INSERT INTO streams (stream_id, revision) VALUES (?, ?) ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision'),
      insertEvent: db.prepare('INSERT INTO events (event_id, stream_id, revision, type, data, metadata, created) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      eventInStream: db.prepare<[string, string], EventRow>('SELECT * FROM events WHERE event_id = ? AND stream_id = ?'),
      eventAt: db.prepare<[string, bigint], EventRow>('SELECT * FROM events WHERE stream_id = ? AND revision = ?'),
      forwards: db.prepare<[string, bigint, bigint], EventRow>('SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?'),
      backwards: db.prepare<[string, bigint, bigint], EventRow>('SELECT * FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?'),
      allForwards: db.prepare<[bigint, bigint, bigint], EventRow>('SELECT * FROM events WHERE position >= ? AND position <= ? ORDER BY position ASC LIMIT ?'),
      allBackwards: db.prepare<[bigint, bigint], EventRow>('SELECT * FROM events WHERE position < ? ORDER BY position DESC LIMIT ?'),
      head: db.prepare<[], { head: bigint | null }>('SELECT max(position) AS head FROM events'),
    };
  }

  async appendToStream(streamId: string, events: EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    return this.group.submit(() => this.appendInTransaction(streamId, events, expectedRevision));
  }

  private appendInTransaction(streamId: string, events: EventToAppend[], expected: ExpectedRevision): AppendResult {
    const current = this.statements.streamRevision.get(streamId)?.revision;
    const retried = this.findRetriedAppend(streamId, events, expected);
    if (retried) return retried;
    checkExpectedRevision(streamId, expected, current);
    let revision = current ?? -1n;
    let position = 0n;
    const created = Date.now();
    for (const event of events) {
      revision += 1n;
      const info = this.statements.insertEvent.run(
        event.id,
        streamId,
        revision,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata ?? {}),
        created,
      );
      position = BigInt(info.lastInsertRowid);
    }
    this.statements.upsertStream.run(streamId, revision);
    this.heads.appended(streamId, revision);
    return { nextExpectedRevision: revision, position: { commit: position, prepare: position } };
  }

  /** The same event ids already written at the expected place: answer as the first append did. */
  private findRetriedAppend(streamId: string, events: EventToAppend[], expected: ExpectedRevision): AppendResult | undefined {
    const first = this.statements.eventInStream.get(events[0].id, streamId);
    if (!first) return undefined;
    const placedAsExpected =
      expected === 'any' ||
      expected === 'stream_exists' ||
      (expected === 'no_stream' && first.revision === 0n) ||
      (typeof expected === 'bigint' && first.revision === expected + 1n);
    if (!placedAsExpected) return undefined;
    let last = first;
    for (let i = 1; i < events.length; i++) {
      const row = this.statements.eventAt.get(streamId, first.revision + BigInt(i));
      if (!row || row.event_id !== events[i].id) return undefined;
      last = row;
    }
    return { nextExpectedRevision: last.revision, position: { commit: last.position, prepare: last.position } };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const limit = options.maxCount === undefined ? MAX : BigInt(options.maxCount);
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    const revision = from === 'start' ? 0n : from === 'end' ? MAX : from;
    const last = this.heads.revisionOf(streamId);
    if (last === undefined) throw new StreamNotFoundError(streamId);
    // A repository catching up on a stream it has read before usually finds nothing new: the known head says so.
    if (!backwards && revision > last) return [];
    const rows = backwards ? this.statements.backwards.all(streamId, revision, limit) : this.statements.forwards.all(streamId, revision, limit);
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const limit = options.maxCount === undefined ? MAX : BigInt(options.maxCount);
    const from = options.fromPosition ?? (backwards ? 'end' : 'start');
    const position = from === 'start' ? 0n : from === 'end' ? MAX : from.commit;
    const rows = backwards
      ? this.statements.allBackwards.all(position < this.readableEnd() + 1n ? position : this.readableEnd() + 1n, limit)
      : this.statements.allForwards.all(position, this.readableEnd(), limit);
    return rows.map(toRecordedEvent);
  }

  /** Readers of the log never see an append that is not yet on disk (it could be lost, and the read models with it). */
  private readableEnd(): bigint {
    return this.walSync?.readableUpTo() ?? MAX;
  }

  private headPosition(): bigint {
    return this.statements.head.get()?.head ?? 0n;
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new SqliteSubscription(
      this.db,
      this.signal,
      () => this.readableEnd(),
      {
        fromPosition: options.fromPosition === 'start' ? 0n : options.fromPosition.commit,
        streamNamePrefixes: options.streamNamePrefixes ?? [],
        pollIntervalMs: this.options.pollIntervalMs ?? 250,
        onClose: () => this.subscriptions.delete(subscription),
      },
      this.recentEvents,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async health(): Promise<EventStoreHealth> {
    try {
      const head = this.statements.head.get()?.head ?? 0n;
      return { up: true, adapter: 'embedded', details: { file: this.options.file, head: head.toString() } };
    } catch (error) {
      return { up: false, adapter: 'embedded', details: { file: this.options.file, error: String(error) } };
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.group.commitWaiting();
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    if (this.walSync && this.walSync.readableUpTo() !== null) await this.walSync.afterCommit().catch(() => undefined);
    if (this.db.open) this.db.close();
    this.walSync?.close();
  }
}

function checkExpectedRevision(streamId: string, expected: ExpectedRevision, current: bigint | undefined): void {
  const actual = current ?? 'no_stream';
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && current === undefined) ||
    (expected === 'stream_exists' && current !== undefined) ||
    (typeof expected === 'bigint' && current === expected);
  if (!ok) throw new WrongExpectedVersionError(streamId, expected, actual);
}

/**
 * The log holds password and token hashes: its directory is 0700 and the file 0600 before SQLite opens it
 * (SQLite gives the -wal and -shm files the mode of the database file).
 */
function keepPrivate(file: string): void {
  const directory = dirname(file);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  // Narrowed only when it is ours and not a shared directory such as /tmp (sticky bit).
  const { uid, mode } = statSync(directory);
  if (uid === process.getuid?.() && (mode & 0o1000) === 0) chmodSync(directory, 0o700);
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
}
