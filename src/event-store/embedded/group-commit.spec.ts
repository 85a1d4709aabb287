import Database from 'better-sqlite3';
import { WrongExpectedVersionError } from '../event-store.errors';
import { GroupCommit } from './group-commit';
import { SqliteEventStore } from './sqlite-event-store';

const event = (id: string) => ({ id, type: 'Noted', data: { id } });

describe('group commit of concurrent appends', () => {
  it('commits writes submitted together in one transaction, and a refused write undoes only itself', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE notes (text TEXT NOT NULL)');
    let commits = 0;
    const group = new GroupCommit(db, () => commits++);
    const insert = (text: string) => () => db.prepare('INSERT INTO notes (text) VALUES (?)').run(text);
    const outcomes = await Promise.allSettled([
      group.submit(insert('first')),
      group.submit(() => {
        insert('undone')();
        throw new Error('refused');
      }),
      group.submit(insert('third')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT text FROM notes ORDER BY rowid').pluck().all()).toEqual(['first', 'third']);
    expect(commits).toBe(1);
  });

  it('acknowledges nothing when the commit itself fails', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE notes (text TEXT NOT NULL)');
    const group = new GroupCommit(db, () => undefined);
    const written = group.submit(() => db.prepare('INSERT INTO notes (text) VALUES (?)').run('lost'));
    db.close();
    await expect(written).rejects.toThrow();
  });

  it('checks each append of a group against the appends before it, per stream', async () => {
    const store = new SqliteEventStore({ file: ':memory:' });
    const [a, stale, b, retried, other] = await Promise.allSettled([
      store.appendToStream('s-1', [event('e1')], 'no_stream'),
      store.appendToStream('s-1', [event('e2')], 'no_stream'),
      store.appendToStream('s-1', [event('e3')], 0n),
      store.appendToStream('s-1', [event('e1')], 'no_stream'),
      store.appendToStream('s-2', [event('e4')], 'no_stream'),
    ]);
    expect(a).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 0n } });
    expect(stale.status === 'rejected' && stale.reason).toBeInstanceOf(WrongExpectedVersionError);
    expect(b).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 1n } });
    expect(retried).toEqual(a);
    expect(other).toMatchObject({ status: 'fulfilled', value: { position: { commit: 3n } } });
    expect((await store.readStream('s-1')).map((e) => e.id)).toEqual(['e1', 'e3']);
    await store.close();
  });

  it('commits what is waiting before the store closes', async () => {
    const store = new SqliteEventStore({ file: ':memory:' });
    const appended = store.appendToStream('s-1', [event('e1')], 'no_stream');
    await store.close();
    await expect(appended).resolves.toMatchObject({ nextExpectedRevision: 0n });
  });
});
