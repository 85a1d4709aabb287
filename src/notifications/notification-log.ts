import type Database from 'better-sqlite3';
import { RecordedEvent } from '../event-store/event-store.port';
import {
  NotificationAddressRejectedData,
  NotificationClaimedData,
  NotificationDeliveryFailedData,
  NotificationEventTypes as T,
  NotificationPreferencesChosenData,
  NotificationRecordedData,
} from './notification.events';

/** Brings a notification's row to what its stream says; an event already applied (same or older revision) is skipped. */
export function applyNotificationEvent(db: Database.Database, event: RecordedEvent): void {
  if (event.type === T.preferences) return applyPreferences(db, event.data as unknown as NotificationPreferencesChosenData);
  const id = (event.data as { notificationId: string }).notificationId;
  const row = db.prepare('SELECT revision FROM notifications WHERE notification_id = ?').get(id) as { revision: bigint | null } | undefined;
  if (row?.revision !== undefined && row.revision !== null && row.revision >= event.revision) return;
  if (event.type === T.recorded || event.type === T.claimed) {
    upsertFromFacts(db, event);
    return;
  }
  const set = (sql: string, ...values: unknown[]) =>
    db
      .prepare(`UPDATE notifications SET ${sql}, revision = ?, last_event_at = ? WHERE notification_id = ?`)
      .run(...values, event.revision, event.created.toISOString(), id);
  if (event.type === T.sent) {
    set(`state = 'sent', lease_until = NULL`);
    const items = (event.data as { items?: string[] }).items ?? [];
    const carried = db.prepare(`UPDATE notifications SET state = 'sent' WHERE notification_id = ? AND state = 'digest'`);
    for (const item of items) carried.run(item);
  } else if (event.type === T.failed)
    set(`state = 'failed', retry_at = ?, lease_until = NULL`, (event.data as unknown as NotificationDeliveryFailedData).retryAt);
  else if (event.type === T.read) set('read_at = ?', event.created.toISOString());
  else if (event.type === T.rejected) {
    const data = event.data as unknown as NotificationAddressRejectedData;
    set(`state = 'rejected', lease_until = NULL`);
    db.prepare('UPDATE people SET rejected_address = ?, rejected_response = ? WHERE account_id = ?').run(data.address, data.response, data.recipientAccountId);
    db.prepare(`UPDATE notifications SET state = 'skipped' WHERE recipient_account_id = ? AND channel = 'email' AND state IN ('pending', 'digest')`).run(
      data.recipientAccountId,
    );
  }
}

function upsertFromFacts(db: Database.Database, event: RecordedEvent): void {
  const data = event.data as unknown as NotificationClaimedData & NotificationRecordedData;
  const claimed = event.type === T.claimed;
  db.prepare(
    `INSERT INTO notifications (notification_id, key, recipient_account_id, kind, recommendation_id, channel, language,
       occurred_at, state, revision, attempts, lease_until, subject, message_id, seq, last_event_at)
     VALUES (@notificationId, @key, @recipientAccountId, @kind, @recommendationId, @channel, @language, @occurredAt, @state,
       @revision, @attempts, @leaseUntil, @subject, @messageId, (SELECT COALESCE(MAX(seq), 0) + 1 FROM notifications), @at)
     ON CONFLICT (notification_id) DO UPDATE SET state = excluded.state, revision = excluded.revision, language = excluded.language,
       attempts = excluded.attempts, lease_until = excluded.lease_until, subject = COALESCE(excluded.subject, subject),
       message_id = excluded.message_id, last_event_at = excluded.last_event_at`,
  ).run({
    notificationId: data.notificationId,
    key: data.key,
    recipientAccountId: data.recipientAccountId,
    kind: data.kind,
    recommendationId: data.recommendationId,
    channel: data.channel,
    language: data.language,
    occurredAt: data.occurredAt,
    state: claimed ? 'claimed' : 'recorded',
    revision: event.revision,
    attempts: claimed ? data.attempt : 0,
    leaseUntil: claimed ? data.leaseUntil : null,
    subject: claimed ? null : data.subject,
    messageId: data.messageId,
    at: event.created.toISOString(),
  });
}

function applyPreferences(db: Database.Database, data: NotificationPreferencesChosenData): void {
  db.prepare('INSERT INTO preferences VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET muted = excluded.muted, delivery = excluded.delivery').run(
    data.accountId,
    JSON.stringify(data.mutedKinds),
    data.delivery,
  );
}
