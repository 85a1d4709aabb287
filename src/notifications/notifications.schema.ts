import type Database from 'better-sqlite3';

/** The processor's own read model: who is who, the recommendations, and every notification's state. */
export function createNotificationTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS people (
      account_id TEXT PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
      organisation_id TEXT, language TEXT NOT NULL DEFAULT 'en', active INTEGER NOT NULL DEFAULT 1,
      rejected_address TEXT, rejected_response TEXT);
    CREATE TABLE IF NOT EXISTS forums (forum_id TEXT PRIMARY KEY, title TEXT NOT NULL, funders TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS organisations (organisation_id TEXT PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS recommendations (
      recommendation_id TEXT PRIMARY KEY, forum_id TEXT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL,
      responsible_organisation_id TEXT, due_date TEXT, supporting_organisation_ids TEXT NOT NULL DEFAULT '[]');
    CREATE TABLE IF NOT EXISTS comments (
      comment_id TEXT PRIMARY KEY, recommendation_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
      author_account_id TEXT);
    CREATE TABLE IF NOT EXISTS preferences (account_id TEXT PRIMARY KEY, muted TEXT NOT NULL, delivery TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS notifications (
      notification_id TEXT PRIMARY KEY, key TEXT NOT NULL, recipient_account_id TEXT NOT NULL, kind TEXT NOT NULL,
      recommendation_id TEXT NOT NULL, channel TEXT NOT NULL, language TEXT NOT NULL, occurred_at TEXT NOT NULL,
      state TEXT NOT NULL, revision INTEGER, attempts INTEGER NOT NULL DEFAULT 0, retry_at TEXT, lease_until TEXT,
      subject TEXT, message_id TEXT, read_at TEXT, seq INTEGER NOT NULL,
      last_event_at TEXT);
    CREATE INDEX IF NOT EXISTS notifications_by_state ON notifications (channel, state);
    CREATE INDEX IF NOT EXISTS notifications_by_seq ON notifications (seq);
    CREATE INDEX IF NOT EXISTS notifications_by_recommendation ON notifications (recommendation_id);
    CREATE INDEX IF NOT EXISTS notifications_by_recipient ON notifications (recipient_account_id, channel, seq);
  `);
}

export interface NotificationRow {
  notification_id: string;
  key: string;
  recipient_account_id: string;
  kind: string;
  recommendation_id: string;
  channel: string;
  language: string;
  occurred_at: string;
  state: 'pending' | 'recorded' | 'claimed' | 'sent' | 'failed' | 'rejected' | 'digest' | 'skipped';
  revision: bigint | null;
  attempts: bigint;
  retry_at: string | null;
  lease_until: string | null;
  subject: string | null;
  message_id: string | null;
  read_at: string | null;
  seq: bigint;
}

export interface PersonRow {
  account_id: string;
  email: string;
  name: string;
  role: string;
  organisation_id: string | null;
  language: string;
  active: bigint;
  rejected_address: string | null;
}

export interface RecommendationRow {
  recommendation_id: string;
  forum_id: string;
  text: string;
  status: string;
  responsible_organisation_id: string | null;
  due_date: string | null;
  /** JSON array of organisation ids. */
  supporting_organisation_ids: string;
}

export interface CommentRow {
  comment_id: string;
  recommendation_id: string;
  kind: 'comment' | 'question';
  text: string;
  author_account_id: string | null;
}
