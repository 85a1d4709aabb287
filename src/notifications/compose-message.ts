import type Database from 'better-sqlite3';
import { Language, NotificationKind } from './notification-kinds';
import { MessageFacts } from './messages/message-texts';
import { RenderedMessage, renderMessage } from './messages/render-message';
import { daysUntil } from './reminder-rules';
import { UnsubscribeScope } from './unsubscribe-token';
import { CommentRow, NotificationRow, PersonRow, RecommendationRow } from './notifications.schema';

export interface Composed {
  person: PersonRow;
  message: RenderedMessage;
  links: { recommendation: string; unsubscribe: string };
}

/** Writes the message of a queued notification from the read model, in the recipient's language. */
export function composeMessage(
  db: Database.Database,
  row: NotificationRow,
  baseUrl: string,
  unsubscribeFor: (accountId: string, kind: UnsubscribeScope) => string,
): Composed | null {
  const person = db.prepare('SELECT * FROM people WHERE account_id = ?').get(row.recipient_account_id) as PersonRow | undefined;
  const rec = db.prepare('SELECT * FROM recommendations WHERE recommendation_id = ?').get(row.recommendation_id) as RecommendationRow | undefined;
  if (!person || !rec) return null;
  const forum = db.prepare('SELECT title FROM forums WHERE forum_id = ?').get(rec.forum_id) as { title: string } | undefined;
  const organisation = db.prepare('SELECT name FROM organisations WHERE organisation_id = ?').get(rec.responsible_organisation_id) as
    { name: string } | undefined;
  const facts: MessageFacts = {
    recipientName: person.name,
    recommendationText: rec.text,
    forumTitle: forum?.title ?? '',
    organisationName: organisation?.name ?? '',
    dueDate: reminderDueDate(row.key) ?? rec.due_date ?? '',
    days: daysOf(row),
    ...commentOf(db, row.key),
  };
  const base = baseUrl.replace(/\/$/, '');
  const links = {
    recommendation: `${base}/#/recommendations/${rec.recommendation_id}`,
    unsubscribe: `${base}/notifications/unsubscribe?token=${encodeURIComponent(unsubscribeFor(person.account_id, row.kind as NotificationKind))}`,
  };
  return { person, message: renderMessage(row.kind as NotificationKind, person.language as Language, facts, links), links };
}

/** A comment's key is `commented:<event id>`: what was said, and by whom. */
function commentOf(db: Database.Database, key: string): Pick<MessageFacts, 'comment'> {
  if (!key.startsWith('commented:')) return {};
  const comment = db.prepare('SELECT * FROM comments WHERE comment_id = ?').get(key.slice('commented:'.length)) as CommentRow | undefined;
  if (!comment) return {};
  const author = db.prepare('SELECT name FROM people WHERE account_id = ?').get(comment.author_account_id) as { name: string } | undefined;
  return { comment: { kind: comment.kind, text: comment.text, authorName: author?.name ?? '' } };
}

/** A reminder's key is `<kind>:<recommendation>:<due date>:...`. */
function reminderDueDate(key: string): string | null {
  const part = key.split(':')[2];
  return part && /^\d{4}-\d{2}-\d{2}$/.test(part) ? part : null;
}

/** Days left (due soon) or past (overdue, escalated) on the day the reminder was queued. */
function daysOf(row: NotificationRow): number {
  const due = reminderDueDate(row.key);
  return due ? Math.abs(daysUntil(due, row.occurred_at.slice(0, 10))) : 0;
}
