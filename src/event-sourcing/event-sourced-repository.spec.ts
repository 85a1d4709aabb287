import { SqliteEventStore } from '../event-store/embedded/sqlite-event-store';
import { organisationDecider } from '../organisations/organisation.decider';
import { ORGANISATION_EVENTS } from '../organisations/organisation.events';
import { EventRegistry } from './event-registry';
import { EventSourcedRepository } from './event-sourced-repository';

const ID = '10000000-0000-4000-8000-000000000001';
const by = (commandId: string) => ({ commandId, commandType: 'Test' });

describe('EventSourcedRepository loading from cached stream states', () => {
  let store: SqliteEventStore;
  let repository: EventSourcedRepository;

  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    const registry = new EventRegistry();
    registry.register(...ORGANISATION_EVENTS);
    repository = new EventSourcedRepository(store, registry);
    const data = { organisationId: ID, name: 'First name', kind: 'ngo', country: 'TJ', region: null };
    await store.appendToStream(`organisation-${ID}`, [{ id: 'e1', type: 'OrganisationRegistered', data, metadata: by('c1') }], 'no_stream');
  });

  afterEach(() => store.close());

  it('sees what was appended since it last loaded the stream, by anyone, without changing aggregates loaded before', async () => {
    const before = await repository.load(organisationDecider, ID);
    await store.appendToStream(
      `organisation-${ID}`,
      [{ id: 'e2', type: 'OrganisationRenamed', data: { organisationId: ID, name: 'Second name' }, metadata: by('c2') }],
      0n,
    );
    const after = await repository.load(organisationDecider, ID);
    expect(before.state.name).toBe('First name');
    expect(before.revision).toBe(0n);
    expect(after.state.name).toBe('Second name');
    expect(after.revision).toBe(1n);
    expect([...after.recordedCommands.keys()]).toEqual(['c1', 'c2']);
    expect((await repository.loadWithHistory(organisationDecider, ID)).aggregate.state).toEqual(after.state);
  });

  describe('after a command', () => {
    const rename = (name: string, commandId: string, idempotent: boolean) =>
      repository.execute(
        organisationDecider,
        ID,
        { actor: { accountId: 'a', organisationId: null, role: 'coordinator' }, commandId, correlationId: commandId, causationId: commandId, idempotent },
        'RenameOrganisation',
        () => ({ type: 'RenameOrganisation', data: { organisationId: ID, name } }),
      );

    it('keeps the state it decided, so the next load finds nothing new to read, and the state is what the stream says', async () => {
      await repository.load(organisationDecider, ID);
      const result = await rename('Renamed', 'c-rename', false);
      const reads = jest.spyOn(store, 'readStream');
      const after = await repository.load(organisationDecider, ID);
      expect(reads).toHaveBeenCalledWith(`organisation-${ID}`, { fromRevision: result.revision + 1n });
      expect(await reads.mock.results[0].value).toEqual([]);
      expect(after.revision).toBe(1n);
      expect(after.recordedCommands.get('c-rename')).toEqual({ commandType: 'RenameOrganisation', revision: 1n, position: '2/2' });
      const replayed = (await repository.loadWithHistory(organisationDecider, ID)).aggregate;
      expect(after.state).toEqual(replayed.state);
      expect(after.recordedCommands).toEqual(replayed.recordedCommands);
    });

    it('with an Idempotency-Key, reads the events back from the store (a duplicate request may have written them)', async () => {
      await repository.load(organisationDecider, ID);
      await rename('Renamed', 'key-1', true);
      const reads = jest.spyOn(store, 'readStream');
      const after = await repository.load(organisationDecider, ID);
      expect(reads).toHaveBeenCalledWith(`organisation-${ID}`, { fromRevision: 1n });
      expect((await reads.mock.results[0].value).map((e: { id: string }) => e.id)).toHaveLength(1);
      expect(after.state.name).toBe('Renamed');
    });
  });

  it('finds a stream that did not exist when it was first asked for', async () => {
    const other = '10000000-0000-4000-8000-000000000002';
    expect((await repository.load(organisationDecider, other)).exists).toBe(false);
    const data = { organisationId: other, name: 'Later', kind: 'ngo', country: 'TJ', region: null };
    await store.appendToStream(`organisation-${other}`, [{ id: 'e3', type: 'OrganisationRegistered', data, metadata: by('c3') }], 'no_stream');
    expect((await repository.load(organisationDecider, other)).state.name).toBe('Later');
  });
});
