import type Database from 'better-sqlite3';

export interface InboxEntry {
  id: string;
  kind: string;
  recommendationId: string;
  subject: string;
  language: string;
  occurredAt: string;
  read: boolean;
  readAt: string | null;
}

interface Row {
  notification_id: string;
  kind: string;
  recommendation_id: string;
  subject: string;
  language: string;
  occurred_at: string;
  read_at: string | null;
}

/** An account's in-app notifications, newest first. */
export function inboxOf(db: Database.Database, accountId: string, options: { unread?: boolean; limit?: number; offset?: number }) {
  const where = `recipient_account_id = ? AND channel = 'in-app' AND state = 'recorded'${options.unread ? ' AND read_at IS NULL' : ''}`;
  const rows = db
    .prepare(`SELECT * FROM notifications WHERE ${where} ORDER BY seq DESC LIMIT ? OFFSET ?`)
    .all(accountId, options.limit ?? 50, options.offset ?? 0) as Row[];
  const total = db.prepare(`SELECT COUNT(*) AS n FROM notifications WHERE ${where}`).get(accountId) as { n: bigint };
  const items: InboxEntry[] = rows.map((row) => ({
    id: row.notification_id,
    kind: row.kind,
    recommendationId: row.recommendation_id,
    subject: row.subject,
    language: row.language,
    occurredAt: row.occurred_at,
    read: row.read_at !== null,
    readAt: row.read_at,
  }));
  return { total: Number(total.n), items };
}

export function unreadCount(db: Database.Database, accountId: string): number {
  const row = db
    .prepare(`SELECT COUNT(*) AS n FROM notifications WHERE recipient_account_id = ? AND channel = 'in-app' AND state = 'recorded' AND read_at IS NULL`)
    .get(accountId) as { n: bigint };
  return Number(row.n);
}

/** Accounts whose e-mail address a relay refused for good (shown to coordinators). */
export function rejectedAddresses(db: Database.Database) {
  return (
    db.prepare('SELECT account_id, name, email, rejected_address, rejected_response FROM people WHERE rejected_address IS NOT NULL').all() as Record<
      string,
      string
    >[]
  ).map((row) => ({
    accountId: row.account_id,
    name: row.name,
    address: row.rejected_address,
    response: row.rejected_response,
    stillCurrent: row.email === row.rejected_address,
  }));
}

/** Who was told what about a recommendation, by which channel, how it stands and since when: the audit trail. */
export function notificationsAbout(db: Database.Database, recommendationId: string) {
  const rows = db
    .prepare(
      `SELECT n.notification_id, n.kind, n.channel, n.state, n.language, n.occurred_at, n.last_event_at, n.attempts, n.read_at,
              n.recipient_account_id, p.name FROM notifications n LEFT JOIN people p ON p.account_id = n.recipient_account_id
       WHERE n.recommendation_id = ? ORDER BY n.seq`,
    )
    .all(recommendationId) as Record<string, string | bigint | null>[];
  return rows.map((row) => ({
    id: row.notification_id,
    kind: row.kind,
    channel: row.channel,
    recipient: { accountId: row.recipient_account_id, name: row.name },
    language: row.language,
    state: row.state,
    occurredAt: row.occurred_at,
    lastChangeAt: row.last_event_at,
    attempts: Number(row.attempts),
    readAt: row.read_at,
  }));
}
