import { onTheDouble, event, unique, take } from './on-the-double';

/**
 * A catch-up subscription learns that it has caught up from the server's CaughtUp message, which servers send
 * from 23.10 on (Enumerators.AllSubscription*.cs; not in 23.6 or 22.10). Without it the app would wait for its
 * read models for ten minutes and never build their indexes. The adapter reads the server's version through
 * ServerFeatures and refuses older servers, saying which it needs.
 */
describe('EventStoreDB adapter: the server version', () => {
  it.each(['22.10.5', '23.6.0'])('refuses a %s server, which sends no CaughtUp, with a message saying what it needs', async (version) => {
    const double = await onTheDouble({ serverVersion: version });
    try {
      const prefix = unique('old-');
      await double.store.appendToStream(`${prefix}a`, [event('A')], 'no_stream');
      const { messages, error } = await take(double.store.subscribeToAll({ fromPosition: 'start', streamNamePrefixes: [prefix] }), (m) =>
        m.some((x) => x.kind === 'caught-up'),
      );
      expect(messages.some((m) => m.kind === 'caught-up')).toBe(false);
      expect(String(error)).toContain(`EventStoreDB ${version}`);
      expect(String(error)).toMatch(/needs 23\.10 or later/);
      await expect(double.store.checkServer()).rejects.toThrow(/needs 23\.10 or later/);
    } finally {
      await double.stop();
    }
  });

  it.each(['23.10.8', '24.10.14', '26.0.3'])('accepts %s and names it in its health', async (version) => {
    const double = await onTheDouble({ serverVersion: version });
    try {
      await expect(double.store.checkServer()).resolves.toEqual({ version });
      const prefix = unique('new-');
      await double.store.appendToStream(`${prefix}a`, [event('A')], 'no_stream');
      const { messages } = await take(double.store.subscribeToAll({ fromPosition: 'start', streamNamePrefixes: [prefix] }), (m) =>
        m.some((x) => x.kind === 'caught-up'),
      );
      expect(messages.filter((m) => m.kind !== 'checkpoint').map((m) => m.kind)).toEqual(['event', 'caught-up']);
      expect((await double.store.health()).details).toMatchObject({ serverVersion: version });
    } finally {
      await double.stop();
    }
  });
});
