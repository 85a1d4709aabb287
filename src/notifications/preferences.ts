import { randomUUID } from 'node:crypto';
import { EventStore, Position } from '../event-store/event-store.port';
import { DeliveryMode, NotificationKind } from './notification-kinds';
import { NotificationEventTypes as T, NotificationPreferencesChosenData, PREFERENCES_STREAM } from './notification.events';

/** Records an account's choice; the latest choice stands. */
export async function choosePreferences(store: EventStore, data: NotificationPreferencesChosenData, by: Record<string, unknown>): Promise<Position> {
  const event = { id: randomUUID(), type: T.preferences, data: { ...data }, metadata: { ...by, recordedAt: new Date().toISOString() } };
  return (await store.appendToStream(`${PREFERENCES_STREAM}${data.accountId}`, [event], 'any')).position;
}

export function preferencesOf(db: import('better-sqlite3').Database, accountId: string): { mutedKinds: NotificationKind[]; delivery: DeliveryMode } {
  const row = db.prepare('SELECT muted, delivery FROM preferences WHERE account_id = ?').get(accountId) as
    { muted: string; delivery: DeliveryMode } | undefined;
  return row ? { mutedKinds: JSON.parse(row.muted), delivery: row.delivery } : { mutedKinds: [], delivery: 'immediately' };
}
