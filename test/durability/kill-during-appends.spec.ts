import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, SqliteSynchronous } from '../../src/event-store/embedded/sqlite-event-store';

interface Acknowledged {
  position: bigint;
  ids: string[];
}

/** Starts the appender, lets it acknowledge at least `count` appends, then kills it with SIGKILL. */
function appendThenKill(file: string, count: number, synchronous: SqliteSynchronous): Promise<Acknowledged[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', join(__dirname, '../support/ts-register.js'), join(__dirname, 'appender.ts'), file, synchronous], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acknowledged: Acknowledged[] = [];
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [, position, ids] = line.split(' ');
        acknowledged.push({ position: BigInt(position), ids: ids.split(',') });
      }
      if (acknowledged.length >= count && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`appender exited by itself (${signal})`))));
  });
}

describe('durability of the embedded store', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'ft-durability-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it.each(['FULL', 'OFF_LOOP'] as const)(
    'synchronous=%s: keeps every acknowledged append when the process is killed with SIGKILL, with gap-free positions',
    async (synchronous) => {
      const file = join(directory, `events-${synchronous}.sqlite`);
      const acknowledged = await appendThenKill(file, 400, synchronous);

      const check = new Database(file);
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();

      const store = new SqliteEventStore({ file });
      const events = await store.readAll();
      const positions = events.map((e) => e.position.commit);
      expect(positions).toEqual(positions.map((_, i) => BigInt(i + 1)));
      const stored = new Map(events.map((e) => [e.id, e.position.commit]));
      expect(stored.size).toBe(events.length);
      for (const ack of acknowledged) {
        const last = ack.ids[ack.ids.length - 1];
        expect(stored.get(last)).toBe(ack.position);
        for (const id of ack.ids) expect(stored.has(id)).toBe(true);
      }
      const revisions = new Map<string, bigint>();
      for (const event of events) {
        const expected = (revisions.get(event.streamId) ?? -1n) + 1n;
        expect(event.revision).toBe(expected);
        revisions.set(event.streamId, event.revision);
      }
      const next = await store.appendToStream('durable-after', [{ id: crypto.randomUUID(), type: 'Reopened', data: {} }], 'no_stream');
      expect(next.position.commit).toBe(BigInt(events.length + 1));
      await store.close();
    },
  );
});
