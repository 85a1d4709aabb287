// The entry of a report worker thread (see report-pool.ts): produces one report at a time from its own
// read-only connection to the read model, and answers with the bytes (transferred, not copied).
import Database from 'better-sqlite3';
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { RuleViolated } from '../../kernel/domain-errors';
import { produceReport } from './produce-report';
import { REPORT_THREAD_NICENESS, ReportFailure, ReportJob } from './report-job';

export interface WorkerRequest {
  id: number;
  job: ReportJob;
  readModelFile: string;
}

export type WorkerAnswer =
  | { id: number; kind: 'progress'; loaded: number; total: number }
  | { id: number; kind: 'done'; fileName: string; position: string | null; contentType: string; outputName: string; body: ArrayBuffer }
  | { id: number; kind: 'failed'; failure: ReportFailure };

/** On Linux a thread has its own id, and setpriority on it lowers only that thread; elsewhere nothing changes. */
function yieldToTheApi(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId)) setPriority(threadId, REPORT_THREAD_NICENESS);
  } catch {
    // not Linux, or not allowed: reports then compete with requests as equals
  }
}

const connections = new Map<string, Database.Database>();

/** One connection per read-model file (a rebuild makes a new file); read-only, so a report never writes. */
function connectionTo(file: string): Database.Database {
  let db = connections.get(file);
  if (!db) {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    db.defaultSafeIntegers(true);
    for (const [other, old] of connections) {
      if (other === file) continue;
      old.close();
      connections.delete(other);
    }
    connections.set(file, db);
  }
  return db;
}

export function failureOf(error: unknown): ReportFailure {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  return {
    name: error.name === 'Error' ? error.constructor.name : error.name,
    message: error.message,
    ...(error instanceof RuleViolated ? { field: error.field, reason: error.reason, params: error.params } : {}),
  };
}

async function answer({ id, job, readModelFile }: WorkerRequest): Promise<void> {
  const port = parentPort;
  if (!port) return;
  try {
    const produced = await produceReport(job, connectionTo(readModelFile), (loaded, total) => port.postMessage({ id, kind: 'progress', loaded, total }));
    const bytes = produced.output.body;
    // A Buffer may be a view on a shared pool: copy it into an ArrayBuffer of its own, which can be transferred.
    const body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const done: WorkerAnswer = {
      id,
      kind: 'done',
      fileName: produced.fileName,
      position: produced.position,
      contentType: produced.output.contentType,
      outputName: produced.output.fileName,
      body,
    };
    port.postMessage(done, [body]);
  } catch (error) {
    port.postMessage({ id, kind: 'failed', failure: failureOf(error) } satisfies WorkerAnswer);
  }
}

if (parentPort) {
  yieldToTheApi();
  parentPort.on('message', (request: WorkerRequest) => void answer(request));
}
