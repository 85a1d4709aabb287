import type Database from 'better-sqlite3';
import { statement } from '../projections/statement-cache';
import { Channel, Language, NotificationKind } from './notification-kinds';
import { notificationIdFor } from './notification-key';
import { PersonRow } from './notifications.schema';

export interface Occasion {
  key: string;
  kind: NotificationKind;
  recommendationId: string;
  occurredAt: string;
}

/** Queues the occasion for each person, in the inbox and (unless muted) by e-mail; a queued one is left as it is. */
export function queueNotifications(db: Database.Database, occasion: Occasion, people: PersonRow[]): void {
  const insert = statement(
    db,
    `INSERT OR IGNORE INTO notifications (notification_id, key, recipient_account_id, kind, recommendation_id, channel,
       language, occurred_at, state, seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM notifications))`,
  );
  const preference = statement(db, 'SELECT muted, delivery FROM preferences WHERE account_id = ?');
  for (const person of people) {
    const chosen = preference.get(person.account_id) as { muted: string; delivery: string } | undefined;
    const channels: Channel[] = ['in-app'];
    const muted = chosen ? (JSON.parse(chosen.muted) as string[]).includes(occasion.kind) : false;
    if (!muted && person.rejected_address !== person.email) channels.push('email');
    for (const channel of channels) {
      const id = notificationIdFor(occasion.key, person.account_id, channel);
      const state = channel === 'email' && chosen?.delivery === 'daily-digest' ? 'digest' : 'pending';
      const language = person.language as Language;
      insert.run(id, occasion.key, person.account_id, occasion.kind, occasion.recommendationId, channel, language, occasion.occurredAt, state);
    }
  }
}

export function stakeholdersOf(db: Database.Database, organisationId: string | null): PersonRow[] {
  if (!organisationId) return [];
  return statement(db, `SELECT * FROM people WHERE active = 1 AND role = 'stakeholder' AND organisation_id = ? ORDER BY account_id`).all(
    organisationId,
  ) as PersonRow[];
}

export function coordinators(db: Database.Database): PersonRow[] {
  return statement(db, `SELECT * FROM people WHERE active = 1 AND role = 'coordinator' ORDER BY account_id`).all() as PersonRow[];
}

/** The donor accounts of the organisations that funded the recommendation's forum. */
export function fundingDonorsOf(db: Database.Database, recommendationId: string): PersonRow[] {
  return statement(
    db,
    `SELECT p.* FROM people p JOIN recommendations r ON r.recommendation_id = ? JOIN forums f ON f.forum_id = r.forum_id
       WHERE p.active = 1 AND p.role = 'donor' AND p.organisation_id IN (SELECT value FROM json_each(f.funders))
       ORDER BY p.account_id`,
  ).all(recommendationId) as PersonRow[];
}
