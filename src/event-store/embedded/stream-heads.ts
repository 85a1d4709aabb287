import type Database from 'better-sqlite3';

/** Past this many streams the known heads are forgotten and learnt again. */
const MAX_STREAMS = 100_000;

/**
 * The last revision of each stream, as this connection last saw it, so that a repository catching up on a stream
 * it has read before ("anything after revision n?") is answered without a query. True while no other connection
 * has committed (SQLite's `PRAGMA data_version` changes only for their commits: then every head is forgotten);
 * this connection's own appends are noted while their transaction runs and kept only if it commits.
 */
export class StreamHeads {
  private readonly known = new Map<string, bigint>();
  private readonly pending = new Map<string, bigint>();
  private readonly dataVersion;
  private seenVersion: unknown;

  constructor(
    db: Database.Database,
    private readonly read: (streamId: string) => bigint | undefined,
  ) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.seenVersion = this.dataVersion.get();
  }

  /** The stream's last revision, undefined when it has none. */
  revisionOf(streamId: string): bigint | undefined {
    const version = this.dataVersion.get();
    if (version !== this.seenVersion) {
      this.known.clear();
      this.seenVersion = version;
    }
    const known = this.known.get(streamId);
    if (known !== undefined) return known;
    const revision = this.read(streamId);
    if (revision !== undefined) this.remember(streamId, revision);
    return revision;
  }

  /** Inside the append's transaction: the stream's head once (and if) that transaction commits. */
  appended(streamId: string, revision: bigint): void {
    this.known.delete(streamId);
    this.pending.set(streamId, revision);
  }

  /** Right after the transaction: its appends' heads are kept if it committed, forgotten if it was rolled back. */
  transactionEnded(committed: boolean): void {
    if (committed) for (const [streamId, revision] of this.pending) this.remember(streamId, revision);
    this.pending.clear();
  }

  private remember(streamId: string, revision: bigint): void {
    if (this.known.size >= MAX_STREAMS) this.known.clear();
    this.known.set(streamId, revision);
  }
}
