import type Database from 'better-sqlite3';
import { Composed, composeMessage } from './compose-message';
import { Language } from './notification-kinds';
import { renderDigest } from './messages/render-message';
import { NotificationRow, PersonRow } from './notifications.schema';
import { UnsubscribeScope } from './unsubscribe-token';

/** A digest row's message: every e-mail of the account held for the digest and not yet carried by one. */
export function composeDigest(
  db: Database.Database,
  row: NotificationRow,
  baseUrl: string,
  unsubscribeFor: (accountId: string, kind: UnsubscribeScope) => string,
): (Composed & { items: string[] }) | null {
  const person = db.prepare('SELECT * FROM people WHERE account_id = ?').get(row.recipient_account_id) as PersonRow | undefined;
  if (!person) return null;
  const held = db
    .prepare(`SELECT * FROM notifications WHERE recipient_account_id = ? AND channel = 'email' AND state = 'digest' ORDER BY seq`)
    .all(person.account_id) as NotificationRow[];
  const lines = held.flatMap((item) => {
    const composed = composeMessage(db, item, baseUrl, unsubscribeFor);
    return composed ? [{ id: item.notification_id, subject: composed.message.subject, link: composed.links.recommendation }] : [];
  });
  if (lines.length === 0) return null;
  const base = baseUrl.replace(/\/$/, '');
  const unsubscribe = `${base}/notifications/unsubscribe?token=${encodeURIComponent(unsubscribeFor(person.account_id, 'all'))}`;
  const message = renderDigest(person.language as Language, person.name, lines, unsubscribe);
  return { person, message, links: { recommendation: `${base}/#/notifications`, unsubscribe }, items: lines.map((line) => line.id) };
}

/** Queues today's digest for each account that has e-mails held, once the digest hour has come. */
export function queueDigests(db: Database.Database, now: Date, digestHourUtc: number, idFor: (key: string, accountId: string) => string): number {
  if (now.getUTCHours() < digestHourUtc) return 0;
  const today = now.toISOString().slice(0, 10);
  const waiting = db
    .prepare(
      `SELECT DISTINCT n.recipient_account_id AS id, p.language FROM notifications n JOIN people p ON p.account_id = n.recipient_account_id
              WHERE n.channel = 'email' AND n.state = 'digest'`,
    )
    .all() as { id: string; language: string }[];
  const insert = db.prepare(
    `INSERT OR IGNORE INTO notifications (notification_id, key, recipient_account_id, kind, recommendation_id, channel, language, occurred_at, state, seq)
     VALUES (?, ?, ?, 'digest', '', 'email', ?, ?, 'pending', (SELECT COALESCE(MAX(seq), 0) + 1 FROM notifications))`,
  );
  let queued = 0;
  for (const account of waiting) {
    const key = `digest:${account.id}:${today}`;
    queued += insert.run(idFor(key, account.id), key, account.id, account.language, now.toISOString()).changes;
  }
  return queued;
}
