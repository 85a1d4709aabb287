import type Database from 'better-sqlite3';
import { statement } from '../projections/statement-cache';
import { RecordedEvent } from '../event-store/event-store.port';
import { batchByBatch, type Projection } from '../projections/projection';
import { applyNotificationEvent } from './notification-log';
import { applyCommentEvent } from './comment-notifications';
import { coordinators, fundingDonorsOf, Occasion, queueNotifications, stakeholdersOf } from './notification-queue';
import { NotificationKind } from './notification-kinds';
import { createNotificationTables, RecommendationRow } from './notifications.schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- event data as stored, read field by field per event type
type Data = Record<string, any>;

/**
 * Reads the log and decides who is to be told what: each event that concerns someone queues a notification
 * (in the same transaction as the checkpoint); the dispatcher sends what is queued.
 */
export const notificationsProjection: Projection = {
  name: 'notifications',
  version: 2,
  streamPrefixes: ['account-', 'organisation-', 'forum-', 'recommendation-', 'notification-', 'comments-'],
  createTables: createNotificationTables,
  // Built from the start in memory and written once (NotificationsService makes its dispatcher on the file afterwards).
  rebuildInMemory: (db) => batchByBatch(notificationsProjection, db),
  apply(db, event) {
    if (event.streamId.startsWith('account-')) applyAccountEvent(db, event.type, event.data);
    else if (event.streamId.startsWith('organisation-')) applyOrganisationEvent(db, event.type, event.data);
    else if (event.streamId.startsWith('forum-')) applyForumEvent(db, event.type, event.data);
    else if (event.streamId.startsWith('recommendation-')) applyRecommendationEvent(db, event);
    else if (event.streamId.startsWith('comments-')) applyCommentEvent(db, event);
    else applyNotificationEvent(db, event);
  },
};

function applyAccountEvent(db: Database.Database, type: string, data: Data): void {
  if (type === 'AccountCreated') {
    db.prepare('INSERT OR IGNORE INTO people (account_id, email, name, role, organisation_id) VALUES (?, ?, ?, ?, ?)').run(
      data.accountId,
      data.email,
      data.name,
      data.role,
      data.organisationId ?? null,
    );
  } else if (type === 'AccountRoleChanged') {
    db.prepare('UPDATE people SET role = ?, organisation_id = ? WHERE account_id = ?').run(data.role, data.organisationId ?? null, data.accountId);
  } else if (type === 'AccountDeactivated') {
    db.prepare('UPDATE people SET active = 0 WHERE account_id = ?').run(data.accountId);
  } else if (type === 'AccountLanguageChosen') {
    db.prepare('UPDATE people SET language = ? WHERE account_id = ?').run(data.language, data.accountId);
  } else if (type === 'EmailAddressRefused') {
    db.prepare('UPDATE people SET rejected_address = ?, rejected_response = ? WHERE account_id = ?').run(data.address, data.response, data.accountId);
  } else if (type === 'EmailAddressRefusalCleared') {
    db.prepare('UPDATE people SET rejected_address = NULL, rejected_response = NULL WHERE account_id = ?').run(data.accountId);
  }
}

function applyOrganisationEvent(db: Database.Database, type: string, data: Data): void {
  if (type === 'OrganisationRegistered' || type === 'OrganisationRenamed') {
    db.prepare('INSERT INTO organisations VALUES (?, ?) ON CONFLICT DO UPDATE SET name = excluded.name').run(data.organisationId, data.name);
  }
}

function applyForumEvent(db: Database.Database, type: string, data: Data): void {
  if (type === 'ForumRecorded') {
    db.prepare('INSERT OR IGNORE INTO forums VALUES (?, ?, ?)').run(data.forumId, data.title, JSON.stringify(data.funders ?? []));
  } else if (type === 'ForumDetailsCorrected') {
    const changes = data.changes as Data;
    if (changes.title !== undefined) db.prepare('UPDATE forums SET title = ? WHERE forum_id = ?').run(changes.title, data.forumId);
    if (changes.funders !== undefined) db.prepare('UPDATE forums SET funders = ? WHERE forum_id = ?').run(JSON.stringify(changes.funders), data.forumId);
  }
}

