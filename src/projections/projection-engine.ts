import { Logger } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { EventStore, Position } from '../event-store/event-store.port';
import { Projection } from './projection';
import { ProjectionManifest } from './projection-manifest';
import { ProjectionRunner, ProjectionStatus } from './projection-runner';
import { ReadModelFile } from './read-model-file';
import { SharedCatchUp } from './shared-catch-up';
import { OffThreadOptions, OffThreadRebuild } from './off-thread-rebuild';

export interface RebuildProgress {
  projection: string;
  generation: number;
  eventsApplied: number;
  eventsPerSecond: number;
  /** Positions between the checkpoint and the head of the log: in the embedded store, events left to scan. */
  remaining: number;
  done: boolean;
}

export interface ProjectionHealth extends ProjectionStatus {
  head: string | null;
  lag: string;
  rebuilding: boolean;
}

/** Runs every projection, switches generations after a rebuild, and answers which file to read. */
export class ProjectionEngine {
  private readonly logger = new Logger('Projections');
  private readonly runners = new Map<string, ProjectionRunner>();
  private readonly rebuilding = new Map<string, RebuildProgress>();

  constructor(
    private readonly store: EventStore,
    private readonly manifest: ProjectionManifest,
    private readonly projections: Projection[],
    /** A rebuild while serving runs in a worker thread when it can (see OffThreadRebuild.of). */
    private readonly offThread: OffThreadOptions = {},
  ) {}

  /** Starts every projection; a projection whose version changed is rebuilt first. */
  async start(): Promise<void> {
    for (const projection of this.projections) {
      const entry = this.manifest.get(projection.name);
      if (entry && entry.version === projection.version) {
        await this.startRunner(projection, entry.generation);
      } else {
        const generation = (entry?.generation ?? 0) + 1;
        this.manifest.set(projection.name, { generation, version: projection.version });
        rmSync(this.manifest.fileOf(projection.name, generation), { force: true });
        await this.startRunner(projection, generation);
      }
    }
  }

  /** Resolves when every projection has caught up with the log as it was when they started. */
  async waitUntilCaughtUp(): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.waitUntilCaughtUp()));
  }

  /**
   * A read model built from the start is built in a worker thread when it can be (OffThreadRebuild.of), in parallel
   * with the others on the main thread; the rest catch up through the one shared read.
   */
  private async startRunner(projection: Projection, generation: number): Promise<void> {
    const runner = this.createRunner(projection, generation);
    this.runners.set(projection.name, runner);
    if (runner.checkpoint === null && projection.rebuildInMemory)
      runner.offThread = (await OffThreadRebuild.of(this.store, projection.name, this.offThread)) ?? null;
    void runner.run();
  }

  private createRunner(projection: Projection, generation: number, whileServing = false): ProjectionRunner {
    const readModel = new ReadModelFile(this.manifest.fileOf(projection.name, generation), projection);
    // At start, one read of the log feeds every projection catching up (the capabilities' own read models too).
    const source = whileServing ? this.store : SharedCatchUp.of(this.store);
    return new ProjectionRunner(this.store, projection, readModel, generation, whileServing, source);
  }

  /** The database queries of a projection read from (the current generation). */
  reader(name: string): Database.Database {
    return this.runnerOf(name).readModel.db;
  }

  private runnerOf(name: string): ProjectionRunner {
    const runner = this.runners.get(name);
    if (!runner) throw new Error(`no projection named ${name}`);
    return runner;
  }

  names(): string[] {
    return this.projections.map((p) => p.name);
  }

  /**
   * Waits until the projection has applied the event at `position`, when that event is one it
   * reads; false after the timeout.
   */
  async waitForPosition(name: string, position: Position, timeoutMs: number): Promise<boolean> {
    const runner = this.runnerOf(name);
    if (runner.hasReached(position)) return true;
    const [event] = await this.store.readAll({ fromPosition: position, maxCount: 1 });
    // Nothing there: the position is past the end of the log as this node sees it (a lagging node), not reached.
    const irrelevant = event && !runner.projection.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix));
    if (irrelevant) return true;
    return runner.waitForPosition(position, timeoutMs);
  }

  /**
   * Rebuilds projections from the start into a new generation while the current one keeps serving,
   * then switches over once the new one has caught up.
   */
  async rebuild(names: string[], onProgress: (progress: RebuildProgress) => void = () => undefined): Promise<void> {
    for (const name of names) await this.rebuildOne(name, onProgress);
  }

  private async rebuildOne(name: string, onProgress: (progress: RebuildProgress) => void): Promise<void> {
    if (this.rebuilding.has(name)) throw new Error(`projection ${name} is already being rebuilt`);
    const current = this.runnerOf(name);
    const generation = current.generation + 1;
    rmSync(this.manifest.fileOf(name, generation), { force: true });
    const fresh = this.createRunner(current.projection, generation, true);
    // Off the main thread, the rebuild's heap and its GC do not hold the app's loop (at 1M events, hundreds of ms).
    fresh.offThread = (await OffThreadRebuild.of(this.store, name, this.offThread)) ?? null;
    const started = Date.now();
    const report = async (done: boolean) => {
      const applied = Number(fresh.status().eventsApplied);
      const progress: RebuildProgress = {
        projection: name,
        generation,
        eventsApplied: applied,
        eventsPerSecond: Math.round(applied / Math.max((Date.now() - started) / 1000, 0.001)),
        remaining: done ? 0 : await this.remainingAfter(fresh.progress),
        done,
      };
      this.rebuilding.set(name, progress);
      onProgress(progress);
    };
    await report(false);
    const ticker = setInterval(() => void report(false), 500);
    try {
      void fresh.run();
      await fresh.waitUntilCaughtUp();
    } finally {
      clearInterval(ticker);
    }
    this.runners.set(name, fresh);
    this.manifest.set(name, { generation, version: current.projection.version });
    await current.stop();
    current.readModel.close();
    // Off the loop: unlinking a file of hundreds of megabytes takes a while.
    for (const suffix of ['', '-wal', '-shm']) await rm(`${current.readModel.file}${suffix}`, { force: true });
    await report(true);
    this.rebuilding.delete(name);
    this.logger.log(`rebuilt ${name} into generation ${generation}`);
  }

  rebuildProgress(): RebuildProgress[] {
    return [...this.rebuilding.values()];
  }

  private async remainingAfter(position: Position | null): Promise<number> {
    const head = await this.head();
    if (!head) return 0;
    return Number(head.commit - (position?.commit ?? 0n));
  }

  private async head(): Promise<Position | null> {
    const [last] = await this.store.readAll({ direction: 'backwards', maxCount: 1 });
    return last?.position ?? null;
  }

  async health(): Promise<ProjectionHealth[]> {
    const head = await this.head();
    return [...this.runners.values()].map((runner) => {
      const status = runner.status();
      const lag = head && !runner.isCaughtUp ? head.commit - (runner.progress?.commit ?? 0n) : 0n;
      return {
        ...status,
        head: head ? `${head.commit}/${head.prepare}` : null,
        lag: lag.toString(),
        rebuilding: this.rebuilding.has(runner.projection.name),
      };
    });
  }

  async stop(): Promise<void> {
    for (const runner of this.runners.values()) {
      await runner.stop();
      runner.readModel.close();
    }
  }
}
