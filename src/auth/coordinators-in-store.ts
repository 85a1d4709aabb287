import { EventStore, Position } from '../event-store/event-store.port';

const PAGE = 1000;

/**
 * The active coordinators in the whole log, folded from account events. A full read: the first start of
 * a store without the setup marker is the only time it runs (first-coordinator.ts then writes the marker).
 */
export async function activeCoordinatorsIn(store: EventStore): Promise<string[]> {
  const coordinators = new Set<string>();
  let from: Position | 'start' = 'start';
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: PAGE + (from === 'start' ? 0 : 1) });
    const fresh = from === 'start' ? page : page.slice(1); // fromPosition is inclusive
    for (const event of fresh) {
      if (!event.streamId.startsWith('account-') || event.streamId.startsWith('account-email-')) continue;
      const accountId = event.streamId.slice('account-'.length);
      if (event.type === 'AccountCreated' || event.type === 'AccountRoleChanged') {
        if (event.data.role === 'coordinator') coordinators.add(accountId);
        else coordinators.delete(accountId);
      } else if (event.type === 'AccountDeactivated') {
        coordinators.delete(accountId);
      }
    }
    if (fresh.length === 0 || page.length < PAGE) return [...coordinators];
    from = page[page.length - 1].position;
  }
}
