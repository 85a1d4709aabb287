import type Database from 'better-sqlite3';
import { Clock } from './clock';
import { queueDigests } from './compose-digest';
import { notificationIdFor } from './notification-key';
import { coordinators, queueNotifications, stakeholdersOf } from './notification-queue';
import { RecommendationRow } from './notifications.schema';
import { remindersOn, ReminderSettings } from './reminder-rules';

export interface SchedulerSettings extends ReminderSettings {
  digestHourUtc: number;
}

const OPEN = `('assigned', 'accepted', 'in_progress')`;

/**
 * Looks at every open recommendation's due date on the clock's day and queues the reminders that stand.
 * The occasion's key carries the stage, so a reminder is queued once however often this runs, and in every
 * process the same (the claim in the log decides who sends it).
 */
export class ReminderScheduler {
  constructor(
    private readonly db: Database.Database,
    private readonly clock: Clock,
    private readonly settings: SchedulerSettings,
  ) {}

  evaluate(): number {
    const now = this.clock.now();
    return this.queueReminders(now) + queueDigests(this.db, now, this.settings.digestHourUtc, (key, accountId) => notificationIdFor(key, accountId, 'email'));
  }

  private queueReminders(now: Date): number {
    const today = now.toISOString().slice(0, 10);
    const open = this.db.prepare(`SELECT * FROM recommendations WHERE status IN ${OPEN} AND due_date IS NOT NULL`).all() as RecommendationRow[];
    let queued = 0;
    for (const rec of open) {
      for (const reminder of remindersOn(today, rec.due_date as string, this.settings)) {
        const people = reminder.kind === 'escalated' ? coordinators(this.db) : stakeholdersOf(this.db, rec.responsible_organisation_id);
        const key = `${reminder.kind}:${rec.recommendation_id}:${reminder.stage}`;
        queueNotifications(this.db, { key, kind: reminder.kind, recommendationId: rec.recommendation_id, occurredAt: now.toISOString() }, people);
        queued += people.length;
      }
    }
    return queued;
  }
}