const STATUS_AFTER: Record<string, string> = {
  RecommendationAssigned: 'assigned',
  RecommendationReassigned: 'assigned',
  RecommendationAccepted: 'accepted',
  RecommendationDeclined: 'proposed',
  RecommendationWorkStarted: 'in_progress',
  RecommendationImplemented: 'implemented',
  RecommendationImplementationVerified: 'verified',
  RecommendationImplementationDisputed: 'in_progress',
  RecommendationWithdrawn: 'withdrawn',
};

function applyRecommendationEvent(db: Database.Database, event: RecordedEvent): void {
  const data = event.data as Data;
  const id = data.recommendationId as string;
  if (event.type === 'RecommendationProposed') {
    statement(db, `INSERT OR IGNORE INTO recommendations (recommendation_id, forum_id, text, status) VALUES (?, ?, ?, 'proposed')`).run(
      id,
      data.forumId,
      data.text,
    );
    return;
  }
  const before = statement(db, 'SELECT * FROM recommendations WHERE recommendation_id = ?').get(id) as RecommendationRow | undefined;
  if (!before) return;
  if (data.responsibleOrganisationId !== undefined || data.dueDate !== undefined) {
    statement(
      db,
      'UPDATE recommendations SET responsible_organisation_id = COALESCE(?, responsible_organisation_id), due_date = COALESCE(?, due_date) WHERE recommendation_id = ?',
    ).run(data.responsibleOrganisationId ?? null, data.dueDate ?? null, id);
  }
  updateSupporting(db, event.type, data);
  const status = STATUS_AFTER[event.type];
  if (status) statement(db, 'UPDATE recommendations SET status = ? WHERE recommendation_id = ?').run(status, id);
  const occasion = (kind: NotificationKind): Occasion => ({ key: `${kind}:${event.id}`, kind, recommendationId: id, occurredAt: event.created.toISOString() });
  const responsible = (data.responsibleOrganisationId ?? data.organisationId ?? before.responsible_organisation_id) as string | null;
  switch (event.type) {
    case 'RecommendationAssigned':
    case 'RecommendationReassigned':
      return queueNotifications(db, occasion('assigned'), stakeholdersOf(db, data.responsibleOrganisationId));
    case 'RecommendationDeclined':
      return queueNotifications(db, occasion('declined'), coordinators(db));
    case 'RecommendationImplemented':
      return queueNotifications(db, occasion('verification-awaited'), fundingDonorsOf(db, id));
    case 'RecommendationImplementationVerified':
      return queueNotifications(db, occasion('verified'), stakeholdersOf(db, responsible));
    case 'RecommendationImplementationDisputed':
      return queueNotifications(db, occasion('disputed'), stakeholdersOf(db, responsible));
  }
}

/** The supporting organisations as the recommendation's state keeps them: set by an assignment, shed by a decline or a reassignment. */
function updateSupporting(db: Database.Database, type: string, data: Data): void {
  const id = data.recommendationId as string;
  const set = (ids: string[]) =>
    statement(db, 'UPDATE recommendations SET supporting_organisation_ids = ? WHERE recommendation_id = ?').run(JSON.stringify(ids), id);
  if (type === 'RecommendationAssigned') set((data.supportingOrganisationIds as string[] | undefined) ?? []);
  else if (type === 'RecommendationDeclined') set([]);
  else if (type === 'RecommendationReassigned') {
    const row = statement(db, 'SELECT supporting_organisation_ids AS ids FROM recommendations WHERE recommendation_id = ?').get(id) as { ids: string };
    set((JSON.parse(row.ids) as string[]).filter((organisationId) => organisationId !== data.responsibleOrganisationId));
  }
}
