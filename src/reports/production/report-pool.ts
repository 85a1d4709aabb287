import { Injectable, Logger, OnModuleDestroy, ServiceUnavailableException } from '@nestjs/common';
import { QueryRefused } from '../../kernel/query-refusals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { RuleViolated } from '../../kernel/domain-errors';
import { InvalidReportingPeriod } from '../../reporting-framework/period/reporting-period';
import { LoadProgress } from '../source/report-source';
import { ProducedReport, ReportFailure, ReportJob } from './report-job';
import type { WorkerAnswer, WorkerRequest } from './report-worker';

export interface ReportPoolOptions {
  /** Worker threads producing reports at once. */
  workers: number;
  /** Reports waiting for a worker at most; one more is refused with 503 (ReportsBusy). */
  queueLimit: number;
  /** A report still unfinished after this is abandoned: its worker is ended and replaced. */
  timeoutMs: number;
  /** The worker's entry (tests give another); by default report-worker next to this file. */
  workerFile?: string;
}

interface Pending {
  request: WorkerRequest;
  resolve: (report: ProducedReport) => void;
  reject: (error: Error) => void;
  onProgress?: LoadProgress;
}

interface Slot {
  worker: Worker;
  busy?: Pending & { timer: NodeJS.Timeout };
}

/** Running from TypeScript (tests, the bench), a worker thread needs the same loader the process has. */
function workerEntry(file: string): { file: string; execArgv: string[] } {
  if (!file.endsWith('.ts')) return { file, execArgv: [] };
  const register = join(__dirname, '..', '..', '..', 'test', 'support', 'ts-register.js');
  return { file, execArgv: existsSync(register) ? ['-r', register] : [] };
}

export function errorOf(failure: ReportFailure): Error {
  if (failure.name === 'InvalidReportingPeriod') return new QueryRefused(new InvalidReportingPeriod(failure.message).message, 'InvalidReportingPeriod');
  if (failure.name === 'RuleViolated') return new RuleViolated(failure.field ?? 'report', failure.message, failure.reason, failure.params);
  return new Error(`the report could not be produced (${failure.name}: ${failure.message})`);
}

/**
 * Worker threads that produce reports (load, build, lay out, render), so that no request to the API waits
 * behind one: at most `workers` at once, then a queue of at most `queueLimit`, each report abandoned after
 * `timeoutMs`. A worker that fails or dies answers its report with an error and is replaced.
 */
@Injectable()
export class ReportPool implements OnModuleDestroy {
  private readonly logger = new Logger('ReportPool');
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ReportPoolOptions) {}

  /** The report's bytes, produced by a worker reading `readModelFile`. */
  produce(job: ReportJob, readModelFile: string, onProgress?: LoadProgress): Promise<ProducedReport> {
    if (this.closed) return Promise.reject(new ServiceUnavailableException('the app is shutting down'));
    if (this.queue.length >= this.options.queueLimit) {
      return Promise.reject(
        new ServiceUnavailableException({ code: 'ReportsBusy', message: `${this.queue.length} reports are waiting already: ask again in a minute` }),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, job, readModelFile }, resolve, reject, onProgress });
      this.dispatch();
    });
  }

  get waiting(): number {
    return this.queue.length;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new ServiceUnavailableException('the app is shutting down'));
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot, new ServiceUnavailableException('the app is shutting down'))));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < this.options.workers ? this.spawn() : undefined);
      if (!slot) return;
      const pending = this.queue.shift() as Pending;
      const timer = setTimeout(() => this.abandon(slot), this.options.timeoutMs);
      slot.busy = { ...pending, timer };
      slot.worker.postMessage(pending.request);
    }
  }

  private spawn(): Slot {
    const entry = workerEntry(this.options.workerFile ?? join(__dirname, `report-worker${__filename.endsWith('.ts') ? '.ts' : '.js'}`));
    const worker = new Worker(entry.file, { execArgv: entry.execArgv });
    const slot: Slot = { worker };
    worker.on('message', (answer: WorkerAnswer) => this.answered(slot, answer));
    worker.on('error', (error) => this.failed(slot, error));
    worker.on('exit', (code) => this.failed(slot, new Error(`the report worker stopped (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private answered(slot: Slot, answer: WorkerAnswer): void {
    const busy = slot.busy;
    if (!busy || busy.request.id !== answer.id) return;
    if (answer.kind === 'progress') return busy.onProgress?.(answer.loaded, answer.total);
    clearTimeout(busy.timer);
    slot.busy = undefined;
    if (answer.kind === 'done') {
      const output = { body: Buffer.from(answer.body), contentType: answer.contentType, fileName: answer.outputName };
      busy.resolve({ fileName: answer.fileName, position: answer.position, output });
    } else {
      busy.reject(errorOf(answer.failure));
    }
    this.dispatch();
  }

  /** The worker threw outside a report or died: its report fails, and the next one gets a new worker. */
  private failed(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    if (!this.closed) this.logger.error(`report worker failed: ${error.message}`);
    void this.retire(slot, error);
    if (!this.closed) this.dispatch();
  }

  private abandon(slot: Slot): void {
    const seconds = Math.round(this.options.timeoutMs / 1000);
    this.failed(slot, new ServiceUnavailableException({ code: 'ReportTookTooLong', message: `the report took longer than ${seconds} s and was abandoned` }));
  }

  private async retire(slot: Slot, error: Error): Promise<void> {
    const busy = slot.busy;
    slot.busy = undefined;
    if (busy) {
      clearTimeout(busy.timer);
      busy.reject(error);
    }
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    await slot.worker.terminate();
  }
}
