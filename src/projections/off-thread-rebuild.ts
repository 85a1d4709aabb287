import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EventStore, Position, positionFromString } from '../event-store/event-store.port';
import { READ_MODELS } from './read-models';
import type { RebuildJob, RebuildWorkerMessage } from './rebuild-worker';

export interface OffThreadOptions {
  /** A module the worker requires before its entry: from TypeScript, one that compiles .ts (the tests' ts-register). */
  preload?: string;
}

/** Builds a read model from the start in a worker thread; see rebuild-worker.ts. */
export class OffThreadRebuild {
  private worker: Worker | null = null;

  private constructor(
    private readonly storeFile: string,
    private readonly store: EventStore,
    private readonly options: OffThreadOptions,
  ) {}

  /**
   * The rebuild in a worker, for the app's own read models on an embedded store in a file; undefined otherwise (the
   * rebuild then runs on the main thread, as it must with EventStoreDB or from TypeScript without a preload).
   */
  static async of(store: EventStore, projection: string, options: OffThreadOptions): Promise<OffThreadRebuild | undefined> {
    if (!READ_MODELS.some((p) => p.name === projection)) return undefined;
    if (!__filename.endsWith('.js') && !options.preload) return undefined;
    const health = await store.health();
    const file = health.adapter === 'embedded' ? health.details.file : undefined;
    if (typeof file !== 'string' || file === ':memory:' || !existsSync(file)) return undefined;
    return new OffThreadRebuild(file, store, options);
  }

  /** Writes the read model built from the start to `target`: its checkpoint then, or null if nothing was built. */
  async build(projection: string, target: string, onProgress: (position: Position, applied: number) => void): Promise<Position | null> {
    const [head] = await this.store.readAll({ direction: 'backwards', maxCount: 1 });
    const job: RebuildJob = { storeFile: this.storeFile, projection, target, upTo: head ? head.position.commit.toString() : null };
    const entry = join(__dirname, `rebuild-worker${__filename.endsWith('.js') ? '.js' : '.ts'}`);
    const worker = this.options.preload
      ? new Worker(`require(${JSON.stringify(this.options.preload)}); require(${JSON.stringify(entry)});`, { eval: true, workerData: job })
      : new Worker(entry, { workerData: job });
    this.worker = worker;
    try {
      return await new Promise<Position | null>((resolve, reject) => {
        worker.on('message', (message: RebuildWorkerMessage) => {
          if (message.kind === 'progress') onProgress(positionFromString(message.position), message.applied);
          else if (message.kind === 'failed') reject(new Error(message.error));
          else resolve(message.position === null ? null : positionFromString(message.position));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the rebuild's worker stopped (exit code ${code})`)));
      });
    } finally {
      this.worker = null;
      await worker.terminate();
    }
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
  }
}
