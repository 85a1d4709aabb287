import type Database from 'better-sqlite3';
import { RecordedEvent } from '../event-store/event-store.port';
import { RECOMMENDATION_COMMENTED, RecommendationCommented } from '../comments/comment.events';
import { coordinators, fundingDonorsOf, queueNotifications, stakeholdersOf } from './notification-queue';
import { PersonRow, RecommendationRow } from './notifications.schema';

/**
 * A comment or question on a recommendation (`comments-<id>`, `RecommendationCommented`) tells those involved:
 * the stakeholders of the responsible and the supporting organisations, the coordinators and the funding donors;
 * never its author. The occasion is the comment's event id, so a rebuild or a second process queues the same ones.
 */
export function applyCommentEvent(db: Database.Database, event: RecordedEvent): void {
  if (event.type !== RECOMMENDATION_COMMENTED) return;
  const data = event.data as RecommendationCommented['data'];
  const author = (event.metadata as { actor?: { accountId?: string } } | undefined)?.actor?.accountId ?? null;
  const inserted = db
    .prepare('INSERT OR IGNORE INTO comments (comment_id, recommendation_id, kind, text, author_account_id) VALUES (?, ?, ?, ?, ?)')
    .run(event.id, data.recommendationId, data.kind, data.text, author);
  if (inserted.changes === 0) return;
  const recipients = involvedIn(db, data.recommendationId).filter((person) => person.account_id !== author);
  const occasion = {
    key: `commented:${event.id}`,
    kind: 'commented' as const,
    recommendationId: data.recommendationId,
    occurredAt: event.created.toISOString(),
  };
  queueNotifications(db, occasion, recipients);
}

/** Everyone involved in a recommendation, each once. */
export function involvedIn(db: Database.Database, recommendationId: string): PersonRow[] {
  const rec = db.prepare('SELECT * FROM recommendations WHERE recommendation_id = ?').get(recommendationId) as RecommendationRow | undefined;
  if (!rec) return [];
  // A declined recommendation has no responsible organisation any more (the row keeps it for the decline's message).
  const responsible = rec.status === 'proposed' ? null : rec.responsible_organisation_id;
  const organisations = [responsible, ...(JSON.parse(rec.supporting_organisation_ids) as string[])];
  const everyone = [...organisations.flatMap((id) => stakeholdersOf(db, id)), ...coordinators(db), ...fundingDonorsOf(db, recommendationId)];
  return [...new Map(everyone.map((person) => [person.account_id, person])).values()];
}
